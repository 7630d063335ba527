import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CoachState, CoachStore } from '../lib/coach/store';

export const CoachStoreContext = createContext<CoachStore | null>(null);

export function useCoach<T>(select: (s: CoachState) => T): T {
  const store = useContext(CoachStoreContext);
  if (!store) throw new Error('useCoach outside CoachStoreContext');
  return useStore(store, select);
}

/** The store itself, for reading state inside an effect without re-rendering on it. */
export function useCoachStore(): CoachStore {
  const store = useContext(CoachStoreContext);
  if (!store) throw new Error('useCoachStore outside CoachStoreContext');
  return store;
}

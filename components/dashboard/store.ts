/** The dashboard's view state, shared by the overview, the event table and the team view's export. */
import { create } from 'zustand';
import type { EventFilters, EventSort } from '@/lib/db/event-query';
import type { PeriodDays } from './period';

export interface DashboardState {
  periodDays: PeriodDays;
  filters: EventFilters;
  sort: EventSort;
  setPeriod: (days: PeriodDays) => void;
  setFilter: <K extends keyof EventFilters>(key: K, value: EventFilters[K] | undefined) => void;
  clearFilters: () => void;
  sortBy: (key: EventSort['key']) => void;
}

export const useDashboard = create<DashboardState>((set) => ({
  periodDays: 30,
  filters: {},
  sort: { key: 'at', dir: 'desc' },
  setPeriod: (periodDays) => set({ periodDays }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: {} }),
  // Time is the one sort order (see lib/db/event-query.ts): choosing it again flips newest/oldest first.
  sortBy: (key) => set((s) => ({ sort: { key, dir: s.sort.dir === 'asc' ? 'desc' : 'asc' } })),
}));

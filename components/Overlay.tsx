import type { CoachStore } from '../lib/coach/store';
import { Card } from './Card';
import { Panel } from './Panel';
import { CoachStoreContext } from './store-context';
import { Underlines } from './Underlines';

export function Overlay({ store }: { store: CoachStore }) {
  return (
    <CoachStoreContext.Provider value={store}>
      <Underlines />
      <Card />
      <Panel />
    </CoachStoreContext.Provider>
  );
}

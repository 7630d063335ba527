import type { CoachStore } from '../lib/coach/store';
import { Card } from './Card';
import { NeverFlagToast } from './NeverFlagToast';
import { Panel } from './Panel';
import { CoachStoreContext } from './store-context';
import { Underlines } from './Underlines';

export function Overlay({ store }: { store: CoachStore }) {
  return (
    <CoachStoreContext.Provider value={store}>
      <Underlines />
      <Panel />
      {/* After the panel: Tab from a flag in the panel reaches its card next. */}
      <Card />
      <NeverFlagToast />
    </CoachStoreContext.Provider>
  );
}

/**
 * Wires the coach to its collaborators: the wording engine, the settings, the coaching log, and the overlay
 * the caller mounts. Returns the function that takes everything down again.
 */
import type { AnalyzeOptions } from '../analysis/types';
import { report } from '../highlight/guard';
import { getSettings, updateSettings, watchSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { Coach } from './coach';
import { analyzeReply } from '../analysis';
import { logEvents, newEventId } from '../db/client';
import { createCoachStore, type CoachStore } from './store';
import { ticketRef } from './ticket-ref';

export interface Overlay {
  layer: HTMLElement;
  unmount: () => void;
}

function analyzeOptions(s: Settings): AnalyzeOptions {
  return { disabledRules: [...s.disabledRules, ...s.dismissedRules], playbook: s.playbook };
}

export async function startCoaching(doc: Document, mount: (store: CoachStore) => Overlay): Promise<() => void> {
  let settings: Settings | null = null;
  try {
    settings = await getSettings();
  } catch (error) {
    report('settings', error);
  }
  let options: AnalyzeOptions = settings ? analyzeOptions(settings) : {};
  const store = createCoachStore();
  store.setState({ collapsed: settings?.panelCollapsed ?? false });
  const overlay = mount(store);
  const save = (patch: Parameters<typeof updateSettings>[0]) => updateSettings(patch).catch((e) => report('settings', e));
  const coach = new Coach(
    doc,
    store,
    {
      analyze: (text) => analyzeReply(text, options).flags,
      log: (...events) => logEvents(...events),
      newId: newEventId,
      ticket: () => ticketRef(store.getState().ticket, doc.location.href),
      dismissRule: (rule) =>
        void getSettings().then((s) => save({ dismissedRules: [...new Set([...s.dismissedRules, rule])] })),
    },
    overlay.layer,
    (collapsed) => void save({ panelCollapsed: collapsed }),
  );
  const unwatch = watchSettings((s) => {
    options = analyzeOptions(s);
    store.setState({ collapsed: s.panelCollapsed });
    for (const draft of coach.drafts) draft.analyseNow();
  });
  return () => {
    unwatch();
    coach.dispose();
    overlay.unmount();
  };
}

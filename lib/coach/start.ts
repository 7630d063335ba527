/**
 * Wires the coach to its collaborators: the wording engine, the settings, the coaching log, the site adapter
 * that reads the open ticket, and the overlay the caller mounts. Returns the function that takes everything down
 * again.
 */
import type { AnalyzeOptions } from '../analysis/types';
import { guard, report } from './guard';
import { getSettings, updateSettings, watchSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { Coach } from './coach';
import { analyzeReply } from '../analysis/core';
import { createJudgeLoader, type LanguagePack } from './judge-loader';
import { createBrowserEffortClient } from './effort-client';
import { logEvents, newEventId } from '../db/client';
import { withoutDraftWords } from './events';
import { watchLogHealth } from '../db/watch-log-health';
import { createCoachStore, type CoachStore, type TicketSummary } from './store';
import { NeverFlagged, withChoice, withoutChoice, type NeverFlagChoice } from './never-flag';
import { ticketRef } from './ticket-ref';
import { whenAdapter } from './pick-adapter';
import { readTickets } from './ticket-reader';
import { answerStatusRequests } from './status-responder';
import { extensionTicketCache } from './ticket-cache';
import type { TicketRef } from '../messages/log-events';
import type { SiteAdapter } from '../sites';

export interface Overlay {
  layer: HTMLElement;
  unmount: () => void;
}

function analyzeOptions(s: Settings): AnalyzeOptions {
  return { disabledRules: [...s.disabledRules, ...s.dismissedRules], playbook: s.playbook };
}

/** The open ticket as rewrites need it: its topic and the requester's name (the playbook object stays the same). */
function withTicket(options: AnalyzeOptions, ticket: TicketSummary | null): AnalyzeOptions {
  if (!ticket) return options;
  return { ...options, ticket: { subject: ticket.subject, requesterName: ticket.requester?.name, ...(ticket.topic ? { topic: ticket.topic } : {}) } };
}

/** What of the language pack the wording engine takes. */
const packOptions = (pack: LanguagePack | undefined): AnalyzeOptions => (pack ? { judge: pack.judge, rewrite: pack.rewrite } : {});

/** What of the settings the analysis reads: a change elsewhere (panel, label, retention) needs no new analysis. */
const analysisKey = (s: Settings | null) => JSON.stringify(s && [s.disabledRules, s.dismissedRules, s.dismissedPhrases, s.playbook]);

/** Coaches `doc` until `signal` aborts (WXT's ctx.signal) or the returned function is called. */
export async function startCoaching(
  doc: Document,
  mount: (store: CoachStore) => Overlay,
  signal?: AbortSignal,
): Promise<() => void> {
  let settings: Settings | null = null;
  try {
    settings = await getSettings();
  } catch (error) {
    report('settings', error);
  }
  let options: AnalyzeOptions = settings ? analyzeOptions(settings) : {};
  let optionsKey = analysisKey(settings);
  // Unknown settings keep no draft words: the log may only hold what the agent allowed.
  let snippetsEnabled = settings?.snippetsEnabled ?? false;
  const store = createCoachStore();
  // The panel's place is remembered per site.
  const site = doc.location.origin;
  store.setState({ collapsed: settings?.panelCollapsed ?? false, panelPosition: settings?.panelPositions[site] ?? null });
  const overlay = mount(store);
  const stopAnswering = answerStatusRequests(store);
  const stopWatchingLog = watchLogHealth((logHealth) => store.setState({ logHealth }));
  // Each adapter-found reply editor keeps the ticket it was found in: its events never go to another open ticket.
  const editorTickets = new WeakMap<HTMLElement, TicketRef>();
  const save = (patch: Parameters<typeof updateSettings>[0]) => updateSettings(patch).catch((e) => report('settings', e));
  // Never-flag choices apply at once in this page, and are saved one after another (an undo never overtakes its choice).
  const never = new NeverFlagged(settings);
  let saving: Promise<unknown> = Promise.resolve();
  const saveChoice = (patch: (s: Settings) => Parameters<typeof updateSettings>[0]) =>
    void (saving = saving.then(() => getSettings().then((s) => save(patch(s)))).catch((e) => report('settings', e)));
  // The ticket is read first, so that a draft already in the editor is logged against it.
  let coach: Coach | undefined;
  let pendingEditor: [Element, TicketRef] | undefined;
  const adoptEditor = (editor: Element, ticket: TicketRef) => {
    if (!coach) return void (pendingEditor = [editor, ticket]);
    const session = coach.adopt(editor);
    if (session) editorTickets.set(session.target.element, ticket);
  };
  // The language pack (judge, rewriter) loads at once, off the page's main work; until it is there
  // drafts are read by the rules and their templates, then every draft is re-read.
  const judge = createJudgeLoader((loaded) => {
    options = { ...options, ...packOptions(loaded) };
    for (const draft of coach?.drafts ?? []) draft.analyseNow();
  });
  judge.get();
  // The ticket's effort is scored by the background worker (the detector never loads in the page).
  const effort = createBrowserEffortClient();
  let stopReading = () => {};
  let stopped = false;
  const stopPicking = whenAdapter(doc, guard('sites: read tickets', (adapter: SiteAdapter) => {
    if (stopped) return;
    stopReading = readTickets(doc, adapter, store, {
      scoreEffort: (thread) => effort.score(thread),
      log: (...events) => logEvents(...events),
      newId: newEventId,
      onEditor: adoptEditor,
      cache: extensionTicketCache(),
    });
  }));
  coach = new Coach(
    doc,
    store,
    {
      analyze: (text) => {
        judge.get();
        return analyzeReply(text, withTicket(options, store.getState().ticket)).flags;
      },
      log: (...events) => logEvents(...(snippetsEnabled ? events : events.map(withoutDraftWords))),
      newId: newEventId,
      ticket: (editor) => editorTickets.get(editor) ?? ticketRef(store.getState().ticket, doc.location.href),
      isNeverFlagged: (flag) => never.has(flag),
      neverFlag: (choice: NeverFlagChoice) => {
        never.add(choice);
        saveChoice((s) => withChoice(s, choice));
      },
      undoNeverFlag: (choice: NeverFlagChoice) => {
        never.remove(choice);
        options = { ...options, disabledRules: options.disabledRules?.filter((r) => choice.scope !== 'rule' || r !== choice.value) };
        saveChoice((s) => withoutChoice(s, choice));
      },
    },
    overlay.layer,
    {
      collapsed: (collapsed) => void save({ panelCollapsed: collapsed }),
      moved: (position) =>
        void getSettings().then((s) => {
          const { [site]: _old, ...others } = s.panelPositions;
          return save({ panelPositions: position ? { ...others, [site]: position } : others });
        }),
    },
    signal,
  );
  if (pendingEditor) adoptEditor(...pendingEditor);
  const unwatch = watchSettings((s) => {
    store.setState({ collapsed: s.panelCollapsed, panelPosition: s.panelPositions[site] ?? null });
    snippetsEnabled = s.snippetsEnabled;
    never.sync(s);
    // Same options object while they are unchanged: the engine's compiled playbook stays cached with it.
    const key = analysisKey(s);
    if (key === optionsKey) return;
    optionsKey = key;
    options = { ...analyzeOptions(s), ...packOptions(judge.get()) };
    for (const draft of coach!.drafts) draft.analyseNow();
  });
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopAnswering();
    stopWatchingLog();
    stopPicking();
    stopReading();
    unwatch();
    coach!.dispose();
    overlay.unmount();
  };
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

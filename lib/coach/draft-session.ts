/**
 * Coaching for one editor: reads its text as the agent types, analyses it when the agent pauses, keeps every
 * flag's life (shown → fixed / applied / dismissed / sent) and the boxes the overlay draws.
 */
import type { Flag } from '../analysis/types';
import type { LogEvent, TicketRef } from '../messages/log-events';
import { AfterPaint } from './after-paint';
import { guard, report } from './guard';
import type { Box } from '../highlight/rects';
import type { HighlightTarget } from '../highlight/target';
import { NO_BLANKS, selectBlanks } from './blanks';
import { flagEvent, sentEvents, type EventFactory } from './events';
import { keyFlags, type KeyedFlag } from './flag-key';
import { diffFlags } from './lifecycle';
import { choiceFor, type NeverFlagChoice } from './never-flag';
import { watchSend } from './send-detect';
import { shiftFlags } from './shift';
import type { CoachStore, NeverFlagScope } from './store';

export interface CoachDeps {
  analyze(text: string): Flag[];
  log(...events: LogEvent[]): void;
  newId(): string;
  /** The ticket a draft's events belong to: the one whose reply editor this is, else the open one. */
  ticket(editor: HTMLElement): TicketRef;
  /** Never flagged: the agent chose, from a card, never to see these words or this rule flagged again. */
  isNeverFlagged(flag: KeyedFlag): boolean;
  /** Remembers that choice (settings.dismissedPhrases / dismissedRules). */
  neverFlag(choice: NeverFlagChoice): void;
  /** Takes the choice back (the toast's undo). */
  undoNeverFlag(choice: NeverFlagChoice): void;
}

/** Pause after the last keystroke before analysing; longer for long drafts so typing never waits on analysis. */
export function debounceFor(lastAnalysisMs: number): number {
  return Math.min(1500, Math.max(350, lastAnalysisMs * 4));
}

export const ANALYSIS_MARK = 'agent-assist:analysis';
/** Each piece of the draft's own work (following an edit, analysing), as a measure the bench sums per keystroke. */
export const DRAFT_WORK_MEASURE = 'agent-assist:draft-work';

/** Runs fn, and leaves its duration on the page's performance timeline (only the latest: the buffer never grows). */
function measured<T>(fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.clearMeasures(DRAFT_WORK_MEASURE);
    performance.measure(DRAFT_WORK_MEASURE, { start });
  }
}

/**
 * Longer drafts are not coached: no reply is this long, and measuring and analysing a megabyte of text (pasted
 * logs, hostile input) on every pause would make typing wait. The panel says so; coaching resumes below it.
 */
export const MAX_COACHED_CHARS = 200_000;

export class DraftSession {
  private text = '';
  /** The text the current flags' offsets refer to, as analysed (flags may since have been shifted). */
  private analysedText: string | null = null;
  /** What the overlay shows: the last analysis, carried across edits made since. */
  private flags: KeyedFlag[] = [];
  /** The last analysis as it was: what the next one is compared with. */
  private analysed: KeyedFlag[] = [];
  private readonly everShown = new Set<string>();
  private readonly explained = new Set<string>();
  private readonly dismissedOnce = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Following an edit (re-reading the text, moving the underlines): after the keystroke's frame is painted. */
  private readonly follow = new AfterPaint(guard('draft: follow', () => measured(() => this.followEdit())));
  private lastAnalysisMs = 0;
  private readonly cleanups: (() => void)[] = [];
  /** Ends Tab-walking the blanks of the last applied rewrite (blanks.ts). */
  private stopBlanks = () => {};
  private readonly events: EventFactory;
  /** The overlay was last given this draft with no flags. */
  private publishedEmpty = false;
  /** Over MAX_COACHED_CHARS: not analysed, nothing drawn. */
  private tooLong = false;

  constructor(
    readonly id: string,
    readonly target: HighlightTarget,
    private readonly deps: CoachDeps,
    private readonly store: CoachStore,
  ) {
    this.events = { ticket: () => deps.ticket(target.element), newId: () => deps.newId() };
    const el = target.element;
    const onChange = guard('draft: change', () => this.changed());
    if (target.kind === 'textarea') {
      el.addEventListener('input', onChange);
    } else {
      // Editors change their DOM on undo, paste, drops and their own commands too: watch the DOM itself.
      const observer = new MutationObserver(onChange);
      observer.observe(el, { childList: true, characterData: true, subtree: true });
      this.cleanups.push(() => observer.disconnect());
    }
    this.cleanups.push(
      () => el.removeEventListener('input', onChange),
      watchSend(target, () => store.getState().activeDraft === id, guard('draft: send', () => this.sent())),
    );
    this.text = target.readText();
    if (this.text.trim()) this.analyseNow();
  }

  get currentFlags(): readonly KeyedFlag[] {
    return this.flags;
  }

  /** A change in the editor: move the underlines with the text once it is on screen, analyse when the agent pauses. */
  private changed() {
    this.follow.schedule();
    clearTimeout(this.timer);
    this.timer = setTimeout(guard('draft: analyse', () => measured(() => this.analyseNow())), debounceFor(this.lastAnalysisMs));
  }

  private followEdit() {
    const text = this.target.readText();
    if (text === this.text) return this.draw();
    if (this.setTooLong(text.length > MAX_COACHED_CHARS)) {
      this.text = text;
      return this.publish();
    }
    this.flags = shiftFlags(this.flags, this.text, text);
    this.text = text;
    this.publish();
  }

  /** Analyses the editor's current text now; returns the flags. */
  analyseNow(): KeyedFlag[] {
    clearTimeout(this.timer);
    // Visible to the page's own performance timeline: the bench times pause → underlines drawn from it.
    performance.mark(ANALYSIS_MARK);
    const t0 = performance.now();
    this.text = this.target.readText();
    if (this.setTooLong(this.text.length > MAX_COACHED_CHARS)) {
      this.publish();
      return [];
    }
    const all = keyFlags(this.deps.analyze(this.text));
    const flags = all.filter((f) => !this.dismissedOnce.has(f.key) && !this.deps.isNeverFlagged(f));
    this.lastAnalysisMs = performance.now() - t0;
    const { shown, fixed } = diffFlags(this.analysed, flags, this.everShown, this.explained);
    for (const f of flags) {
      this.everShown.add(f.key);
      this.explained.delete(f.key);
    }
    const events = [
      ...shown.map((f) => flagEvent(this.events, f, this.text, 'shown')),
      ...fixed.map((f) => flagEvent(this.events, f, this.analysedText ?? this.text, 'fixed')),
    ];
    this.flags = flags;
    this.analysed = flags;
    this.analysedText = this.text;
    if (events.length) this.deps.log(...events);
    this.publish();
    return flags;
  }

  /** Flags whose offsets match the editor's text right now (analysing again if the text moved on). */
  private freshFlags(): KeyedFlag[] {
    const text = this.target.readText();
    return text === this.analysedText && text === this.text ? this.flags : this.analyseNow();
  }

  /**
   * Applies a flag's rewrite; returns the span it replaced and what it put there, and whether a blank of it is
   * now selected, or null when nothing was applied.
   */
  async apply(key: string, index: number): Promise<{ start: number; end: number; text: string; blankSelected: boolean } | null> {
    const flag = this.freshFlags().find((f) => f.key === key);
    const suggestion = flag?.suggestions[index];
    if (!flag || !suggestion) return null;
    this.explained.add(key);
    const ok = await this.target.replace(suggestion.start, suggestion.end, suggestion.text);
    if (!ok) {
      this.explained.delete(key);
      return null;
    }
    this.deps.log(flagEvent(this.events, flag, this.analysedText ?? this.text, 'applied', { suggestion: suggestion.label }));
    this.analyseNow();
    this.stopBlanks();
    let blankSelected = false;
    try {
      this.stopBlanks = selectBlanks(this.target, suggestion.start, suggestion.text);
      blankSelected = this.stopBlanks !== NO_BLANKS;
    } catch (error) {
      report('draft: blanks', error);
    }
    return { start: suggestion.start, end: suggestion.end, text: suggestion.text, blankSelected };
  }

  /** Hides this flag in this draft (logged as dismissed once). */
  dismiss(key: string): void {
    const flag = this.flags.find((f) => f.key === key);
    if (!flag) return;
    this.dismissedOnce.add(key);
    this.dismissed(flag, 'once', (f) => f.key !== key);
  }

  /** Never flags these words, or this rule, again (logged as dismissed always); returns what was chosen. */
  neverFlag(key: string, scope: NeverFlagScope): { choice: NeverFlagChoice; flag: KeyedFlag } | undefined {
    const flag = this.flags.find((f) => f.key === key);
    if (!flag) return undefined;
    const choice = choiceFor(flag, scope);
    this.deps.neverFlag(choice);
    this.dismissed(flag, 'always', (f) => !this.deps.isNeverFlagged(f));
    return { choice, flag };
  }

  private dismissed(flag: KeyedFlag, how: 'once' | 'always', keep: (f: KeyedFlag) => boolean) {
    this.explained.add(flag.key);
    this.deps.log(flagEvent(this.events, flag, this.analysedText ?? this.text, 'dismissed', { dismissal: how }));
    this.flags = this.flags.filter(keep);
    this.publish();
  }

  /** The flag after the caret (wrapping to the first), for the keyboard shortcut. */
  nextFlag(caret: number): KeyedFlag | undefined {
    const flags = this.freshFlags();
    return flags.find((f) => f.start >= caret) ?? flags[0];
  }

  /** The reply went out: log what it still carried; what follows is a new draft. */
  private sent() {
    const flags = this.freshFlags();
    if (!this.text.trim()) return;
    this.deps.log(...sentEvents(this.events, flags, this.text));
    this.everShown.clear();
    this.explained.clear();
    this.dismissedOnce.clear();
    this.analysedText = null;
    this.flags = [];
    this.analysed = [];
    this.publish();
  }

  /** Enters or leaves the too-long state (no flags shown meanwhile); returns whether the draft is too long. */
  private setTooLong(tooLong: boolean): boolean {
    if (tooLong !== this.tooLong) {
      this.tooLong = tooLong;
      this.publishedEmpty = false;
    }
    if (tooLong) this.flags = [];
    return tooLong;
  }

  /**
   * For a scroll or a resize: a draft whose edit is being followed is drawn by that follow, after the paint (a
   * keystroke that scrolls the editor would otherwise be measured twice, once inside its own frame).
   */
  redraw(): void {
    if (!this.follow.pending) this.draw();
  }

  /** Measures every flag's boxes and hands them to the overlay. */
  draw(): void {
    // A draft without flags has nothing to measure: once the overlay knows that, redrawing it changes nothing
    // (a page with hundreds of editors redraws them all on every scroll and page change).
    if (this.flags.length === 0 && this.publishedEmpty) return;
    this.publishedEmpty = this.flags.length === 0;
    this.target.beginMeasure();
    const boxes: Record<string, Box[]> = {};
    // Only what can be on screen is measured.
    const [from, to] = this.target.visibleText() ?? [0, Infinity];
    for (const f of this.flags) boxes[f.key] = f.end >= from && f.start <= to ? this.target.boxes(f.start, f.end) : [];
    this.store.setState((s) => ({
      drafts: { ...s.drafts, [this.id]: { id: this.id, kind: this.target.kind, flags: this.flags, boxes, area: this.target.visibleArea(), ...(this.tooLong ? { tooLong: true } : {}) } },
    }));
  }

  private publish() {
    this.draw();
    const { card, actions } = this.store.getState();
    if (card?.draftId === this.id && !this.flags.some((f) => f.key === card.key)) actions.closeCard();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.follow.cancel();
    this.stopBlanks();
    for (const c of this.cleanups) c();
    this.target.dispose();
    this.store.setState((s) => {
      const { [this.id]: _gone, ...drafts } = s.drafts;
      return { drafts, card: s.card?.draftId === this.id ? null : s.card };
    });
  }
}

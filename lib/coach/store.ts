/** What the overlay and the panel draw. The coach writes it; components only read it and call `actions`. */
import type { Topic } from '../topic';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EffortLevel } from '../effort/types';
import type { EditorKind } from '../highlight/detect';
import type { Box } from '../highlight/rects';
import type { EffortSignalId } from '../taxonomy';
import type { LogHealth } from '../db/log-health';
import type { KeyedFlag } from './flag-key';

export interface DraftView {
  id: string;
  kind: EditorKind;
  flags: KeyedFlag[];
  /** On-screen boxes per flag key, in the top viewport. */
  boxes: Record<string, Box[]>;
  /** Longer than the coach analyses (MAX_COACHED_CHARS): no flags, and the panel says why. */
  tooLong?: boolean;
  /** The editor's visible area in the top viewport: what the panel keeps clear of. */
  area: Box;
}

export interface PanelPosition {
  left: number;
  top: number;
}

export interface CardRef {
  draftId: string;
  key: string;
  /** Opened by a click or the keyboard (stays open) rather than by hovering (closes when the pointer leaves). */
  pinned: boolean;
  /** Opened from the keyboard or the panel: the card takes focus (its first rewrite). */
  focus?: boolean;
  /** Opened from the panel's list: Shift+Tab from the card goes back to that flag there. */
  fromPanel?: boolean;
}

/** How far "Never flag this again" reaches: these words, or everything the rule flags. */
export type NeverFlagScope = 'phrase' | 'rule';

/** What "Never flag this again" just did, shown for a few seconds where the card was, with a way back. */
export interface NeverFlagToast {
  scope: NeverFlagScope;
  /** The words or the rule's name, as the toast names them. */
  what: string;
  at: { left: number; top: number; width: number };
}

/** The open ticket as the panel shows it and the log refers to it: what the site adapter read. */
export interface TicketSummary {
  /** The adapter's id ('zendesk', …), as in the log's TicketRef.helpdesk. */
  helpdesk: string;
  /** The helpdesk's name for people ('Zendesk Agent Workspace'). */
  helpdeskName?: string;
  id: string | null;
  /** The number agents know the ticket by, when not the id. */
  number?: string;
  /** The ticket's link. */
  url: string;
  subject?: string;
  requester?: { name?: string; email?: string };
  /** What the ticket is about (lib/topic), when its subject and thread say: rewrites pick the playbook's options by it. */
  topic?: Topic;
  /** Messages read from the thread; internal notes are neither the customer's nor replies to the customer. */
  messages: { customer: number; agent: number; internal: number };
}

/** The effort report (lib/effort) as the panel shows it. */
export interface EffortSummary {
  score: number;
  level: EffortLevel;
  /** Every signal found, with the words and the message (index into the thread) it was found in. */
  signals: { id: EffortSignalId; match: string; message: number }[];
  /** What added points to the score, largest first. */
  reasons: { detail: string; points: number }[];
}

/**
 * Where the ticket's effort score is: none to score (no ticket, or no message read), being scored (by the background
 * worker; a score already shown for the ticket stays until the new one comes), shown, or unavailable (the worker did
 * not answer, even when asked again).
 */
export type EffortState = 'none' | 'scoring' | 'ready' | 'unavailable';

/** Parts of the page the adapter expected and could not read ('*': the adapter failed). */
export interface AdapterHealth {
  helpdesk: string;
  missing: string[];
}

export interface CoachActions {
  apply(draftId: string, key: string, suggestion: number): void;
  /** Hides the flag in this draft. */
  dismiss(draftId: string, key: string): void;
  /** Never flags these words again, or this rule; says so in a toast that can undo it. */
  neverFlag(draftId: string, key: string, scope: NeverFlagScope, at: NeverFlagToast['at']): void;
  /** Undoes the last "Never flag this again" (from its toast). */
  undoNeverFlag(): void;
  openCard(draftId: string, key: string, pinned: boolean): void;
  /** Closes the card; focus that was in it goes back to the editor, with its caret where it was. */
  closeCard(): void;
  /** Keeps a hover-opened card open while the pointer is over it. */
  holdCard(hold: boolean): void;
  setCollapsed(collapsed: boolean): void;
  /** The agent dragged the panel there (null: back to automatic placement); remembered for the site. */
  movePanel(position: PanelPosition | null): void;
  /** From the panel: brings the flag into view and opens its card, with focus in it. */
  reveal(draftId: string, key: string): void;
}

export interface CoachState {
  drafts: Record<string, DraftView>;
  activeDraft: string | null;
  card: CardRef | null;
  collapsed: boolean;
  /** Where the agent put the panel on this site, if they moved it. */
  panelPosition: PanelPosition | null;
  ticket: TicketSummary | null;
  effort: EffortSummary | null;
  effortState: EffortState;
  health: AdapterHealth | null;
  /** Whether the coaching log is being saved (lib/db/log-health). */
  logHealth: LogHealth | null;
  /** The thread's latest customer message (from the site adapter): the card leaves it in sight. */
  latestCustomer: Element | null;
  toast: NeverFlagToast | null;
  actions: CoachActions;
}

export type CoachStore = StoreApi<CoachState>;

const noop = () => {};
export const NO_ACTIONS: CoachActions = {
  apply: noop,
  dismiss: noop,
  neverFlag: noop,
  undoNeverFlag: noop,
  openCard: noop,
  closeCard: noop,
  holdCard: noop,
  setCollapsed: noop,
  movePanel: noop,
  reveal: noop,
};

export function createCoachStore(): CoachStore {
  return createStore<CoachState>(() => ({
    drafts: {},
    activeDraft: null,
    card: null,
    collapsed: false,
    panelPosition: null,
    ticket: null,
    effort: null,
    effortState: 'none',
    health: null,
    logHealth: null,
    latestCustomer: null,
    toast: null,
    actions: NO_ACTIONS,
  }));
}

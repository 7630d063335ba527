/** The team's own labeled customer text, in the repo and ours to ship: what the shipped weights are fit on. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nearTextIndex } from '../../learn/near-text';
import type { EffortSignalId } from '../../taxonomy';
import type { EffortLevel, ThreadMessage } from '../types';
import { readJsonl, type LabeledCustomerMessage } from './corpus';

const here = path.dirname(fileURLToPath(import.meta.url));

export const OWN_THREADS_FILE = path.join(here, 'data/own-threads.jsonl');
export const OWN_CUSTOMER_FILE = path.join(here, 'data/own-customer.jsonl');
/**
 * The team's labeled batches: `rules-NN`/`batch-NN` are trained on, `heldout-NN`/`blind-NN` never (nor read);
 * `read-NN` are read by passes (`measure:effort:batch -- --errors`) but not trained on: fit on, they made the
 * never-read sets worse.
 */
export const BATCHES_DIR = path.join(here, 'data/batches');
/** The text file of a batch kept out to measure on, never trained on. */
export const HELD_OUT_BATCH_TEXT = /^(?:heldout|blind)-\d+\.text\.jsonl$/;
/** Two texts are the same message when they differ only in case and spacing. */
export const sameText = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
/** The single messages of the team's test cases (written by the team, so also ours). */
export const TEAM_CASES_FILE = path.resolve(here, '../../../tests/unit/effort/cases/messages.jsonl');

export interface OwnMessage {
  id: string;
  text: string;
  signals: EffortSignalId[];
  /** 'agreed': two labelers, blind, gave the same signals; 'writer': the writer's labels only. */
  labels: 'agreed' | 'writer';
}

export function ownMessages(): LabeledCustomerMessage[] {
  return [...readJsonl<OwnMessage>(OWN_CUSTOMER_FILE), ...readJsonl<LabeledCustomerMessage>(TEAM_CASES_FILE)]
    .filter((m) => !isNearHeldOut(m.text))
    .map(({ id, text, signals }) => ({ id, text, signals }));
}

/**
 * Whether a message of ours is near (word-trigram Jaccard ≥ 0.3, lib/learn/near-text.ts) one of a held-out batch's:
 * such a message is never fit on, so the held-out batches measure wording the scorer was not fit on (10 of 3,926 were,
 * most of them short formulaic messages of the first batches). Made once, on first use.
 */
let nearHeldOut: ((text: string) => boolean) | null = null;
function isNearHeldOut(text: string): boolean {
  nearHeldOut ??= nearTextIndex(heldOutTexts());
  return nearHeldOut(text);
}

/** The texts of every held-out batch (heldout-NN, blind-NN): measured on, never fit on. */
export function heldOutTexts(): string[] {
  return fs
    .readdirSync(BATCHES_DIR)
    .filter((f) => HELD_OUT_BATCH_TEXT.test(f))
    .flatMap((f) => readJsonl<{ text: string }>(path.join(BATCHES_DIR, f)).map((m) => m.text));
}

/** A whole thread the team wrote, with the effort level its labelers gave it. */
export interface OwnThread {
  id: string;
  subject: string;
  reopened: boolean;
  messages: ThreadMessage[];
  level: EffortLevel;
  labels: 'agreed' | 'writer';
}

export const ownThreads = () => readJsonl<OwnThread>(OWN_THREADS_FILE);

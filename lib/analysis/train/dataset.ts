/**
 * The labeled replies the judge is fit and measured on. Fit only on text the project may ship: our own
 * (data/*.jsonl here, and the team's cases in tests/unit/analysis/cases) and the corpus's ibm:/cfpb: items outside
 * the frozen test split. Everything else in the corpus only measures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusMissing, corpusReplies, isShippable, readJsonl } from '../../cli/corpus';
import { splitOf } from '../../learn';
import { nearTextIndex } from '../../learn/near-text';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../taxonomy';

export interface Item {
  id: string;
  text: string;
  labels: ReplyCategory[];
  /** own: ours to ship; corpus-shippable: ibm:/cfpb:; corpus-measure: measuring only. */
  origin: 'own' | 'corpus-shippable' | 'corpus-measure';
  file: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = path.join(here, 'data');
/** Labeled replies kept out of the fit: they measure the engine on wording it was never fit on. */
export const UNSEEN_DIR = path.join(here, 'unseen');
/** The natural read sets the judge is fit on (see NATURAL_READ_SETS); empty while none is. */
export const NATURAL_DIR = path.join(here, 'natural');

/**
 * Our natural read sets: replies written as a real day's replies in real registers (not to a label), labeled
 * afterwards (the r* and n* sets by two blind labelers, only the items both labeled alike kept), whose misses the
 * passes read. The grouped cross-validation (train.ts `--grouped`) leaves each out in turn. A set is fit on when its
 * file is in NATURAL_DIR, and only measures while it is in UNSEEN_DIR. The never-read sets (`*-held`, `r24-blind`,
 * `r32-blind`) are never among them.
 */
export const NATURAL_READ_SETS = ['r27-fit', 'r29-fit', 'r30-fit', 'r31-fit', 'r31b-chat', 'n3-natural', 'n6-natural', 'h18-fit', 'h22-fit', 'h24-fit', 'r41-fit', 'r44-fit', 'r46-fit'] as const;

/** The never-read sets in UNSEEN_DIR: read by no one who changes the engine, never fit on. */
export const NEVER_READ_FILE = /(?:-held|-blind)\.jsonl$/;

/**
 * Whether a reply of ours is near (word-trigram Jaccard ≥ 0.3, lib/learn/near-text.ts) a never-read reply: such a reply
 * is never fit on, so a never-read set measures wording the judge was not fit on (own-h18:057 and own-i11:059, among 20,
 * were near copies of never-read replies). Made once, on first use.
 */
let nearNeverRead: ((text: string) => boolean) | null = null;
export function isNearNeverRead(text: string): boolean {
  nearNeverRead ??= nearTextIndex(readOwn(UNSEEN_DIR).filter((i) => NEVER_READ_FILE.test(i.file)).map((i) => i.text));
  return nearNeverRead(text);
}

/** The natural read set an item of ours belongs to ("r27-fit"), or null. */
export function naturalSetOf(item: Pick<Item, 'origin' | 'file'>): string | null {
  const name = item.file.replace(/\.jsonl$/, '');
  return item.origin === 'own' && (NATURAL_READ_SETS as readonly string[]).includes(name) ? name : null;
}

/** One natural read set's replies, from NATURAL_DIR when it is fit on, else from UNSEEN_DIR. */
export function naturalSet(name: string): { items: Item[]; fitOn: boolean } {
  const fitOn = fs.existsSync(path.join(NATURAL_DIR, `${name}.jsonl`));
  const items = readOwn(fitOn ? NATURAL_DIR : UNSEEN_DIR).filter((i) => i.file === `${name}.jsonl`);
  if (!items.length) throw new Error(`no natural read set named ${name}`);
  return { items, fitOn };
}
const CASES_DIR = path.resolve(here, '../../../tests/unit/analysis/cases');

const asLabels = (labels: unknown): ReplyCategory[] =>
  Array.isArray(labels) ? labels.filter((l): l is ReplyCategory => (REPLY_CATEGORIES as readonly string[]).includes(l)) : [];

function readOwn(dir: string): Item[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readJsonl<{ id: string; text: string; labels: string[] }>(path.join(dir, f)).map((r) => ({
        id: String(r.id),
        text: r.text,
        labels: asLabels(r.labels),
        origin: 'own' as const,
        file: f,
      })),
    );
}

/** Our own labeled replies: the training data in the repo, the natural read sets fit on, and the team's hand-written cases. */
export function ownItems(): Item[] {
  return [...readOwn(DATA_DIR), ...readOwn(NATURAL_DIR), ...readOwn(CASES_DIR)].filter((i) => !isNearNeverRead(i.text));
}

/** The corpus side that may be tuned on (outside the frozen test split), or null with the reason it is absent. */
export function corpusRest(): Item[] | null {
  if (corpusMissing('replies.dev.jsonl', 'replies.train.jsonl')) return null;
  return corpusReplies()
    .filter((r) => splitOf(r.id) === 'rest')
    .map((r) => ({ id: r.id, text: r.text, labels: asLabels(r.labels), origin: isShippable(r.id) ? 'corpus-shippable' : 'corpus-measure', file: r.file }));
}

export function corpusTest(): Item[] | null {
  if (corpusMissing('replies.dev.jsonl', 'replies.train.jsonl')) return null;
  return corpusReplies()
    .filter((r) => splitOf(r.id) === 'test')
    .map((r) => ({ id: r.id, text: r.text, labels: asLabels(r.labels), origin: isShippable(r.id) ? 'corpus-shippable' : 'corpus-measure', file: r.file }));
}

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

/** Our own labeled replies: the training data in the repo and the team's hand-written cases. */
export function ownItems(): Item[] {
  return [...readOwn(DATA_DIR), ...readOwn(CASES_DIR)];
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

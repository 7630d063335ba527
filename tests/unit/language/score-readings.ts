/**
 * Scores the reader on the gold readings (readings.jsonl): per attribute, how many of the sentences' chosen clause
 * it reads as the gold says. The clause is the item's `clause` index, else the first that is not subordinate.
 * Person is the judge's view of it: "your order" is the customer's thing (3), an imperative's subject is you (2).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSentences, type Clause } from '../../../lib/language';

export interface GoldReading {
  id: string;
  family: string;
  text: string;
  clause?: number;
  mood: Clause['mood'];
  person: 1 | 2 | 3 | null;
  tense: Clause['tense'];
  perfect: boolean;
  passive: boolean;
  negated: boolean;
  modal: string | null;
  verb: string;
}

export const ATTRIBUTES = ['mood', 'person', 'tense', 'perfect', 'passive', 'negated', 'modal', 'verb'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export function loadGold(): GoldReading[] {
  return readFileSync(join(__dirname, 'readings.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldReading);
}

export function readingOf(text: string, index?: number): Record<Attribute, unknown> {
  const clauses = readSentences(text)[0]?.clauses ?? [];
  const c = clauses[index ?? Math.max(0, clauses.findIndex((x) => !x.lead))];
  const s = c?.subject;
  return {
    mood: c?.mood ?? null,
    person: s ? (s.owned && s.person === 2 ? 3 : s.person) : null,
    tense: c?.tense ?? null,
    perfect: c?.perfect ?? null,
    passive: c?.passive ?? null,
    negated: c?.negated ?? null,
    modal: c?.modal ?? null,
    verb: c?.verb?.lemma ?? null,
  };
}

export interface Miss {
  id: string;
  text: string;
  attribute: Attribute;
  expected: unknown;
  got: unknown;
}

export function scoreGold(gold: readonly GoldReading[]): { accuracy: Record<Attribute, number>; allRight: number; misses: Miss[] } {
  const right = Object.fromEntries(ATTRIBUTES.map((a) => [a, 0])) as Record<Attribute, number>;
  const misses: Miss[] = [];
  let allRight = 0;
  for (const g of gold) {
    const got = readingOf(g.text, g.clause);
    let ok = true;
    for (const a of ATTRIBUTES) {
      if (got[a] === g[a]) right[a]++;
      else (ok = false), misses.push({ id: g.id, text: g.text, attribute: a, expected: g[a], got: got[a] });
    }
    if (ok) allRight++;
  }
  const accuracy = Object.fromEntries(ATTRIBUTES.map((a) => [a, right[a] / gold.length])) as Record<Attribute, number>;
  return { accuracy, allRight: allRight / gold.length, misses };
}

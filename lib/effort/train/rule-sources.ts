/**
 * Which rule pattern or reader produced each of a message's rule finds, for the reports only (the detector does not
 * keep it): a find a reader returned is that reader's (`reader:assurance`); otherwise the first of its signal's
 * patterns (rules/*.ts, in file order, fragments expanded) that matches at the find's start, to its end if one does
 * (`long-wait/p3`: the rule file's fourth pattern). A find no pattern matches at its start is `long-wait/?`.
 */
import type { EffortSignalId } from '../../taxonomy';
import { builtInRules } from '../built-in-rules';
import { expandFragments } from '../compile';
import { prepareText, scanSignals } from '../detect';
import { readEscalation } from '../escalation-reader';
import { readFrustration } from '../frustration-reader';
import { PLAIN_READERS, type Reader } from '../plain-readers';
import { readReferrals } from '../referral-reader';
import { readSarcasm } from '../sarcasm-reader';
import { readWaits } from '../wait-reader';
import { SIGNAL_RULES } from '../rules';
import type { EffortSignal } from '../types';

export interface SourcedFind extends EffortSignal {
  source: string;
}

const READERS: (readonly [string, Reader])[] = [
  ...PLAIN_READERS,
  ['escalation', readEscalation],
  ['referral', readReferrals],
  ['wait', readWaits],
  ['frustration', readFrustration],
  ['sarcasm', readSarcasm],
];

let patterns: Map<EffortSignalId, RegExp[]> | null = null;
function patternsOf(id: EffortSignalId): RegExp[] {
  patterns ??= new Map(
    SIGNAL_RULES.map((rule) => [
      rule.id,
      rule.patterns.map((p) => {
        const spec = typeof p === 'string' ? { re: p } : p;
        const body = expandFragments(spec.re);
        return new RegExp(spec.wordEdges === false ? body : `\\b(?:${body})\\b`, spec.caseSensitive ? 'y' : 'iy');
      }),
    ]),
  );
  return patterns.get(id) ?? [];
}

/** The pattern of `id`'s rule that matches at `start` (to `end` if one does), as `id/pN`. */
function patternAt(prepared: string, id: EffortSignalId, start: number, end: number): string {
  let first: string | null = null;
  for (const [i, re] of patternsOf(id).entries()) {
    re.lastIndex = start;
    const m = re.exec(prepared);
    if (m === null) continue;
    if (start + m[0].length === end) return `${id}/p${i}`;
    first ??= `${id}/p${i}`;
  }
  return first ?? `${id}/?`;
}

const remembered = new Map<string, SourcedFind[]>();

/** The rules' finds of a message (scanSignals: patterns, checks and readers), each with its source. */
export function sourcedFinds(text: string): SourcedFind[] {
  let out = remembered.get(text);
  if (out) return out;
  const prepared = prepareText(text);
  const byReader = new Map<string, string>();
  for (const [name, read] of READERS) for (const s of read(text, prepared)) byReader.set(`${s.id}:${s.start}:${s.end}`, `reader:${name}`);
  out = scanSignals(text, builtInRules(), true).map((s) => ({ ...s, source: byReader.get(`${s.id}:${s.start}:${s.end}`) ?? patternAt(prepared, s.id, s.start, s.end) }));
  remembered.set(text, out);
  return out;
}

/** A pattern's source text, shortened, for a report's table (`long-wait/p3` → its first characters). */
export function sourceText(source: string, width = 60): string {
  const m = /^([a-z-]+)\/p(\d+)$/.exec(source);
  if (!m) return '';
  const p = SIGNAL_RULES.find((r) => r.id === m[1])?.patterns[Number(m[2])];
  const re = typeof p === 'string' ? p : (p?.re ?? '');
  return re.length > width ? `${re.slice(0, width)}…` : re;
}

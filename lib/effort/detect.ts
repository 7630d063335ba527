/**
 * Finds the effort signals one customer message shows. Pure: no DOM, no browser API.
 *
 * The text is folded (curly quotes → straight, one unit for one) and its quoted history blanked (offsets kept),
 * so every offset found is valid in the original text and nothing the customer quotes from us counts.
 */
import { blankQuoted } from '../text/quotes';
import { foldTypography } from '../text/normalize';
import { builtInRules, type CompiledPattern, type CompiledRules } from './compile';
import type { EffortSignal } from './types';

/** How far around a trigger word a match may reach. No pattern matches anywhere near this long. */
const WINDOW_BEFORE = 240;
const WINDOW_AFTER = 240;
/** How far a window edge moves to reach a space, so that it never cuts a word in two. */
const EDGE_SLACK = 48;
/** How much of the sentence around a match an `unless` exception reads. */
const SENTENCE_BEFORE = 160;
const SENTENCE_AFTER = 60;

export function detectEffortSignals(text: string): EffortSignal[] {
  return scanSignals(text, builtInRules(), true);
}

/** `gated: false` searches the whole text with every rule: the slow reference the trigger gating must equal. */
export function scanSignals(text: string, compiled: CompiledRules, gated: boolean): EffortSignal[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const prepared = blankQuoted(foldTypography(text));
  const windows = gated ? ruleWindows(prepared, compiled) : compiled.rules.map(() => [[0, prepared.length] as Window]);
  const found: EffortSignal[] = [];
  compiled.rules.forEach((rule, r) => {
    for (const [from, to] of windows[r]) {
      const slice = from === 0 && to === prepared.length ? prepared : prepared.slice(from, to);
      for (const pattern of rule.patterns) collect(prepared, slice, from, pattern, (start, end) => {
        found.push({ id: rule.id, start, end, match: text.slice(start, end) });
      });
    }
  });
  return dedupe(found);
}

type Window = [number, number];

function collect(text: string, slice: string, offset: number, pattern: CompiledPattern, emit: (s: number, e: number) => void) {
  const re = pattern.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = offset + m.index;
    const end = start + m[0].length;
    if (pattern.unless && pattern.unless.test(sentenceAround(text, start, end))) continue;
    emit(start, end);
  }
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - SENTENCE_BEFORE);
  while (a > minA && !isSentenceEnd(text.charCodeAt(a - 1))) a--;
  let b = end;
  const maxB = Math.min(text.length, end + SENTENCE_AFTER);
  while (b < maxB && !isSentenceEnd(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

// . ! ? and newline
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** For each rule, the merged stretches of text around its trigger words: the only places it can match. */
function ruleWindows(text: string, compiled: CompiledRules): Window[][] {
  const windows: Window[][] = compiled.rules.map(() => []);
  const trigger = compiled.trigger;
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(text)) !== null) {
    const owners = compiled.owners.get(m[0].toLowerCase());
    if (!owners) continue;
    const from = Math.max(0, m.index - WINDOW_BEFORE);
    const to = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    for (const r of owners) {
      const list = windows[r];
      const last = list[list.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else list.push([from, to]);
    }
  }
  for (const list of windows) {
    for (const w of list) {
      w[0] = toSpace(text, w[0], -1);
      w[1] = toSpace(text, w[1], 1);
    }
  }
  return windows;
}

/** Moves a window edge outwards to the nearest space (or the text's end), at most EDGE_SLACK characters. */
function toSpace(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let n = 0; n < EDGE_SLACK; n++) {
    if (i <= 0) return 0;
    if (i >= text.length) return text.length;
    if (isSpace(text.charCodeAt(step === 1 ? i : i - 1))) return i;
    i += step;
  }
  return i;
}

/** One signal per id and span: overlapping matches of the same id keep the earliest, longest one. */
function dedupe(found: EffortSignal[]): EffortSignal[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lastEnd = new Map<string, number>();
  const out: EffortSignal[] = [];
  for (const s of found) {
    if ((lastEnd.get(s.id) ?? -1) > s.start) continue;
    lastEnd.set(s.id, s.end);
    out.push(s);
  }
  return out;
}

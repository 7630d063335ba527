/**
 * Finds the effort signals one customer message shows. Pure: no DOM, no browser API.
 *
 * The text is folded (curly quotes → straight, one unit for one) and its quoted history blanked (offsets kept),
 * so every offset found is valid in the original text and nothing the customer quotes from us counts.
 */
import { blankQuoted } from '../text/quotes';
import { restoreBottomPost } from './bottom-post';
import { foldTypography, lowerAscii } from '../text/normalize';
import { builtInRules } from './built-in-rules';
import { firstEdge, wideTable } from './load-rules';
import { behindOf, globalOf, neededOf, stickyOf, unlessOf, windowSearchOf, UNBUILT, type CompiledRules, type PatternGroup, type Trie } from './pattern-groups';
import { learnedSignals, vetoRuleFinds, type VetoedSignal } from './learned/model';
import { messageFeatures, type Feature } from './learned/features';
import { PLAIN_READERS } from './plain-readers';
import { readReferrals } from './referral-reader';
import { readEscalation } from './escalation-reader';
import { readWaits } from './wait-reader';
import { readFrustration } from './frustration-reader';
import { readSarcasm } from './sarcasm-reader';
import { readRhetoric } from './rhetoric-reader';
import { isWait } from './wait-check';
import { isLeaveRequest, isThreat, LEAVE_REASON } from './threat-check';
import { isChannelUse, isEmailInEmail } from './channel-check';
import { isContactAgain } from './contact-check';
import { isFrustration } from './feeling-check';
import { isUnresolved } from './unresolved-check';
import type { EffortSignal } from './types';
import type { EffortSignalId } from '../taxonomy';
import { WordsAhead } from './words-ahead';

/** How far around a declared trigger a windowed pattern's match may reach. */
const WINDOW = 200;
/** How far a window edge moves to reach a space, so that it never cuts a word in two. */
const EDGE_SLACK = 48;
/** How much of the sentence around a match an `unless` exception reads. */
const SENTENCE_BEFORE = 160;
const SENTENCE_AFTER = 60;

/**
 * The rules' signals that their veto models let stand, plus those the learned scorer finds that no rule did (each
 * with its evidence words). A message's result is remembered by its text: the content script re-reads the whole
 * thread on every change, and all but the newest message are the same as last time.
 */
export function detectEffortSignals(text: string): EffortSignal[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  let signals = remembered.get(text);
  if (signals === undefined) {
    signals = explainEffortSignals(text).signals;
    if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value!);
    remembered.set(text, signals);
  }
  return signals.map((s) => ({ ...s }));
}

/**
 * What detectEffortSignals finds, and the rules' finds a veto model dropped (`vetoed`: the rule's match, the
 * probability and the threshold it fell under), for whoever asks why a rule's match did not count (`audit effort`).
 */
export function explainEffortSignals(text: string): { signals: EffortSignal[]; vetoed: VetoedSignal[] } {
  if (typeof text !== 'string' || text.length === 0) return { signals: [], vetoed: [] };
  const prepared = prepareText(text);
  const found = scanPrepared(text, prepared, builtInRules(), true);
  let words: readonly Feature[] | undefined;
  const wordsOf = () => (words ??= messageFeatures(prepared));
  const { kept, vetoed } = vetoRuleFinds(prepared, found, undefined, wordsOf);
  const learned = learnedSignals(text, prepared, found, undefined, wordsOf);
  return { signals: learned.length === 0 ? kept : [...kept, ...learned].sort(order), vetoed };
}

/** How many messages' results are kept (oldest dropped first): a few long threads' worth. */
const REMEMBER = 2000;
const remembered = new Map<string, EffortSignal[]>();

/** The text as every reader sees it: typography folded, quoted history blanked (a reply written under the quote kept), offsets unchanged. */
export const prepareText = (text: string) => {
  const folded = foldTypography(text);
  return restoreBottomPost(folded, blankQuoted(folded));
};

/**
 * `fast: false` runs every pattern group over the whole text: the slow reference that tests compare the fast
 * path (trie of literal prefixes, sticky expressions) against.
 */
export function scanSignals(text: string, compiled: CompiledRules, fast: boolean): EffortSignal[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return scanPrepared(text, prepareText(text), compiled, fast);
}

/**
 * The checks that read a rule's match in its sentence and say whether it still shows its signal: a wait that is no
 * wait of the customer's (wait-check.ts); a cancel or close asked for as a plain transaction (threat-check.ts); a
 * channel offered for the reply, or preferred (channel-check.ts); a contact mentioned in passing — the thread's own
 * subject, a reference to a thing, a third party (contact-check.ts); a feeling denied, or "!!" on something that now
 * works (feeling-check.ts); "nothing changed" said of the customer's own side (unresolved-check.ts).
 */
const SENTENCE_CHECKS: Partial<Record<EffortSignalId, (lower: string, start: number, end: number) => boolean>> = {
  'long-wait': isWait,
  'escalation-demand': isThreat,
  'channel-switch': isChannelUse,
  'repeat-contact': isContactAgain,
  frustration: isFrustration,
  unresolved: isUnresolved,
};

function scanPrepared(text: string, prepared: string, compiled: CompiledRules, fast: boolean): EffortSignal[] {
  const found = new Found(text, prepared, fast);
  if (fast) scanFast(prepared, compiled, found);
  else for (const g of compiled.groups) searchGlobal(prepared, g, 0, prepared.length, found);
  // The prepared text lower-cased in ASCII, made once and only for a check that needs it.
  let lowered: string | undefined;
  const lowerText = () => (lowered ??= lowerAscii(prepared));
  // A rule's match that its sentence reads as no sign of its signal is dropped (SENTENCE_CHECKS).
  if (found.list.some((s) => SENTENCE_CHECKS[s.id] !== undefined)) {
    const lower = lowerText();
    const keep = (s: EffortSignal) => SENTENCE_CHECKS[s.id]?.(lower, s.start, s.end) ?? true;
    const kept = found.list.filter(keep);
    found.list.length = 0;
    found.list.push(...kept);
    // An e-mail told inside an e-mail, with no other channel named, is no channel switch (channel-check.ts).
    const channels = found.list.filter((s) => s.id === 'channel-switch');
    if (channels.length > 0 && isEmailInEmail(lower, channels.map((s) => lower.slice(s.start, s.end)))) {
      const others = found.list.filter((s) => s.id !== 'channel-switch');
      found.list.length = 0;
      found.list.push(...others);
    }
    // A cancel or close asked for plainly, or said not to be wanted, in a message with no other effort and no reason
    // to leave given, is a request, not a threat (threat-check.ts's isLeaveRequest).
    const leaving = found.list.filter((s) => s.id === 'escalation-demand').map((s) => isLeaveRequest(lower, s.start, s.end));
    if (leaving.some((l) => l !== null)) {
      let i = 0;
      const plain = leaving.every((l) => l !== null) && found.list.every((s) => s.id === 'escalation-demand') && !LEAVE_REASON.test(lower);
      const without = found.list.filter((s) => s.id !== 'escalation-demand' || (leaving[i++] === 'unwanted' ? false : !plain));
      found.list.length = 0;
      found.list.push(...without);
    }
  }
  // Structure read in code rather than by a rule expression (plain-readers.ts): a broken promise, a failed try…
  for (const [, read] of PLAIN_READERS) for (const s of read(text, prepared)) found.list.push(s);
  // …and escalation told by the customer's coming act: custom taken elsewhere, an ultimatum, a manager asked after.
  const escalations = readEscalation(text, prepared);
  if (escalations.length > 0) {
    const lower = lowerText();
    for (const s of escalations) if (isThreat(lower, s.start, s.end)) found.list.push(s);
  }
  // …and two parties each sending the customer to somewhere else.
  for (const s of readReferrals(text, prepared)) found.list.push(s);
  // …and a stretch of time attached to a state that is not right, or said as a sentence of its own.
  const waits = readWaits(text, prepared);
  if (waits.length > 0) {
    const lower = lowerText();
    for (const s of waits) if (isWait(lower, s.start, s.end)) found.list.push(s);
  }
  // …and exasperation told by shape: a plain word in capitals, a word said again, a flat verdict (h44).
  if (!found.list.some((s) => s.id === 'frustration')) for (const s of readFrustration(text, prepared)) found.list.push(s);
  // …and sarcasm told by structure: praise alone, said about a failure the message tells (h55).
  // (h79) another signal found is the failure the praise is said about
  if (!found.list.some((s) => s.id === 'frustration')) for (const s of readSarcasm(text, prepared, found.list.length > 0)) found.list.push(s);
  // …and frustration told by counting the failure or by a question that wants no answer (h79).
  if (!found.list.some((s) => s.id === 'frustration')) for (const s of readRhetoric(text, prepared)) found.list.push(s);
  return dedupe(found.list);
}

/**
 * How many matches of one signal a message keeps: more show nothing more, and a pasted wall of one phrase
 * ("i emailed " 5,500 times) would cost every check and reader a read of each.
 */
const MATCHES_PER_SIGNAL = 64;

/**
 * Collects matches, dropping those whose sentence an exception names. The fast path compiles a group's exceptions
 * only for a sentence that holds the words they need (unlessNeeds): one that lacks them cannot match them.
 */
class Found {
  readonly list: EffortSignal[] = [];
  private readonly perSignal = new Map<string, number>();
  constructor(
    private readonly original: string,
    private readonly prepared: string,
    private readonly fast: boolean,
  ) {}
  add(group: PatternGroup, start: number, end: number) {
    const seen = this.perSignal.get(group.id) ?? 0;
    if (seen >= MATCHES_PER_SIGNAL) return;
    if (group.unless !== null) {
      const sentence = sentenceAround(this.prepared, start, end);
      const needs = group.unlessNeeds;
      if (this.fast && needs !== null && group.exceptions === undefined && !holdsWords(lowerAscii(sentence), needs)) {
        // Not compiled yet, and this sentence lacks a word the exceptions need: they cannot match it.
      } else {
        const unless = unlessOf(group)!;
        if (unless.re.test(unless.lowerCased ? lowerAscii(sentence) : sentence)) return;
      }
    }
    this.perSignal.set(group.id, seen + 1);
    this.list.push({ id: group.id, start, end, match: this.original.slice(start, end) });
  }
}

const DIGIT_KEY = 48; // '0': the trie reads every run of digits as one '0'

/** The unit at q as the trie reads it, ASCII lower-cased. */
function keyAt(text: string, q: number): number {
  const c = text.charCodeAt(q);
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/** The node under `at` for key u, or -1. */
function step(trie: Trie, at: number, u: number): number {
  let w = trie.wideAt[at];
  if (w === UNBUILT) w = wideTable(trie, at);
  if (w >= 0 && u < 128) return trie.wide[w + u];
  const keys = trie.keys;
  let from = trie.edgeStart[at];
  if (from < 0) from = firstEdge(trie, at);
  const end = from + trie.kids.charCodeAt(at) - 48;
  if (w >= 0) {
    // A node with many children, read past ASCII (an emoji, a dash): halving, where a run of emoji would walk
    // every key at every unit.
    let lo = from;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys.charCodeAt(mid) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && keys.charCodeAt(lo) === u ? lo + 1 : -1;
  }
  for (let k = from; k < end; k++) {
    const key = keys.charCodeAt(k);
    if (key === u) return k + 1;
    if (key > u) break; // keys are sorted
  }
  return -1;
}

let lastEndBuffer = new Int32Array(16);

function scanFast(text: string, compiled: CompiledRules, found: Found) {
  const { trie, groups } = compiled;
  if (lastEndBuffer.length < groups.length) lastEndBuffer = new Int32Array(groups.length);
  const lastEnd = lastEndBuffer.fill(-1, 0, groups.length);
  const { anchored, windowed, lists, sets, windowedLists } = trie;
  let windows: Map<PatternGroup, [number, number][]> | null = null;
  const lower = lowerAscii(text); // what the lowerCased groups' stickies read
  const words = new WordsAhead(lower);
  // The look-behinds' words, one reader per reach: each is asked from a place that only grows (p - reach).
  let behindWords: Map<number, WordsAhead> | null = null;
  const n = text.length;
  let previousIsWord = false;
  for (let p = 0; p < n; p++) {
    let c = text.charCodeAt(p);
    if (c >= 65 && c <= 90) c |= 32;
    const isDigit = c >= 48 && c <= 57;
    const isWord = (c >= 97 && c <= 122) || isDigit || c === 95;
    // A prefix starting with a word character counts only at a word start; one starting with a symbol anywhere.
    if (isWord && previousIsWord) continue;
    previousIsWord = isWord;
    let q = p + 1;
    if (isDigit) {
      c = DIGIT_KEY;
      while (q < n && isDigitAt(text, q)) q++;
    }
    let at = step(trie, 0, c);
    // The list of the deepest node reached with one: it holds its ancestors' groups too.
    let deepest = -1;
    while (at >= 0) {
      const own = anchored.charCodeAt(at);
      if (own !== 48) deepest = own - 49;
      if (windowed[at] >= 0) windows = openWindows(windows, groups, windowedLists[windowed[at]], p, q, n);
      if (q >= n) break;
      let u = keyAt(text, q++);
      if (u >= 48 && u <= 57) {
        u = DIGIT_KEY;
        while (q < n && isDigitAt(text, q)) q++;
      }
      at = step(trie, at, u);
    }
    if (deepest < 0) continue;
    const list = lists[deepest];
    for (let i = 0; i < list.length; i++) {
      const set = sets[list[i]];
      const gi = set[0];
      if (p < lastEnd[gi]) continue;
      const g = groups[gi];
      if (g.capitalFirst) {
        const first = text.charCodeAt(p);
        if (first < 65 || first > 90) continue;
      }
      // The first alternative that matches here is the match, as in an alternation.
      for (let k = 1; k < set.length; k++) {
        // test() then lastIndex: a sticky expression leaves lastIndex at the match's end, with no result array.
        const alternative = set[k];
        // An alternative ending in a look-behind runs only where the stretch it reads holds the words it needs.
        const behind = g.lowerCased ? behindOf(g, alternative) : null;
        if (behind !== null) {
          behindWords ??= new Map();
          let reader = behindWords.get(behind.reach);
          if (reader === undefined) behindWords.set(behind.reach, (reader = new WordsAhead(lower)));
          if (!reader.holds(behind.needed, Math.max(0, p - behind.reach))) continue;
        }
        let re = g.stickies[alternative];
        if (re === undefined) {
          // Not compiled yet: compile it only if the text ahead holds the words every match of it holds.
          const needed = neededOf(g, alternative);
          if (needed && !words.holds(needed, p)) continue;
          re = stickyOf(g, alternative);
        }
        re.lastIndex = p;
        if (!re.test(g.lowerCased ? lower : text)) continue;
        const end = re.lastIndex;
        if (end > p) {
          lastEnd[gi] = end;
          found.add(g, p, end);
        }
        break;
      }
    }
  }
  if (windows !== null)
    for (const [g, list] of windows) {
      for (const [from, to] of list) {
        const a = toSpace(text, from, -1);
        const b = toSpace(text, to, 1);
        // A window without a word every match holds cannot hold a match (its expression need not be compiled).
        if (g.windowNeeds !== null && !holdsWords(lower.slice(a, b), g.windowNeeds)) continue;
        searchGlobal(g.lowerCased ? lower : text, g, a, b, found, windowSearchOf(g));
      }
    }
}

const isDigitAt = (text: string, q: number) => {
  const c = text.charCodeAt(q);
  return c >= 48 && c <= 57;
};

/** Records the window around a trigger found at p..prefixEnd for each windowed group, merging overlapping ones. */
function openWindows(
  windows: Map<PatternGroup, [number, number][]> | null,
  groups: PatternGroup[],
  list: number[],
  p: number,
  prefixEnd: number,
  n: number,
): Map<PatternGroup, [number, number][]> {
  windows ??= new Map();
  for (const gi of list) {
    const g = groups[gi];
    let spans = windows.get(g);
    if (!spans) windows.set(g, (spans = []));
    const from = Math.max(0, p - WINDOW);
    const to = Math.min(n, prefixEnd + WINDOW);
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return windows;
}

function searchGlobal(text: string, g: PatternGroup, from: number, to: number, found: Found, re = globalOf(g)) {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    found.add(g, from + m.index, from + m.index + m[0].length);
  }
}

/** Whether the text holds a word of each set. */
function holdsWords(text: string, alternatives: string[][][]): boolean {
  return alternatives.some((sets) => sets.every((set) => set.some((w) => text.includes(w))));
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

/** Moves a window edge outwards to the nearest space (or the text's end), at most EDGE_SLACK characters. */
function toSpace(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let k = 0; k < EDGE_SLACK; k++) {
    if (i <= 0) return 0;
    if (i >= text.length) return text.length;
    if (isSpace(text.charCodeAt(step === 1 ? i : i - 1))) return i;
    i += step;
  }
  return i;
}

/** One signal per id and span: overlapping matches of the same id keep the earliest, longest one. */
function dedupe(found: EffortSignal[]): EffortSignal[] {
  if (found.length < 2) return found;
  // The fast path finds them in order but for the windowed groups, which come last: sort only if needed.
  for (let i = 1; i < found.length; i++) {
    if (order(found[i - 1], found[i]) > 0) {
      found.sort(order);
      break;
    }
  }
  const out: EffortSignal[] = [];
  for (const s of found) {
    let overlaps = false;
    // A few signals a message: looking back over those kept is cheaper than a map.
    for (let k = out.length - 1; k >= 0; k--) {
      if (out[k].id === s.id) {
        overlaps = out[k].end > s.start;
        break;
      }
    }
    if (!overlaps) out.push(s);
  }
  return out;
}

function order(a: EffortSignal, b: EffortSignal): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

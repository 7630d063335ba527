/**
 * Turns the rule data into what the detector runs: fragments expanded, every pattern split into its top-level
 * alternatives, and each group filed in a trie under the literal text its alternatives' matches start with. The
 * detector walks the trie over the text and runs, at each place, only the groups filed there (each alternative as
 * one sticky expression), so its cost follows the text, not the rule count.
 *
 * This runs at build time, not in the page: `npm run build:effort-rules` writes the built-in rules' result to
 * compiled-rules.json (a test checks it is exactly what this builds), and the detector only decodes that
 * (load-rules.ts). Reading the rules' prefixes takes a few hundred milliseconds; decoding them, about one.
 */
import type { EffortSignalId } from '../taxonomy';
import { matchesLowerCased } from './case-fold';
import { forgetSpellings, literalPrefixes, readAsDetector, requiredWords, startsWithCapital, topLevelAlternatives } from './anchors';
import { classEnd } from './regex-syntax';
import { longestMatch } from './match-length';
import { encodeNeeded } from './words-ahead';
import { loadCompiledRules, STARTS_EVERY, WIDE, type CompiledData, type GroupData } from './load-rules';
import type { SplitData } from './split-sticky';
import type { CompiledRules } from './pattern-groups';
import { FRAGMENTS } from './rules/fragments';
import { signalRuleSchema, type SignalRule } from './rules/schema';

export function expandFragments(source: string): string {
  return source.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const fragment = FRAGMENTS[name];
    if (fragment === undefined) throw new Error(`unknown pattern fragment {{${name}}}`);
    return fragment;
  });
}

interface GroupSource {
  id: EffortSignalId;
  alternatives: string[];
  wordEdges: boolean;
  caseSensitive: boolean;
  unless: string[];
  triggers?: string[];
}

function groupSources(rule: SignalRule): GroupSource[] {
  const plain = rule.patterns.filter((p): p is string => typeof p === 'string');
  const groups: GroupSource[] = [];
  if (plain.length > 0) {
    groups.push({
      id: rule.id,
      alternatives: plain.flatMap((p) => topLevelAlternatives(expandFragments(p))),
      wordEdges: true,
      caseSensitive: false,
      unless: rule.unless ?? [],
    });
  }
  for (const p of rule.patterns) {
    if (typeof p === 'string') continue;
    groups.push({
      id: rule.id,
      alternatives: topLevelAlternatives(expandFragments(p.re)),
      wordEdges: p.wordEdges !== false,
      caseSensitive: p.caseSensitive === true,
      unless: [...(p.unless ?? []), ...(rule.unless ?? [])],
      triggers: p.triggers,
    });
  }
  return groups;
}

/** The trie while it is built: children by key, and the groups whose prefixes end at each node. */
interface Building {
  kids: Map<number, Building>;
  /** Alternatives by group. */
  anchored: Map<number, Set<number>> | null;
  windowed: Set<number> | null;
}

function insert(root: Building, text: string): Building {
  let at = root;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let next = at.kids.get(c);
    if (!next) at.kids.set(c, (next = { kids: new Map(), anchored: null, windowed: null }));
    at = next;
  }
  return at;
}

const ascending = (x: number, y: number) => x - y;

function codesToString(codes: number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** The trie in CompiledData's form (load-rules.ts says how it reads): nodes numbered breadth first, children by key. */
function encodeTrie(
  root: Building,
): Pick<CompiledData, 'keys' | 'surrogates' | 'kids' | 'starts' | 'wideNodes' | 'anchored' | 'windowed' | 'lists' | 'sets' | 'windowedLists'> {
  const sets: number[][] = [];
  const setIndex = new Map<string, number>();
  const lists: number[][] = [];
  const windowedLists: number[][] = [];
  const listIndex = new Map<string, number>();
  const listOf = (into: number[][], list: number[]) => {
    const key = `${into === lists ? 'a' : 'w'}${list.join(',')}`;
    let i = listIndex.get(key);
    if (i === undefined) listIndex.set(key, (i = into.push(list) - 1));
    return i;
  };
  const setOf = (group: number, alternatives: number[]) => {
    const key = `${group}:${alternatives.join(',')}`;
    let i = setIndex.get(key);
    if (i === undefined) setIndex.set(key, (i = sets.push([group, ...alternatives]) - 1));
    return i;
  };
  // A node's list: its parent's, with the alternatives of the prefixes ending at it added.
  const merged = (parentList: number, own: Map<number, Set<number>>) => {
    const byGroup = new Map<number, number[]>();
    if (parentList >= 0) for (const si of lists[parentList]) byGroup.set(sets[si][0], sets[si].slice(1));
    for (const [g, alts] of own) byGroup.set(g, [...new Set([...(byGroup.get(g) ?? []), ...alts])].sort(ascending));
    return listOf(
      lists,
      [...byGroup.keys()].sort(ascending).map((g) => setOf(g, byGroup.get(g)!)),
    );
  };
  const keys: number[] = [];
  const kids: number[] = [];
  const anchored: number[] = [];
  const windowed: number[] = [];
  const queue: [Building, number][] = [[root, -1]];
  for (let node = 0; node < queue.length; node++) {
    const [at, parentList] = queue[node];
    const list = at.anchored ? merged(parentList, at.anchored) : parentList;
    anchored.push(list === parentList ? 48 : 49 + list);
    if (at.windowed) windowed.push(node, listOf(windowedLists, [...at.windowed].sort(ascending)));
    const childKeys = [...at.kids.keys()].sort(ascending);
    kids.push(48 + childKeys.length);
    for (const key of childKeys) {
      keys.push(key);
      queue.push([at.kids.get(key)!, list]);
    }
  }
  if ([...kids, ...anchored].some((c) => c >= 0xd800)) throw new Error('effort rules: too many lists or children to write one a character');
  if (keys.includes(0)) throw new Error('effort rules: a pattern starts with NUL, which the trie writes for a surrogate');
  // Halves of emoji and other astral characters: JSON parsers refuse them alone in a string.
  const surrogates: number[] = [];
  keys.forEach((key, edge) => {
    if (key >= 0xd800 && key <= 0xdfff) surrogates.push(edge, key), (keys[edge] = 0);
  });
  const starts: number[] = [];
  for (let node = 0, edge = 0; node < kids.length; edge += kids[node++] - 48) if (node % STARTS_EVERY === 0) starts.push(edge);
  if (keys.length >= 0xd800) throw new Error('effort rules: too many edges to write a first edge one a character');
  const wideNodes = kids.filter((c, node) => node === 0 || c - 48 > WIDE).length;
  return { keys: codesToString(keys), surrogates, kids: codesToString(kids), starts: codesToString(starts), wideNodes, anchored: codesToString(anchored), windowed, lists, sets, windowedLists };
}

/** What an alternative needs before the detector compiles it, or null when its source shows no words it needs. */
function needed(alternative: string): string | null {
  const words = requiredWords(alternative);
  return words === null ? null : encodeNeeded({ words, longest: longestMatch(alternative) });
}

/**
 * The words every match of an expression holds (requiredWords: a word of each set), as sets joined by ";" and words
 * by "|", or null when its source shows none: the detector compiles a group's exceptions only once a sentence it must
 * check holds a word of each set, and searches a trigger's window only when it does, read ASCII lower-cased (no other
 * letter matches an ASCII one, even under the `i` flag without `u`, and a case-sensitive match lower-cased holds
 * them lower-cased). Sets holding a word with "|", ";" or a newline are left out, a weaker check.
 */
function wordsNeeded(source: string): string | null {
  const whole = setsNeeded(source);
  if (whole !== null) return whole;
  // No word every match holds: each top-level alternative's own, when each has some (a text that holds none of
  // them cannot match), "\n" between alternatives.
  const alternatives = topLevelAlternatives(source).map(setsNeeded);
  if (alternatives.length < 2 || alternatives.some((a) => a === null)) return null;
  const joined = alternatives.join('\n');
  return joined.split(/[|;\n]/).length <= MAX_NEEDED_WORDS ? joined : null;
}

/** Past this many words in all, checking a sentence's words costs more than it saves. */
const MAX_NEEDED_WORDS = 160;

function setsNeeded(source: string): string | null {
  const sets = (requiredWords(source, true) ?? []).filter((set) => set.every((w) => !/[|;\n]/.test(w)));
  return sets.length === 0 ? null : sets.map((set) => set.join('|')).join(';');
}

const GAP = /^\[\\s\\S\]\{0,(\d+)\}\?/;

/** The index of the ')' that closes the group opened at `at`. */
function groupEnd(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * An alternative HEAD[\s\S]{0,N}?(?:S1|S2|…) (the gap at its top level, the states' group ending it) as
 * split-sticky.ts runs it, or null. Never one with a backreference, which could tie a state to the head.
 */
export function splitOf(alt: string): SplitData | null {
  if (/\\[1-9]|\\k</.test(alt)) return null;
  let depth = 0;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '[') {
      const gap = depth === 0 ? GAP.exec(alt.slice(i)) : null;
      const tail = gap ? i + gap[0].length : -1;
      if (gap && alt.startsWith('(?:', tail) && groupEnd(alt, tail) === alt.length - 1) {
        const states = topLevelAlternatives(alt.slice(tail + 3, -1));
        if (states.length < 2) return null;
        const out: SplitData = [i, Number(gap[1])];
        let from = tail + 3;
        for (const state of states) {
          // Each prefix cut before a digit (the trie's "0" reads a run of digits) or a "|" (the separator): what is
          // left is still how every match starts.
          const prefixes = [...new Set((literalPrefixes(state) ?? ['']).map((p) => p.split(/[0|]/)[0]))];
          out.push([from, from + state.length, prefixes.includes('') ? '' : prefixes.join('|')]);
          from += state.length + 1;
        }
        return out;
      }
      i = classEnd(alt, i);
    }
  }
  return null;
}

/**
 * An alternative HEAD(?<=BODY), the look-behind ending it at its top level: what the look-behind needs, as
 * "reach;" + encodeNeeded's form, or null. The look-behind reads back from the head's end, so every match of it
 * lies within `reach` (BODY's longest match) before the place the head starts and the head's longest match after:
 * the detector runs the alternative only where that stretch holds BODY's required words (words-ahead.ts, asked
 * from reach before the place). Without it, a run of places where the head matches (a run of 😭 for frustration's
 * "a sob after a failure") makes the look-behind read back its whole reach from each.
 */
export function behindOf(alt: string): string | null {
  let depth = 0;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(alt, i);
    else if (c === ')') depth--;
    else if (c === '(') {
      if (depth === 0 && alt.startsWith('(?<=', i) && groupEnd(alt, i) === alt.length - 1) {
        const body = alt.slice(i + 4, -1);
        const reach = longestMatch(body);
        const head = longestMatch(alt.slice(0, i));
        const words = requiredWords(body, true);
        if (reach === null || head === null || words === null) return null;
        const needed = encodeNeeded({ words, longest: reach + head });
        return needed === null ? null : `${reach};${needed}`;
      }
      depth++;
    }
  }
  return null;
}

/** The rules as data the detector loads (compiled-rules.json holds the built-in rules'). */
export function encodeRules(rules: readonly SignalRule[]): CompiledData {
  const groups: GroupData[] = [];
  const root: Building = { kids: new Map(), anchored: null, windowed: null };
  let prefixes = 0;
  for (const rule of rules.map((r) => signalRuleSchema.parse(r))) {
    for (const source of groupSources(rule)) {
      const index = groups.length;
      const lowerCased = !source.caseSensitive && source.alternatives.every(matchesLowerCased);
      const unless = source.unless.length ? source.unless.map((u) => `(?:${expandFragments(u)})`).join('|') : null;
      groups.push({
        id: source.id,
        alternatives: source.alternatives,
        wordEdges: source.wordEdges,
        caseSensitive: source.caseSensitive,
        lowerCased,
        required: lowerCased && !source.triggers ? source.alternatives.map(needed) : null,
        capitalFirst: source.caseSensitive && source.alternatives.every((alt) => startsWithCapital(alt)),
        unless,
        unlessNeeds: unless === null ? null : wordsNeeded(unless),
        windowed: source.triggers !== undefined,
      });
      if (source.triggers) groups[index].windowNeeds = wordsNeeded(source.alternatives.map((a) => `(?:${a})`).join('|'));
      if (lowerCased && !source.triggers) {
        const splits: Record<string, SplitData> = {};
        source.alternatives.forEach((alt, i) => {
          const split = splitOf(alt);
          if (split !== null) splits[i] = split;
        });
        if (Object.keys(splits).length > 0) groups[index].splits = splits;
        const behind: Record<string, string> = {};
        source.alternatives.forEach((alt, i) => {
          const needs = behindOf(alt);
          if (needs !== null) behind[i] = needs;
        });
        if (Object.keys(behind).length > 0) groups[index].behind = behind;
      }
      if (source.triggers) {
        for (const t of source.triggers) (insert(root, readAsDetector(t)).windowed ??= new Set()).add(index);
        continue;
      }
      const symbolFirst: number[] = [];
      source.alternatives.forEach((alt, i) => {
        const found = literalPrefixes(alt);
        if (found === null) throw new Error(`${rule.id}: cannot tell what /${alt}/ starts with; declare its triggers`);
        if (!found.every((p) => /^[a-z0-9_]/.test(p))) symbolFirst.push(i);
        for (const p of found) {
          const at = insert(root, p);
          at.anchored ??= new Map();
          let alts = at.anchored.get(index);
          if (!alts) at.anchored.set(index, (alts = new Set()));
          alts.add(i);
        }
        prefixes += found.length;
      });
      if (symbolFirst.length > 0) groups[index].symbolFirst = symbolFirst;
    }
  }
  forgetSpellings();
  return { groups, ...encodeTrie(root), prefixes };
}

export function compileRules(rules: readonly SignalRule[]): CompiledRules {
  return loadCompiledRules(encodeRules(rules));
}

/**
 * Turns the rule data into what the detector runs, once: fragments expanded, every pattern split into its
 * top-level alternatives, and each group filed in a trie under the literal text its alternatives' matches
 * start with. The detector walks the trie over the text and runs, at each place, only the groups filed there
 * (each as one sticky expression), so its cost follows the text, not the rule count.
 */
import type { EffortSignalId } from '../taxonomy';
import { literalPrefixes, readAsDetector, topLevelAlternatives } from './anchors';
import { FRAGMENTS } from './rules/fragments';
import { SIGNAL_RULES } from './rules/index';
import { signalRuleSchema, type SignalRule } from './rules/schema';

/** A group of alternatives searched together: a rule's plain patterns, or one of its special patterns. */
export interface PatternGroup {
  id: EffortSignalId;
  index: number;
  /** The whole group as one global expression: the slow reference, and the search inside trigger windows. */
  global: RegExp;
  /** The group's alternatives, as source text, and how to make an expression of some of them. */
  alternatives: string[];
  wordEdges: boolean;
  caseSensitive: boolean;
  /** Sentence-level exceptions: a match whose sentence matches this is dropped. */
  unless: RegExp | null;
  /** Set for groups searched around declared triggers instead of at their literal prefixes. */
  windowed: boolean;
}

/**
 * The prefixes of every group as a trie in flat arrays (a few hundred KB instead of tens of thousands of
 * objects). Node 0 is the root. Keys are read as the detector reads text: ASCII lower-cased, a digit run as "0".
 */
export interface Trie {
  /** The children of node n are edges edgeStart[n] .. edgeStart[n + 1] - 1. */
  edgeStart: Int32Array;
  edgeKey: Uint16Array;
  edgeNode: Int32Array;
  /** For nodes with many children (the root and near it): offset of their 128-entry ASCII table in `wide`, or -1. */
  wideAt: Int32Array;
  /** Child node by ASCII unit, -1 for none. */
  wide: Int32Array;
  /**
   * Index in `lists` of what to try when the walk reaches node n, or -1: for each group, the alternatives one
   * of whose prefixes ends at n or at one of its ancestors (so only the deepest node reached counts).
   */
  anchored: Int32Array;
  /** Lists of indexes in `sets`. */
  lists: number[][];
  sets: AlternativeSet[];
  /** Index in `windowedLists` of the windowed groups one of whose triggers ends at node n, or -1. */
  windowed: Int32Array;
  /** Lists of group indexes. */
  windowedLists: number[][];
  /** The number of prefixes filed. */
  prefixes: number;
}

/**
 * Some of a group's alternatives, in the group's order, tried together as one sticky expression where their
 * prefixes start. They are all the alternatives that can match there, so the expression finds there exactly
 * what the group's global expression would.
 */
export interface AlternativeSet {
  group: number;
  alternatives: number[];
  /** Made on first use: most sets never meet their text. */
  sticky: RegExp | null;
}

export function stickyOf(set: AlternativeSet, groups: readonly PatternGroup[]): RegExp {
  const g = groups[set.group];
  return (set.sticky ??= expression(g, set.alternatives.map((i) => g.alternatives[i]), 'y'));
}

export interface CompiledRules {
  groups: PatternGroup[];
  trie: Trie;
}

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

function expression(g: { wordEdges: boolean; caseSensitive: boolean }, alternatives: string[], flags: string): RegExp {
  const body = alternatives.map((a) => `(?:${a})`).join('|');
  return new RegExp(g.wordEdges ? `\\b(?:${body})\\b` : body, (g.caseSensitive ? '' : 'i') + flags);
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

/** Nodes with more children than this get a direct ASCII table: a linear search over 30 keys at every word start is slow. */
const WIDE = 6;

function flatten(root: Building, prefixes: number): Trie {
  const order: Building[] = [root];
  // Breadth first, each node carrying its ancestors' alternatives.
  const inherited: (Map<number, Set<number>> | null)[] = [null];
  let edges = 0;
  for (let k = 0; k < order.length; k++) {
    const at = order[k];
    let own = inherited[k];
    if (at.anchored) {
      const merged = new Map(own);
      for (const [g, alts] of at.anchored) merged.set(g, new Set([...(merged.get(g) ?? []), ...alts]));
      own = merged;
    }
    inherited[k] = own;
    for (const kid of at.kids.values()) {
      order.push(kid);
      inherited.push(own);
      edges++;
    }
  }
  const n = order.length;
  const index = new Map<Building, number>();
  order.forEach((b, i) => index.set(b, i));
  const edgeStart = new Int32Array(n + 1);
  const edgeKey = new Uint16Array(edges);
  const edgeNode = new Int32Array(edges);
  const wideAt = new Int32Array(n).fill(-1);
  const anchored = new Int32Array(n).fill(-1);
  const windowed = new Int32Array(n).fill(-1);
  const sets: AlternativeSet[] = [];
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
  const memo = new Map<Map<number, Set<number>>, number>();
  const wideNodes: number[] = [];
  let e = 0;
  for (let i = 0; i < n; i++) {
    const at = order[i];
    edgeStart[i] = e;
    const keys = [...at.kids.keys()].sort((x, y) => x - y);
    for (const key of keys) {
      edgeKey[e] = key;
      edgeNode[e++] = index.get(at.kids.get(key)!)!;
    }
    if (i === 0 || keys.length > WIDE) wideNodes.push(i);
    // A node on the way to longer prefixes, with none of its own, still counts when an ancestor's does.
    const own = inherited[i];
    if (own && own.size > 0) {
      let li = memo.get(own);
      if (li === undefined) {
        const list = [...own.keys()]
          .sort((x, y) => x - y)
          .map((g) => {
            const alternatives = [...own.get(g)!].sort((x, y) => x - y);
            const key = `${g}:${alternatives.join(',')}`;
            let si = setIndex.get(key);
            if (si === undefined) setIndex.set(key, (si = sets.push({ group: g, alternatives, sticky: null }) - 1));
            return si;
          });
        memo.set(own, (li = listOf(lists, list)));
      }
      anchored[i] = li;
    }
    if (at.windowed) windowed[i] = listOf(windowedLists, [...at.windowed].sort((x, y) => x - y));
  }
  edgeStart[n] = e;
  const wide = new Int32Array(wideNodes.length * 128).fill(-1);
  wideNodes.forEach((node, w) => {
    wideAt[node] = w * 128;
    for (let k = edgeStart[node]; k < edgeStart[node + 1]; k++) if (edgeKey[k] < 128) wide[w * 128 + edgeKey[k]] = edgeNode[k];
  });
  return { edgeStart, edgeKey, edgeNode, wideAt, wide, anchored, lists, sets, windowed, windowedLists, prefixes };
}

export function compileRules(rules: readonly SignalRule[]): CompiledRules {
  const groups: PatternGroup[] = [];
  const root: Building = { kids: new Map(), anchored: null, windowed: null };
  let prefixes = 0;
  for (const rule of rules.map((r) => signalRuleSchema.parse(r))) {
    for (const source of groupSources(rule)) {
      const unless = source.unless.length ? new RegExp(source.unless.map((u) => `(?:${expandFragments(u)})`).join('|'), 'i') : null;
      const group: PatternGroup = {
        id: source.id,
        index: groups.length,
        global: expression(source, source.alternatives, 'g'),
        alternatives: source.alternatives,
        wordEdges: source.wordEdges,
        caseSensitive: source.caseSensitive,
        unless,
        windowed: source.triggers !== undefined,
      };
      groups.push(group);
      if (source.triggers) {
        for (const t of source.triggers) (insert(root, readAsDetector(t)).windowed ??= new Set()).add(group.index);
        continue;
      }
      source.alternatives.forEach((alt, i) => {
        const found = literalPrefixes(alt);
        if (found === null) throw new Error(`${rule.id}: cannot tell what /${alt}/ starts with; declare its triggers`);
        for (const p of found) {
          const at = insert(root, p);
          at.anchored ??= new Map();
          let alts = at.anchored.get(group.index);
          if (!alts) at.anchored.set(group.index, (alts = new Set()));
          alts.add(i);
        }
        prefixes += found.length;
      });
    }
  }
  return { groups, trie: flatten(root, prefixes) };
}
let compiled: CompiledRules | null = null;
/** The built-in rules, compiled on first use. */
export function builtInRules(): CompiledRules {
  compiled ??= compileRules(SIGNAL_RULES);
  return compiled;
}

/**
 * Turns the rule data into what the detector runs, once: fragments expanded, every pattern split into its
 * top-level alternatives, and each group filed in a trie under the literal text its alternatives' matches
 * start with. The detector walks the trie over the text and runs, at each place, only the groups filed there
 * (each alternative as one sticky expression), so its cost follows the text, not the rule count.
 */
import type { EffortSignalId } from '../taxonomy';
import { forgetSpellings, literalPrefixes, readAsDetector, startsWithCapital, topLevelAlternatives } from './anchors';
import { FRAGMENTS } from './rules/fragments';
import { SIGNAL_RULES } from './rules/index';
import { signalRuleSchema, type SignalRule } from './rules/schema';

/** A group of alternatives searched together: a rule's plain patterns, or one of its special patterns. */
export interface PatternGroup {
  id: EffortSignalId;
  index: number;
  /**
   * The whole group as one global expression: the slow reference, and the search inside trigger windows. Made
   * on first use (globalOf): the fast path never needs most of them, and big expressions are slow to make.
   */
  global: RegExp | null;
  /** The group's alternatives, as source text, and how to make an expression of some of them. */
  alternatives: string[];
  /** Each alternative as a sticky expression, once made (stickyOf). */
  stickies: (RegExp | undefined)[];
  wordEdges: boolean;
  caseSensitive: boolean;
  /** Case-sensitive, and every match starts with a capital A-Z: places that do not are skipped. */
  capitalFirst: boolean;
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
 * Some of a group's alternatives, in the group's order, tried one after the other where their prefixes start
 * until one matches. They are all the alternatives that can match there, so the first that does is the one
 * the group's global expression would take there (an alternation takes its first alternative that matches).
 */
export interface AlternativeSet {
  group: number;
  alternatives: number[];
}

export function globalOf(g: PatternGroup): RegExp {
  return (g.global ??= expression(g, g.alternatives, 'g'));
}

/**
 * One alternative of the group as a sticky expression (with the group's word edges and case), made on first
 * use and shared by every set that holds it: big expressions are slow to compile, so each is compiled once.
 */
export function stickyOf(g: PatternGroup, alternative: number): RegExp {
  return (g.stickies[alternative] ??= expression(g, [g.alternatives[alternative]], 'y'));
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
  id: number;
  kids: Map<number, Building>;
  /** Alternatives by group. */
  anchored: Map<number, Set<number>> | null;
  windowed: Set<number> | null;
}

function insert(root: Building, text: string, count: { nodes: number }): Building {
  let at = root;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let next = at.kids.get(c);
    if (!next) at.kids.set(c, (next = { id: count.nodes++, kids: new Map(), anchored: null, windowed: null }));
    at = next;
  }
  return at;
}

/** Nodes with more children than this get a direct ASCII table: a linear search over 30 keys at every word start is slow. */
const WIDE = 6;

function flatten(root: Building, nodes: number, edges: number, prefixes: number): Trie {
  const edgeStart = new Int32Array(nodes + 1);
  const edgeKey = new Uint16Array(edges);
  const edgeNode = new Int32Array(edges);
  const wideAt = new Int32Array(nodes).fill(-1);
  const anchored = new Int32Array(nodes).fill(-1);
  const windowed = new Int32Array(nodes).fill(-1);
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
  const setOf = (group: number, alternatives: number[]) => {
    const key = `${group}:${alternatives.join(',')}`;
    let i = setIndex.get(key);
    if (i === undefined) setIndex.set(key, (i = sets.push({ group, alternatives }) - 1));
    return i;
  };
  // A node's list: its parent's, with the alternatives of the prefixes ending at it added.
  const merged = (parentList: number, own: Map<number, Set<number>>) => {
    const byGroup = new Map<number, number[]>();
    if (parentList >= 0) for (const si of lists[parentList]) byGroup.set(sets[si].group, sets[si].alternatives);
    for (const [g, alts] of own) {
      const before = byGroup.get(g);
      byGroup.set(g, before ? [...new Set([...before, ...alts])].sort((x, y) => x - y) : [...alts].sort((x, y) => x - y));
    }
    return listOf(
      lists,
      [...byGroup.keys()].sort((x, y) => x - y).map((g) => setOf(g, byGroup.get(g)!)),
    );
  };
  const wideNodes: number[] = [];
  // Nodes are numbered in insertion order; edges are laid out by a walk that visits parents before children.
  let e = 0;
  const stack: [Building, number][] = [[root, -1]];
  const byId: Building[] = new Array<Building>(nodes);
  while (stack.length > 0) {
    const [at, parentList] = stack.pop()!;
    byId[at.id] = at;
    const list = at.anchored ? merged(parentList, at.anchored) : parentList;
    anchored[at.id] = list;
    if (at.windowed) windowed[at.id] = listOf(windowedLists, [...at.windowed].sort((x, y) => x - y));
    for (const kid of at.kids.values()) stack.push([kid, list]);
  }
  for (let i = 0; i < nodes; i++) {
    const at = byId[i];
    edgeStart[i] = e;
    const keys = [...at.kids.keys()].sort((x, y) => x - y);
    for (const key of keys) {
      edgeKey[e] = key;
      edgeNode[e++] = at.kids.get(key)!.id;
    }
    if (i === 0 || keys.length > WIDE) wideNodes.push(i);
  }
  edgeStart[nodes] = e;
  const wide = new Int32Array(wideNodes.length * 128).fill(-1);
  wideNodes.forEach((node, w) => {
    wideAt[node] = w * 128;
    for (let k = edgeStart[node]; k < edgeStart[node + 1]; k++) if (edgeKey[k] < 128) wide[w * 128 + edgeKey[k]] = edgeNode[k];
  });
  return { edgeStart, edgeKey, edgeNode, wideAt, wide, anchored, lists, sets, windowed, windowedLists, prefixes };
}

export function compileRules(rules: readonly SignalRule[]): CompiledRules {
  const groups: PatternGroup[] = [];
  const count = { nodes: 1 };
  const root: Building = { id: 0, kids: new Map(), anchored: null, windowed: null };
  let prefixes = 0;
  for (const rule of rules.map((r) => signalRuleSchema.parse(r))) {
    for (const source of groupSources(rule)) {
      const unless = source.unless.length ? new RegExp(source.unless.map((u) => `(?:${expandFragments(u)})`).join('|'), 'i') : null;
      const group: PatternGroup = {
        id: source.id,
        index: groups.length,
        global: null,
        alternatives: source.alternatives,
        stickies: new Array<RegExp | undefined>(source.alternatives.length),
        wordEdges: source.wordEdges,
        caseSensitive: source.caseSensitive,
        capitalFirst: source.caseSensitive && source.alternatives.every((alt) => startsWithCapital(alt)),
        unless,
        windowed: source.triggers !== undefined,
      };
      groups.push(group);
      if (source.triggers) {
        for (const t of source.triggers) (insert(root, readAsDetector(t), count).windowed ??= new Set()).add(group.index);
        continue;
      }
      source.alternatives.forEach((alt, i) => {
        const found = literalPrefixes(alt);
        if (found === null) throw new Error(`${rule.id}: cannot tell what /${alt}/ starts with; declare its triggers`);
        for (const p of found) {
          const at = insert(root, p, count);
          at.anchored ??= new Map();
          let alts = at.anchored.get(group.index);
          if (!alts) at.anchored.set(group.index, (alts = new Set()));
          alts.add(i);
        }
        prefixes += found.length;
      });
    }
  }
  forgetSpellings();
  return { groups, trie: flatten(root, count.nodes, count.nodes - 1, prefixes) };
}
let compiled: CompiledRules | null = null;
/** The built-in rules, compiled on first use. */
export function builtInRules(): CompiledRules {
  compiled ??= compileRules(SIGNAL_RULES);
  return compiled;
}

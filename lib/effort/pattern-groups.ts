/**
 * What the detector runs: the rules' pattern groups and the trie of their literal prefixes (built by compile.ts,
 * shipped precompiled in compiled-rules.json), and the expressions made from them on first use.
 */
import type { EffortSignalId } from '../taxonomy';
import { firstUse } from '../text/first-use';

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
  /**
   * The stickies carry no `i` flag and run on the text lower-cased in ASCII, which finds the same (case-fold.ts)
   * and compiles in half the time. The global expression keeps the flag: the slow reference stays the rules as written.
   */
  lowerCased: boolean;
  /** Per alternative, words one of which every match holds (see GroupData), or null. */
  required: (string[] | null)[] | null;
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
  return (g.global ??= expression(g, g.alternatives, `${caseFlag(g)}g`));
}

/**
 * One alternative of the group as a sticky expression (with the group's word edges and case), made on first
 * use and shared by every set that holds it: big expressions are slow to compile, so each is compiled once.
 */
export function stickyOf(g: PatternGroup, alternative: number): RegExp {
  return (g.stickies[alternative] ??= expression(g, [g.alternatives[alternative]], g.lowerCased ? 'y' : `${caseFlag(g)}y`));
}

export interface CompiledRules {
  groups: PatternGroup[];
  trie: Trie;
}

const caseFlag = (g: { caseSensitive: boolean }) => (g.caseSensitive ? '' : 'i');

function expression(g: { wordEdges: boolean }, alternatives: string[], flags: string): RegExp {
  const body = alternatives.map((a) => `(?:${a})`).join('|');
  const re = new RegExp(g.wordEdges ? `\\b(?:${body})\\b` : body, flags);
  // Compiled to machine code now: a first detection on a short message would otherwise pay for bytecode too.
  firstUse(re);
  return re;
}

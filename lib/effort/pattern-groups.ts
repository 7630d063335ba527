/**
 * What the detector runs: the rules' pattern groups and the trie of their literal prefixes (built by compile.ts,
 * shipped precompiled in compiled-rules.json), and the expressions made from them on first use.
 */
import type { EffortSignalId } from '../taxonomy';
import { decodeNeeded, type Needed } from './words-ahead';
import { firstUse } from '../text/first-use';
import { matchesLowerCased } from './case-fold';
import { SplitSticky, type SplitData, type Sticky } from './split-sticky';

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
  /** Each alternative as a sticky expression (or split into several: split-sticky.ts), once made (stickyOf). */
  stickies: (Sticky | undefined)[];
  /**
   * The alternatives one of whose prefixes starts with a symbol, or null for none. The fast path tries the others
   * only at word starts (a prefix that starts with a word character counts only there: detect.ts), where a \b
   * holds, so their stickies leave out the one before the match.
   */
  symbolFirst: number[] | null;
  /** The alternatives run split (split-sticky.ts), by index, or null for none. */
  splits: Record<string, SplitData> | null;
  /** What the look-behind ending an alternative needs, by index (GroupData.behind), or null for none. */
  behind: Record<string, string> | null;
  /** The same, decoded on first use (behindOf). */
  behindNeeded?: (Behind | null | undefined)[];
  wordEdges: boolean;
  caseSensitive: boolean;
  /**
   * The stickies carry no `i` flag and run on the text lower-cased in ASCII, which finds the same (case-fold.ts)
   * and compiles in half the time. The global expression keeps the flag: the slow reference stays the rules as written.
   */
  lowerCased: boolean;
  /** Per alternative, the words every match holds in order, within its longest match (see GroupData), or null. */
  required: (string | null)[] | null;
  /** The same, decoded on first use (neededOf). */
  needed: (Needed | null | undefined)[] | null;
  /** Case-sensitive, and every match starts with a capital A-Z: places that do not are skipped. */
  capitalFirst: boolean;
  /** Sentence-level exceptions, as source text: a match whose sentence matches it is dropped (unlessOf compiles it). */
  unless: string | null;
  /**
   * Sets of words every match of `unless` holds a word of, or null (GroupData.unlessNeeds); a list of them, one
   * per alternative, of which a match holds one's.
   */
  unlessNeeds: string[][][] | null;
  /** For a windowed group, the same of its matches, or null (GroupData.windowNeeds). */
  windowNeeds: string[][][] | null;
  /** The same, compiled on first use (unlessOf). */
  exceptions?: Exceptions;
  /** A lowerCased group's expression for trigger windows, made on first use (windowSearchOf). */
  windowSearch?: RegExp;
  /** Set for groups searched around declared triggers instead of at their literal prefixes. */
  windowed: boolean;
}

/**
 * The prefixes of every group as a trie, read straight from compiled-rules.json's strings (one character a node or
 * edge): loading it costs no pass over its nodes, since a page pays for loading it before its first detection; a
 * node's first edge and ASCII table are worked out the first time the detector reaches it. Node 0 is the root; nodes are numbered breadth first, so edge e leads to node e + 1.
 * Keys are read as the detector reads text: ASCII lower-cased, a digit run as "0".
 */
export interface Trie {
  /** Each node's number of children plus 48, as a character. */
  kids: string;
  /** The first edge of every STARTS_EVERY-th node (load-rules.ts). */
  starts: string;
  /** The children of node n are edges edgeStart[n] .. edgeStart[n] + its number of children - 1, in key order; -1 until first needed (firstEdge). */
  edgeStart: Int32Array;
  /** The key of each edge (the file writes NUL for half of a surrogate pair; decoding puts the half back). */
  keys: string;
  /**
   * For nodes with many children (the root and near it), the offset of their 128-entry ASCII table in `wide`, made
   * the first time the walk reaches them; -1 for a node without one, UNBUILT before the first visit.
   */
  wideAt: Int32Array;
  /** Child node by ASCII unit, -1 for none; room for every node that can have a table. */
  wide: Int32Array;
  /** How many tables `wide` holds so far. */
  wideUsed: number;
  /**
   * Per node, 49 + the index in `lists` of what to try when the walk reaches it, or 48 ("0") when that is what its
   * nearest ancestor with a list says: for each group, the alternatives one of whose prefixes ends at the node or
   * at one of its ancestors (so only the deepest node with a list counts).
   */
  anchored: string;
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

/** wideAt before the node's first visit. */
export const UNBUILT = -2;

/**
 * Some of a group's alternatives, in the group's order, tried one after the other where their prefixes start
 * until one matches: [group, ...alternatives], as compiled-rules.json holds it (making objects of 700 of them at
 * load cost more than all the rest of loading). They are all the alternatives that can match there, so the first
 * that does is the one the group's global expression would take there (an alternation takes its first alternative
 * that matches).
 */
export type AlternativeSet = number[];

export function globalOf(g: PatternGroup): RegExp {
  return (g.global ??= expression(g, g.alternatives, `${caseFlag(g)}g`));
}

/**
 * The expression a trigger's window is searched with: for a lowerCased group, without the i flag, to be run on
 * the ASCII-lower-cased text (it finds the same, and compiles in about half the time); else globalOf.
 */
export function windowSearchOf(g: PatternGroup): RegExp {
  return g.lowerCased ? (g.windowSearch ??= expression(g, g.alternatives, 'g')) : globalOf(g);
}

/**
 * One alternative of the group as a sticky expression (with the group's word edges and case), made on first
 * use and shared by every set that holds it: big expressions are slow to compile, so each is compiled once.
 */
export function stickyOf(g: PatternGroup, alternative: number): Sticky {
  let sticky = g.stickies[alternative];
  if (sticky === undefined) {
    const flags = g.lowerCased ? 'y' : `${caseFlag(g)}y`;
    const start = g.symbolFirst?.includes(alternative) ? '\\b' : '';
    const whole = () => expression(g, [g.alternatives[alternative]], flags, STICKY_END, start);
    const split = g.splits?.[alternative];
    g.stickies[alternative] = sticky = split ? new SplitSticky(g.alternatives[alternative], split, g.wordEdges, start, flags, sharedExpression, whole) : whole();
  }
  return sticky;
}

/** What an alternative of a lowerCased group needs before it is compiled, or null for nothing known. */
export function neededOf(g: PatternGroup, alternative: number): Needed | null {
  if (g.needed === null || g.required === null) return null;
  let needed = g.needed[alternative];
  if (needed === undefined) {
    const data = g.required[alternative];
    g.needed[alternative] = needed = data === null ? null : decodeNeeded(data);
  }
  return needed;
}

/** An alternative's look-behind: how far back it reads, and the words each of its matches holds within that and the head. */
export interface Behind {
  reach: number;
  needed: Needed;
}

/** What the look-behind ending an alternative needs, or null when it ends in none (or nothing is known). */
export function behindOf(g: PatternGroup, alternative: number): Behind | null {
  if (g.behind === null) return null;
  const decoded = (g.behindNeeded ??= new Array<Behind | null | undefined>(g.alternatives.length));
  let behind = decoded[alternative];
  if (behind === undefined) {
    const data = g.behind[alternative];
    const cut = data === undefined ? -1 : data.indexOf(';');
    decoded[alternative] = behind = data === undefined ? null : { reach: Number(data.slice(0, cut)), needed: decodeNeeded(data.slice(cut + 1)) };
  }
  return behind;
}

export interface CompiledRules {
  groups: PatternGroup[];
  trie: Trie;
}

const caseFlag = (g: { caseSensitive: boolean }) => (g.caseSensitive ? '' : 'i');

/**
 * Every expression made, by flags and source: rules share fragments (a sarcasm cue, a "not a wait" exception),
 * and an expression is compiled once however many groups hold it. Sticky and global expressions keep
 * lastIndex, but a search sets it before every exec, so sharing one between groups is safe.
 */
const made = new Map<string, RegExp>();

export function sharedExpression(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = made.get(key);
  if (!re) {
    made.set(key, (re = new RegExp(source, flags)));
    // Compiled to machine code now: a first detection on a short message would otherwise pay for bytecode too.
    firstUse(re);
  }
  return re;
}

/**
 * The group's exceptions, made the first time a match needs them; null for none. When nothing in them depends
 * on case beyond ASCII letters, the expression has no i flag and reads the sentence lower-cased in ASCII.
 */
export function unlessOf(g: PatternGroup): Exceptions | null {
  if (g.unless === null) return null;
  return (g.exceptions ??= matchesLowerCased(g.unless) ? { re: sharedExpression(g.unless, ''), lowerCased: true } : { re: sharedExpression(g.unless, 'i'), lowerCased: false });
}

export interface Exceptions {
  re: RegExp;
  /** `re` reads the sentence lower-cased in ASCII. */
  lowerCased: boolean;
}

/**
 * How a sticky expression's word edge after the match is written: `(?=\b)` finds exactly what `\b` finds (a
 * lookahead of a zero-width assertion, at the same place), but V8 compiles it once where it copies a final `\b`
 * into the code of every way the alternatives before it can end: all the rules' stickies compile in about a
 * quarter less time (767 in a fresh process, median of 5: 123 → 91 ms), and compiling is most of what a first
 * detection costs. The slow reference keeps `\b`, as written.
 */
const STICKY_END = '(?=\\b)';

function expression(g: { wordEdges: boolean }, alternatives: string[], flags: string, end = '\\b', start = '\\b'): RegExp {
  const body = alternatives.map((a) => `(?:${a})`).join('|');
  return sharedExpression(g.wordEdges ? `${start}(?:${body})${end}` : body, flags);
}

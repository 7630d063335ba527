/**
 * Decodes compiled rules (CompiledData, what compile.ts writes to compiled-rules.json) into what the detector runs.
 * The trie is read from the file's strings as they are, and no expression is
 * compiled here (pattern-groups.ts makes each on first use): loading is a small part of a page's first detection.
 */
import type { EffortSignalId } from '../taxonomy';
import type { Needed } from './words-ahead';
import { UNBUILT, type CompiledRules, type PatternGroup, type Trie } from './pattern-groups';
import type { SplitData, Sticky } from './split-sticky';

/** A pattern group as data: what PatternGroup holds before any expression is made. */
export interface GroupData {
  id: EffortSignalId;
  alternatives: string[];
  wordEdges: boolean;
  caseSensitive: boolean;
  /** The fast path matches the alternatives without the `i` flag, on text lower-cased in ASCII (case-fold.ts). */
  lowerCased: boolean;
  /**
   * For a lowerCased group, per alternative: the words each of its matches holds, in order, and how long a match
   * can be (words-ahead.ts, encodeNeeded), or null. Its sticky is compiled only once the text holds them so after
   * the place.
   */
  required: (string | null)[] | null;
  capitalFirst: boolean;
  /** The sentence-level exceptions as one case-insensitive expression's source, or null. */
  unless: string | null;
  /**
   * Sets of words every match of the exceptions holds a word of ("word|word;word"), or null: until a sentence holds
   * them, ASCII lower-cased, the exceptions cannot match it and are not compiled. When no word is common to all
   * matches, the same for each top-level alternative, "\n" between them: a sentence must hold one alternative's.
   */
  unlessNeeds: string | null;
  /**
   * The alternatives one of whose prefixes starts with a character that is not a word character (absent for none):
   * the detector tries the others only at word starts, where a \b holds, so their stickies leave out the one
   * before the match.
   */
  symbolFirst?: number[];
  /** For a windowed group, the words every match holds (as unlessNeeds): a window without them is not searched. */
  windowNeeds?: string | null;
  /**
   * The alternatives of the form HEAD[\s\S]{0,N}?(?:S1|S2|…), by index, as split-sticky.ts runs them; absent when
   * none is.
   */
  splits?: Record<string, SplitData>;
  /**
   * For a lowerCased group, the alternatives ending in a look-behind, by index: how far back it reads and the words
   * each of its matches holds (compile.ts behindOf); absent when none does.
   */
  behind?: Record<string, string>;
  windowed: boolean;
}

/**
 * The trie in strings of one character a node or edge (a few tens of KB, where arrays of numbers would be hundreds).
 * Nodes are numbered breadth first, each node's children in key order, so edge e leads to node e + 1 and a node's
 * edges follow its predecessors'.
 */
export interface CompiledData {
  groups: GroupData[];
  /** The key of each edge, in edge order; NUL for a surrogate (a JSON parser refuses one alone). */
  keys: string;
  /** Pairs: edge, its key where that is a surrogate. */
  surrogates: number[];
  /** Each node's number of children, plus 48 ("0" for none). */
  kids: string;
  /**
   * The first edge of every STARTS_EVERY-th node, a character each: a node's first edge is worked out from the nearest
   * when the detector first reaches it, instead of summing every node's at load.
   */
  starts: string;
  /** How many nodes have more than WIDE children, plus the root: the room their ASCII tables need. */
  wideNodes: number;
  /** Each node's index in `lists` plus 49, or "0" (48) when it is its parent's (the root's parent's is -1). */
  anchored: string;
  /** Pairs: node, index in windowedLists. */
  windowed: number[];
  lists: number[][];
  /** Each set as [group, ...alternatives]. */
  sets: number[][];
  windowedLists: number[][];
  prefixes: number;
}

/** Nodes with more children than this get a direct ASCII table: a linear search over 30 keys at every word start is slow. */
export const WIDE = 6;
export const STARTS_EVERY = 8;

function decodeTrie(data: CompiledData): Trie {
  const nodes = data.kids.length;
  // The surrogate halves put back in their edges' places (a few dozen): every key is then what the text reads.
  let keys = data.keys;
  for (let i = 0; i < data.surrogates.length; i += 2) {
    const edge = data.surrogates[i];
    keys = keys.slice(0, edge) + String.fromCharCode(data.surrogates[i + 1]) + keys.slice(edge + 1);
  }
  const windowed = new Int32Array(nodes).fill(-1);
  for (let i = 0; i < data.windowed.length; i += 2) windowed[data.windowed[i]] = data.windowed[i + 1];
  return {
    kids: data.kids,
    starts: data.starts,
    edgeStart: new Int32Array(nodes).fill(-1),
    keys,
    wideAt: new Int32Array(nodes).fill(UNBUILT),
    wide: new Int32Array(data.wideNodes * 128).fill(-1),
    wideUsed: 0,
    anchored: data.anchored,
    lists: data.lists,
    sets: data.sets,
    windowed,
    windowedLists: data.windowedLists,
    prefixes: data.prefixes,
  };
}

/** The node's first edge: from the nearest checkpoint before it, then remembered. */
export function firstEdge(trie: Trie, node: number): number {
  const from = node - (node % STARTS_EVERY);
  let edge = trie.starts.charCodeAt(from / STARTS_EVERY);
  for (let n = from; n < node; n++) edge += trie.kids.charCodeAt(n) - 48;
  return (trie.edgeStart[node] = edge);
}

/** The node's ASCII table's offset in trie.wide, made now if the node has many children, or -1. */
export function wideTable(trie: Trie, node: number): number {
  const children = trie.kids.charCodeAt(node) - 48;
  if (node !== 0 && children <= WIDE) return (trie.wideAt[node] = -1);
  const from = trie.edgeStart[node] >= 0 ? trie.edgeStart[node] : firstEdge(trie, node);
  const at = trie.wideUsed++ * 128;
  for (let e = from; e < from + children; e++) {
    const key = trie.keys.charCodeAt(e);
    if (key > 0 && key < 128) trie.wide[at + key] = e + 1;
  }
  return (trie.wideAt[node] = at);
}

const wordSets = (data: string | null) => (data === null ? null : data.split('\n').map((alt) => alt.split(';').map((set) => set.split('|'))));

export function loadCompiledRules(data: CompiledData): CompiledRules {
  const groups = data.groups.map(
    (g, index): PatternGroup => ({
      id: g.id,
      index,
      global: null,
      alternatives: g.alternatives,
      stickies: new Array<Sticky | undefined>(g.alternatives.length),
      splits: g.splits ?? null,
      behind: g.behind ?? null,
      symbolFirst: g.symbolFirst ?? null,
      wordEdges: g.wordEdges,
      caseSensitive: g.caseSensitive,
      lowerCased: g.lowerCased,
      required: g.required,
      needed: g.required === null ? null : new Array<Needed | null | undefined>(g.required.length),
      capitalFirst: g.capitalFirst,
      unless: g.unless,
      unlessNeeds: wordSets(g.unlessNeeds),
      windowNeeds: wordSets(g.windowNeeds ?? null),
      windowed: g.windowed,
    }),
  );
  return { groups, trie: decodeTrie(data) };
}

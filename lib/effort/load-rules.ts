/**
 * Decodes compiled rules (CompiledData, what compile.ts writes to compiled-rules.json) into what the detector runs.
 * One pass over the trie's nodes into typed arrays; no expression is compiled here (pattern-groups.ts makes each
 * on first use), so loading costs about a millisecond, where reading the rules' prefixes cost hundreds.
 */
import type { EffortSignalId } from '../taxonomy';
import type { CompiledRules, PatternGroup, Trie } from './pattern-groups';

/** A pattern group as data: what PatternGroup holds before any expression is made. */
export interface GroupData {
  id: EffortSignalId;
  alternatives: string[];
  wordEdges: boolean;
  caseSensitive: boolean;
  /** The fast path matches the alternatives without the `i` flag, on text lower-cased in ASCII (case-fold.ts). */
  lowerCased: boolean;
  /**
   * For a lowerCased group the fast path searches, per alternative: words one of which each of its matches holds
   * (anchors.ts requiredWords), or null. Its sticky is compiled only once the text holds one of them after the place.
   */
  required: (string[] | null)[] | null;
  capitalFirst: boolean;
  /** The sentence-level exceptions as one case-insensitive expression's source, or null. */
  unless: string | null;
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
const WIDE = 6;

function decodeTrie(data: CompiledData): Trie {
  const nodes = data.kids.length;
  const edgeStart = new Int32Array(nodes + 1);
  const edgeKey = new Uint16Array(nodes - 1);
  const edgeNode = new Int32Array(nodes - 1);
  const wideAt = new Int32Array(nodes).fill(-1);
  const anchored = new Int32Array(nodes).fill(-1);
  const windowed = new Int32Array(nodes).fill(-1);
  const wideNodes: number[] = [];
  let e = 0;
  for (let node = 0; node < nodes; node++) {
    edgeStart[node] = e;
    const own = data.anchored.charCodeAt(node);
    if (own !== 48) anchored[node] = own - 49;
    const children = data.kids.charCodeAt(node) - 48;
    if (node === 0 || children > WIDE) wideNodes.push(node);
    for (const end = e + children; e < end; e++) {
      edgeKey[e] = data.keys.charCodeAt(e);
      edgeNode[e] = e + 1;
      anchored[e + 1] = anchored[node]; // the child's own list, if any, replaces it when its turn comes
    }
  }
  edgeStart[nodes] = e;
  for (let i = 0; i < data.surrogates.length; i += 2) edgeKey[data.surrogates[i]] = data.surrogates[i + 1];
  const wide = new Int32Array(wideNodes.length * 128).fill(-1);
  wideNodes.forEach((node, w) => {
    wideAt[node] = w * 128;
    for (let k = edgeStart[node]; k < edgeStart[node + 1]; k++) if (edgeKey[k] < 128) wide[w * 128 + edgeKey[k]] = edgeNode[k];
  });
  for (let i = 0; i < data.windowed.length; i += 2) windowed[data.windowed[i]] = data.windowed[i + 1];
  return {
    edgeStart,
    edgeKey,
    edgeNode,
    wideAt,
    wide,
    anchored,
    lists: data.lists,
    sets: data.sets.map(([group, ...alternatives]) => ({ group, alternatives })),
    windowed,
    windowedLists: data.windowedLists,
    prefixes: data.prefixes,
  };
}

export function loadCompiledRules(data: CompiledData): CompiledRules {
  const groups = data.groups.map(
    (g, index): PatternGroup => ({
      id: g.id,
      index,
      global: null,
      alternatives: g.alternatives,
      stickies: new Array<RegExp | undefined>(g.alternatives.length),
      wordEdges: g.wordEdges,
      caseSensitive: g.caseSensitive,
      lowerCased: g.lowerCased,
      required: g.required,
      capitalFirst: g.capitalFirst,
      unless: g.unless === null ? null : new RegExp(g.unless, 'i'),
      windowed: g.windowed,
    }),
  );
  return { groups, trie: decodeTrie(data) };
}

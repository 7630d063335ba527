/**
 * Turns the rule data into what the detector runs, once: fragments expanded, every pattern split into its
 * top-level alternatives, and each alternative filed in a trie under the literal text its matches start with.
 * The detector walks the trie over the text and runs, at each place, only the few alternatives filed there
 * (as one sticky expression per pattern group and prefix), so its cost follows the text, not the rule count.
 */
import type { EffortSignalId } from '../taxonomy';
import { literalPrefixes, topLevelAlternatives } from './anchors';
import { FRAGMENTS } from './rules/fragments';
import { SIGNAL_RULES } from './rules/index';
import { signalRuleSchema, type SignalRule } from './rules/schema';

/** A group of alternatives searched together: a rule's plain patterns, or one of its special patterns. */
export interface PatternGroup {
  id: EffortSignalId;
  index: number;
  /** The whole group as one global expression: the slow reference, and the search inside trigger windows. */
  global: RegExp;
  /** Sentence-level exceptions: a match whose sentence matches this is dropped. */
  unless: RegExp | null;
  /** Set for groups searched around declared triggers instead of at their literal prefixes. */
  windowed: boolean;
}

/** Tried at a place where its prefix starts: a sticky expression of the group's alternatives with that prefix. */
export interface Anchored {
  group: PatternGroup;
  sticky: RegExp;
}

export interface TrieNode {
  /** Children by lower-cased UTF-16 unit: keys[i] leads to kids[i] (most nodes have one or two). */
  keys: number[];
  kids: TrieNode[];
  /** The children again, indexed by unit below 128, on nodes with many children (the root and near it). */
  ascii: (TrieNode | undefined)[] | null;
  /** Whether anchored or windowed is non-empty. */
  ends: boolean;
  /** Alternatives whose prefix ends here. */
  anchored: Anchored[];
  /** Windowed groups one of whose triggers ends here. */
  windowed: PatternGroup[];
  /** The prefix starts with a word character, so it only counts at a word start. */
  wordStart: boolean;
}

export interface CompiledRules {
  groups: PatternGroup[];
  trie: TrieNode;
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

function expression(g: GroupSource, alternatives: string[], flags: string): RegExp {
  const body = alternatives.map((a) => `(?:${a})`).join('|');
  return new RegExp(g.wordEdges ? `\\b(?:${body})\\b` : body, (g.caseSensitive ? '' : 'i') + flags);
}

// Most nodes end nothing: they share these empty lists, which keeps a trie of tens of thousands of nodes small.
const NONE_ANCHORED: Anchored[] = [];
const NONE_WINDOWED: PatternGroup[] = [];

function node(): TrieNode {
  return { keys: [], kids: [], ascii: null, ends: false, anchored: NONE_ANCHORED, windowed: NONE_WINDOWED, wordStart: false };
}

export function child(at: TrieNode, unit: number): TrieNode | undefined {
  if (at.ascii !== null && unit < 128) return at.ascii[unit];
  const keys = at.keys;
  for (let i = 0; i < keys.length; i++) if (keys[i] === unit) return at.kids[i];
  return undefined;
}

function insert(root: TrieNode, text: string): TrieNode {
  let at = root;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let next = child(at, c);
    if (!next) {
      next = node();
      at.keys.push(c);
      at.kids.push(next);
      if (at.ascii !== null && c < 128) at.ascii[c] = next;
    }
    at = next;
  }
  at.wordStart = /^\w/.test(text);
  at.ends = true;
  if (at.anchored === NONE_ANCHORED) at.anchored = [];
  if (at.windowed === NONE_WINDOWED) at.windowed = [];
  return at;
}

export function compileRules(rules: readonly SignalRule[]): CompiledRules {
  const groups: PatternGroup[] = [];
  const trie = node();
  trie.ascii = new Array<TrieNode | undefined>(128).fill(undefined);
  for (const rule of rules.map((r) => signalRuleSchema.parse(r))) {
    for (const source of groupSources(rule)) {
      const unless = source.unless.length ? new RegExp(source.unless.map((u) => `(?:${expandFragments(u)})`).join('|'), 'i') : null;
      const group: PatternGroup = {
        id: source.id,
        index: groups.length,
        global: expression(source, source.alternatives, 'g'),
        unless,
        windowed: source.triggers !== undefined,
      };
      groups.push(group);
      if (source.triggers) {
        for (const t of source.triggers) insert(trie, t.toLowerCase()).windowed.push(group);
        continue;
      }
      const byPrefix = new Map<string, number[]>();
      source.alternatives.forEach((alt, index) => {
        const prefixes = literalPrefixes(alt);
        if (prefixes === null) throw new Error(`${rule.id}: cannot tell what /${alt}/ starts with; declare its triggers`);
        for (const p of prefixes) {
          if (!byPrefix.has(p)) byPrefix.set(p, []);
          byPrefix.get(p)!.push(index);
        }
      });
      // Most prefixes lead to the same few alternatives: one sticky expression per distinct set of them.
      const stickies = new Map<string, RegExp>();
      for (const [prefix, indexes] of byPrefix) {
        const key = indexes.join(',');
        let sticky = stickies.get(key);
        if (!sticky) stickies.set(key, (sticky = expression(source, indexes.map((i) => source.alternatives[i]), 'y')));
        insert(trie, prefix).anchored.push({ group, sticky });
      }
    }
  }
  indexWideNodes(trie);
  return { groups, trie };
}

/** Nodes with many children get a direct index: a linear search over 30 keys at every word start is slow. */
function indexWideNodes(at: TrieNode) {
  if (at.keys.length > 4 && at.ascii === null) {
    at.ascii = new Array<TrieNode | undefined>(128).fill(undefined);
    at.keys.forEach((k, i) => {
      if (k < 128) at.ascii![k] = at.kids[i];
    });
  }
  for (const kid of at.kids) indexWideNodes(kid);
}

let compiled: CompiledRules | null = null;
/** The built-in rules, compiled on first use. */
export function builtInRules(): CompiledRules {
  compiled ??= compileRules(SIGNAL_RULES);
  return compiled;
}

/**
 * analyzeReply: finds the wording in an agent's draft that the taxonomy flags, judged against the whole reply.
 *
 * Pipeline: fold typography and blank quoted history (offsets unchanged) → split into sentence units → one
 * trigger scan decides which rules run on which sentences → each rule's regex runs on those sentences only →
 * candidates are judged in context (context.ts) → overlapping flags of one category are resolved, most
 * specific first → suggestions are rendered.
 */
import { foldTypography } from '../text/normalize';
import { blankQuoted } from '../text/quotes';
import { firstUse } from '../text/first-use';
import { compileRules, lowerAscii, readyUnit, readyUnless, type CompiledRules, type CompiledSequence } from './compile';
import { judgeReply, type ReplyJudgment } from './context';
import { findPlaybookPhrases } from './playbook';
import { withDefaults, type Rule } from './rule-schema';
import { RULE_SPECS } from './rules';
import { APOLOGY_HEAD, APOLOGY_IDIOM } from './rules/fragments';
import { sentenceAt, splitSentences, type Sentences } from './sentences';
import { scanTriggers } from './trigger-index';
import { renderSuggestions } from './suggest';
import { classifyTopic, type Topic } from '../topic';
import type { AnalysisResult, AnalyzeOptions, Flag } from './types';

/** The built-in rules (validated by the tests, not at import: see withDefaults). */
export const RULES: readonly Rule[] = RULE_SPECS.map(withDefaults);
/** Built on the first analysis, not at import: the extension imports the engine long before the agent types. */
let compiled: CompiledRules | undefined;
const APOLOGY_RE = new RegExp(APOLOGY_HEAD, 'g');
let apologyReady = false;
const APOLOGY_IDIOM_RE = new RegExp(APOLOGY_IDIOM, 'i');
/**
 * A draft with hundreds of instances of one problem is not a draft anyone will fix underline by underline; each
 * rule stops collecting there, which also keeps hostile input (thousands of apologies) fast.
 */
export const MAX_MATCHES_PER_RULE = 200;
/** Flags per analysis whose first suggestion is the agent's own sentence reshaped (rewrite/); the rest get templates. */
export const MAX_REWRITES = 40;
/** How far back in its sentence a refusal reaches for the apology it is welded to, to flag them as one span. */
const WELD_REACH = 160;
/** How close after an "unfortunately" a blaming clause must start for the adverb to belong to it. */
const BLAME_REACH = 40;

interface Candidate {
  rule: Rule;
  start: number;
  end: number;
  sentence: number;
}

interface Marker {
  start: number;
  end: number;
  sentence: number;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** `lower`: the prepared text, lower-cased in ASCII (the rule regexes have no `i` flag). */
function runRules(lower: string, sentences: Sentences, disabled: ReadonlySet<string>): Candidate[] {
  const { rules, units, triggers } = (compiled ??= compileRules(RULES));
  const lastSentence = new Int32Array(units.length).fill(-1);
  const tasks: number[] = [];
  let sp = 0;
  scanTriggers(triggers, lower, (u, pos) => {
    while (sp + 1 < sentences.count && sentences.starts[sp + 1]! <= pos) sp++;
    if (lastSentence[u] === sp) return;
    lastSentence[u] = sp;
    if (!disabled.has(rules[units[u]!.rule]!.rule.id)) tasks.push(u, sp);
  });
  const out: Candidate[] = [];
  const found = new Int32Array(rules.length);
  // Per rule, the sentence its `unless` was last tested on and the answer.
  const unlessAt = new Int32Array(rules.length).fill(-1);
  const unlessHit = new Uint8Array(rules.length);
  // Per sentence, where its content starts (past a greeting), found once however many rules read it.
  const contentStart = new Int32Array(sentences.count).fill(-1);
  for (let t = 0; t < tasks.length; t += 2) {
    const unit = units[tasks[t]!]!;
    const r = unit.rule;
    if (found[r]! >= MAX_MATCHES_PER_RULE) continue;
    const k = tasks[t + 1]!;
    // Past a leading "@handle" or "Hi Sam,": a rule anchored at the sentence's start ("^again, you need to…") reads its content.
    if (contentStart[k] === -1) contentStart[k] = afterGreeting(lower, sentences.starts[k]!, sentences.ends[k]!);
    const s = contentStart[k]!;
    const sub = lower.slice(s, sentences.ends[k]!);
    if (unlessAt[r] !== k) {
      unlessAt[r] = k;
      unlessHit[r] = readyUnless(rules[r]!)?.test(sub) ? 1 : 0;
    }
    if (unlessHit[r]) continue;
    const { re, sequences } = readyUnit(unit);
    spans.length = 0;
    const room = MAX_MATCHES_PER_RULE - found[r]!;
    if (re) collectPattern(re, sub, room);
    for (const seq of sequences) collectSequence(seq, sub, room);
    for (let i = 0; i < spans.length; i += 2) {
      let a = spans[i]!;
      let b = spans[i + 1]!;
      while (a < b && isSpace(sub.charCodeAt(a))) a++;
      while (b > a && isSpace(sub.charCodeAt(b - 1))) b--;
      if (b > a) out.push({ rule: rules[r]!.rule, start: s + a, end: s + b, sentence: k });
      found[r]!++;
    }
  }
  return out;
}

/** Match spans of the unit being run, as start, end pairs (one reused array: no closure or array per unit run). */
const spans: number[] = [];

/** Up to `room` matches of `re` in `sub`, into `spans`. */
function collectPattern(re: RegExp, sub: string, room: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(sub); m && spans.length < 2 * room; m = re.exec(sub)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push(m.index, m.index + m[0].length);
  }
}

function collectSequence({ re, list, after }: CompiledSequence, sub: string, room: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(sub); m && spans.length < 2 * room; m = re.exec(sub)) {
    if (m[0].length === 0) re.lastIndex++;
    let end = list.endOfMatch(sub, m.index + m[0].length);
    if (end < 0) continue;
    if (after) {
      after.lastIndex = end;
      const tail = after.exec(sub);
      if (!tail) continue;
      end += tail[0].length;
    }
    spans.push(m.index, end);
  }
}

function runPlaybook(prepared: string, sentences: Sentences, options: AnalyzeOptions, disabled: ReadonlySet<string>): Candidate[] {
  if (!options.playbook) return [];
  return findPlaybookPhrases(options.playbook, prepared, disabled, MAX_MATCHES_PER_RULE).map(({ rule, start, end }) => ({
    rule,
    start,
    end,
    sentence: Math.max(0, sentenceAt(sentences, start)),
  }));
}

/**
 * Apology markers in the reply, and the ones that are not apologies at all: an idiom ("you won't regret it"), or
 * an "unfortunately" that just introduces a blaming clause ("Unfortunately you didn't read…"), which the blame
 * flag already covers.
 */
function findApologies(
  lower: string,
  sentences: Sentences,
  blame: readonly Candidate[],
): { live: Marker[]; notApology: Set<number>; blaming: Marker[] } {
  const live: Marker[] = [];
  const blaming: Marker[] = [];
  const notApology = new Set<number>();
  const idiomIn = new Map<number, boolean>();
  const blameBySentence = groupBySentence(blame);
  if (!apologyReady) {
    firstUse(APOLOGY_RE);
    firstUse(APOLOGY_IDIOM_RE);
  }
  apologyReady = true;
  APOLOGY_RE.lastIndex = 0;
  for (let m = APOLOGY_RE.exec(lower); m; m = APOLOGY_RE.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    const k = sentenceAt(sentences, start);
    if (k < 0) continue;
    const adverb = /^(?:unfortunately|sadly|regrettably)$/i.test(m[0]);
    const introducesBlame = adverb && !!blameBySentence.get(k)?.some((b) => b.start >= end && b.start - end <= BLAME_REACH);
    let idiom = idiomIn.get(k);
    if (idiom === undefined) idiomIn.set(k, (idiom = APOLOGY_IDIOM_RE.test(lower.slice(sentences.starts[k]!, sentences.ends[k]!))));
    if (introducesBlame || idiom) notApology.add(start);
    else live.push({ start, end, sentence: k });
    if (introducesBlame && !idiom) blaming.push({ start, end, sentence: k });
  }
  return { live, notApology, blaming };
}

function groupBySentence<T extends { sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(item.sentence);
    if (list) list.push(item);
    else out.set(item.sentence, [item]);
  }
  return out;
}

/** The apology a refusal is welded to: in its sentence shortly before it, else the nearest one close by. */
function weldedApology(c: Candidate, bySentence: ReadonlyMap<number, Marker[]>): { marker: Marker; sameSentence: boolean } | null {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (let k = c.sentence - 1; k <= c.sentence + 1; k++) {
    for (const mk of bySentence.get(k) ?? []) {
      const before = mk.end <= c.start ? c.start - mk.end : Infinity;
      const after = mk.start >= c.end ? mk.start - c.end : Infinity;
      const overlapping = mk.start < c.end && mk.end > c.start ? 0 : Infinity;
      const distance = Math.min(before <= WELD_REACH ? before : Infinity, after <= WELD_REACH / 2 ? after : Infinity, overlapping);
      if (distance < bestDistance) {
        best = mk;
        bestDistance = distance;
      }
    }
  }
  return best ? { marker: best, sameSentence: best.sentence === c.sentence && best.start <= c.start } : null;
}

/** Keeps the apology-category candidates that the whole reply does not redeem. */
function judgeApologies(candidates: Candidate[], apologies: ReturnType<typeof findApologies>, judgment: ReplyJudgment): Candidate[] {
  const { live, notApology, blaming } = apologies;
  const kept: Candidate[] = [];
  const consumed = new Set<number>();
  // "Unfortunately you ignored the warnings. There's nothing we can do now.": the regret that introduces blame is
  // still regret welded to a refusal, though on its own it is not an empty apology.
  const welders = blaming.length ? [...live, ...blaming] : live;
  const bySentence = groupBySentence(welders);
  for (const c of candidates) {
    if (c.rule.when === 'always') kept.push(c);
    if (c.rule.when !== 'welded' || welders.length === 0) continue;
    const weld = weldedApology(c, bySentence);
    if (!weld || (c.rule.redeemedBy === 'any' ? judgment.anyHelp : judgment.strongHelp)) continue;
    if (weld.sameSentence) kept.push({ ...c, start: weld.marker.start });
    else {
      kept.push(c);
      consumed.add(weld.marker.start);
    }
  }
  if (live.length === 0 || judgment.anyHelp) return kept;
  for (const c of candidates) {
    if (c.rule.when === 'no-help' && !notApology.has(c.start) && !consumed.has(c.start)) kept.push(c);
    else if (c.rule.when === 'apology-no-help') kept.push(c);
  }
  return kept;
}

/** How far past a blaming phrase its clause may run: "you failed to provide the order number," is all lecture. */
const CLAUSE_REACH = 200;
const CLAUSE_END = /[,;.!?\n]/;

/**
 * The text with blaming clauses blanked: the words of a lecture ("again, please make sure…") are not help. A
 * rule that only blames when there is no help ('no-help') blanks its own words only: what follows them ("you're
 * required to verify your ID: tap Verify…") is exactly the help that may redeem it.
 */
function blanked(prepared: string, candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return prepared;
  const sorted = [...candidates].sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const c of sorted) {
    let end = c.end;
    const limit = c.rule.when === 'always' ? Math.min(prepared.length, c.end + CLAUSE_REACH) : end;
    while (end < limit && !CLAUSE_END.test(prepared[end]!)) end++;
    if (end <= at) continue;
    const s = Math.max(c.start, at);
    out += prepared.slice(at, s) + ' '.repeat(end - s);
    at = end;
  }
  return out + prepared.slice(at);
}

/**
 * A bare apology in the same sentence as a more specific apology flag (a refusal, a redirect…) says nothing the
 * specific flag doesn't: one card per problem.
 */
function withoutRedundantApologies(candidates: Candidate[]): Candidate[] {
  const specific = new Set(candidates.filter((c) => c.rule.when !== 'no-help').map((c) => c.sentence));
  return candidates.filter((c) => c.rule.when !== 'no-help' || !specific.has(c.sentence));
}

const GREETING = /^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?:\s+[^\s,!.?]{1,30}){0,3}\s*[,!]\s*|@\w{1,30}\s+)/i;

/** Where a sentence's content starts, past a leading "Hi Sam," or "@handle", so a rewrite keeps the greeting. */
function afterGreeting(prepared: string, start: number, end: number): number {
  const m = GREETING.exec(prepared.slice(start, Math.min(end, start + 80)));
  return m && start + m[0].length < end ? start + m[0].length : start;
}

/** Most specific first; a flag that overlaps an already kept flag of its category is dropped. */
function resolveOverlaps(candidates: Candidate[], length: number): Candidate[] {
  const sorted = [...candidates].sort(
    (x, y) => y.rule.priority - x.rule.priority || y.end - y.start - (x.end - x.start) || x.start - y.start,
  );
  const taken = new Map<string, Uint8Array>();
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let occ = taken.get(c.rule.category);
    if (!occ) taken.set(c.rule.category, (occ = new Uint8Array(length)));
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (occ[i]) free = false;
    if (!free) continue;
    occ.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** "Maria Lopez" → "Maria"; an e-mail address or a handle is no name to greet. */
function firstNameOf(name: string | undefined): string | undefined {
  const first = name?.trim().split(/\s+/)[0];
  return first && /^\p{Lu}[\p{L}'-]{1,30}$/u.test(first) ? first : undefined;
}

export function analyzeReply(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  if (typeof text !== 'string' || text.length === 0) return { flags: [] };
  const opts = options ?? {};
  const disabled = new Set(opts.disabledRules ?? []);
  const prepared = blankQuoted(foldTypography(text));
  const sentences = splitSentences(prepared);

  const lower = lowerAscii(prepared);
  const candidates = [...runRules(lower, sentences, disabled), ...runPlaybook(prepared, sentences, opts, disabled)];
  const blameFound = candidates.filter((c) => c.rule.category === 'customer-blame');
  const apology = candidates.filter((c) => c.rule.category === 'apology-without-help');
  // One judgment per reply, made only when a candidate depends on it; the blaming clauses are not help. It reads the
  // lower-cased text, as the rules do (its regexes have no `i` flag).
  let judgment: ReplyJudgment | undefined;
  const judge = () => (judgment ??= judgeReply(blanked(lower, blameFound), sentences));
  const blame = blameFound.filter((c) => c.rule.when === 'always' || !judge().anyHelp);
  const judgedApology = apology.length ? judgeApologies(apology, findApologies(lower, sentences, blame), judge()) : [];

  const canDo = opts.playbook?.canDo ?? [];
  let topic: Topic | null | undefined;
  const ticketTopic = () =>
    topic === undefined
      ? (topic = opts.ticket?.topic ?? classifyTopic({ subject: opts.ticket?.subject, thread: opts.ticket?.thread, reply: prepared }))
      : topic;
  const firstName = firstNameOf(opts.ticket?.requesterName);
  let rewrites = 0;
  const found = resolveOverlaps([...blame, ...withoutRedundantApologies(judgedApology)], text.length);
  // The judge is loaded apart (see types.ts): nothing of it is imported here, so the content script stays small.
  const decided = opts.judge ? opts.judge.decide(prepared, found, disabled) : found;
  const flags: Flag[] = decided.map((c) => {
    const sentenceStart = Math.min(afterGreeting(prepared, sentences.starts[c.sentence] ?? c.start, sentences.ends[c.sentence] ?? c.end), c.start);
    const sentenceEnd = Math.max(sentences.ends[c.sentence] ?? c.end, c.end);
    return {
      rule: c.rule.id,
      category: c.rule.category,
      start: c.start,
      end: c.end,
      match: text.slice(c.start, c.end),
      message: c.rule.message,
      why: c.rule.why,
      suggestions: renderSuggestions(c.rule.suggestions, {
        text,
        start: c.start,
        end: c.end,
        sentenceStart,
        sentenceEnd,
        canDo,
        markerSpans: !c.rule.id.startsWith('playbook:'),
        // Past MAX_REWRITES flags, templates only: no one fixes such a draft flag by flag, and hostile text stays fast.
        rule: rewrites++ < MAX_REWRITES ? c.rule.id : undefined,
        rewrite: opts.rewrite,
        prepared,
        topic: ticketTopic(),
        firstName,
      }),
    };
  });
  return { flags };
}

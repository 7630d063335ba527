/**
 * Whole-reply judgment: does the reply give the customer concrete help? Computed lazily, once per reply, only
 * when an apology-category candidate needs it. Help never spans sentences, so each signal is tried sentence by
 * sentence (each distinct sentence once, so repetitive hostile text stays linear), and the judgment stops at the
 * first signal that hits. Each signal's regex is built and compiled only when it is first tried: a reply whose
 * help is an action ("I've refunded…") never pays for compiling the instruction or question signals.
 *
 * The text is lower-cased in ASCII (lowerAscii, as the rules read it) and the signals' regexes carry no `i` flag:
 * their sources are lower case, and a case-insensitive regex costs V8 more to compile.
 */
import { PASSING_COMMITS, PASSING_ON, STRONG_HELP, WEAK_HELP, type HelpSignal } from './help-signals';
import { firstUse } from '../text/first-use';
import type { Sentences } from './sentences';

export interface ReplyJudgment {
  /** An action, commitment, alternative or request for details: enough even after a refusal. */
  readonly strongHelp: boolean;
  /** Strong help, or instructions / steps / a diagnostic question. */
  readonly anyHelp: boolean;
}

const WORD = /[a-z0-9]/;
const STOP = /[.!?\n]/;

interface Compiled {
  re: RegExp;
  signal: Exclude<HelpSignal, string> | null;
  notAfter: RegExp | null;
}

const compiled = new Map<HelpSignal, Compiled>();

function compile(signal: HelpSignal): Compiled {
  let c = compiled.get(signal);
  if (!c) {
    c =
      typeof signal === 'string'
        ? { re: new RegExp(signal, 'm'), signal: null, notAfter: null }
        : { re: new RegExp(signal.re, 'gm'), signal, notAfter: signal.notAfter ? new RegExp(signal.notAfter, 'y') : null };
    firstUse(c.re);
    if (c.notAfter) firstUse(c.notAfter);
    compiled.set(signal, c);
  }
  return c;
}

/** Past up to two lead phrases ("please", "if not,") and the spaces after them. */
function skipLead(signal: Exclude<HelpSignal, string>, text: string, at: number): number[] {
  const starts = [at];
  if (!signal.lead) return starts;
  for (let n = 0; n < 2; n++) {
    let end = signal.lead.endOfMatch(text, at);
    if (end < 0) break;
    while (end < text.length && (text[end] === ' ' || text[end] === ',')) end++;
    starts.push((at = end));
  }
  return starts;
}

function phraseFollows(c: Compiled, text: string, at: number): boolean {
  const signal = c.signal!;
  const check = (p: number) => {
    const end = signal.then.endOfMatch(text, p);
    if (end < 0) return false;
    if (!c.notAfter) return true;
    c.notAfter.lastIndex = end;
    return !c.notAfter.test(text);
  };
  for (const start of skipLead(signal, text, at)) {
    if (check(start)) return true;
    if (!signal.within) continue;
    // Any later word within reach, up to the end of the clause.
    const limit = Math.min(text.length, start + signal.within);
    for (let p = start + 1; p <= limit; p++) {
      if (STOP.test(text[p - 1]!)) break;
      if (WORD.test(text[p] ?? '') && !WORD.test(text[p - 1]!) && check(p)) return true;
    }
  }
  return false;
}

function hits(c: Compiled, sentence: string): boolean {
  if (!c.signal) return c.re.test(sentence);
  c.re.lastIndex = 0;
  for (let m = c.re.exec(sentence); m; m = c.re.exec(sentence)) {
    if (m[0].length === 0) c.re.lastIndex++;
    if (phraseFollows(c, sentence, m.index + m[0].length)) return true;
  }
  return false;
}

function anySignal(sentences: readonly string[], signals: readonly HelpSignal[]): boolean {
  for (const signal of signals) {
    const c = compile(signal);
    for (const sentence of sentences) if (hits(c, sentence)) return true;
  }
  return false;
}

let passingOn: RegExp | null = null;
let passingCommits: RegExp | null = null;
/** A sentence with its clauses of passing the case on blanked, unless the sentence gives a time or a next step. */
function withoutPassingOn(sentence: string): string {
  if (!passingOn) firstUse((passingOn = new RegExp(PASSING_ON, 'g')));
  if (!passingCommits) firstUse((passingCommits = new RegExp(PASSING_COMMITS, '')));
  passingOn.lastIndex = 0;
  if (!passingOn.test(sentence) || passingCommits.test(sentence)) return sentence;
  return sentence.replace(passingOn, (m) => ' '.repeat(m.length));
}

/** `text`: the reply lower-cased in ASCII (lowerAscii), blaming clauses blanked. */
export function judgeReply(text: string, sentences: Sentences): ReplyJudgment {
  let distinct: string[] | undefined;
  const units = () => {
    if (!distinct) {
      const seen = new Set<string>();
      for (let k = 0; k < sentences.count; k++) seen.add(withoutPassingOn(text.slice(sentences.starts[k]!, sentences.ends[k]!)));
      distinct = [...seen];
    }
    return distinct;
  };
  let strong: boolean | undefined;
  let any: boolean | undefined;
  return {
    get strongHelp() {
      strong ??= anySignal(units(), STRONG_HELP);
      return strong;
    },
    get anyHelp() {
      any ??= this.strongHelp || anySignal(units(), WEAK_HELP);
      return any;
    },
  };
}

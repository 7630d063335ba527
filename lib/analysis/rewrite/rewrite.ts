/**
 * rewriteSentence: the flagged sentence in the agent's own words, reshaped — the apology turned into ownership,
 * the refusal into "I can't … myself, but here's what I can do: …", the blame dropped for what helps — keeping
 * what they said (what is refused, the policy, the product, the customer's name). The offer comes from the
 * team's playbook options for the ticket's topic, else a next step the agent takes themselves; a blank is left
 * only where only the agent can know (the alternative to a refusal, with no playbook to say it).
 */
import { readSentence } from '../../language';
import type { Topic } from '../../topic';
import { asOption, nextStep } from './offers';
import { REWRITE_KINDS, type RewriteKind } from './kinds';
import { apologyObject, blamedAction, capital, hasVerb, joinParts, ownRefusal, softened, trimEnd, vocative, withoutApologies } from './reshape';

export const ALTERNATIVE_BLANK = '[what you can offer instead]';
export const WORKAROUND_BLANK = '[workaround steps]';

export interface RewriteSite {
  rule: string;
  /** The analysed text (typography-folded), and the sentence and flag spans in it. */
  text: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** Playbook options that fit the ticket, best first (offers.ts). */
  options: readonly string[];
  topic?: Topic | null;
  firstName?: string;
}

export interface Rewrite {
  label: string;
  text: string;
}

/** ", Eric" when the agent named the customer in the sentence (and the rewrite does not already). */
const withName = (s: string, name: string | null) => (name && !s.includes(name) ? `${s}, ${name}` : s);

function offer(site: RewriteSite, fallback: string, refused?: string): string {
  // "I can't cancel mid-term, but here's what I can do: cancel your plan today" contradicts itself: skip an option
  // that starts with the very verb refused.
  const verb = refused && /^I can't (\w+)/.exec(refused)?.[1]?.toLowerCase();
  const option = site.options.find((o) => !verb || asOption(o).split(/\s+/)[0]!.toLowerCase() !== verb);
  return option ? `here's what I can do: ${asOption(option)}` : fallback;
}

const LABELS: Record<RewriteKind, string> = {
  refusal: 'Own it and offer what you can',
  limitation: 'Own it and offer what you can',
  redirect: 'Make the hand-off yourself',
  apology: 'Apologise and act',
  repetition: 'Recap without the reminder',
  blame: 'Say it without blame',
};

/** Past this length a "sentence" is a run-on or hostile text: no rewrite of it would read as the agent's. */
export const MAX_SENTENCE = 600;

/**
 * Rewrites already made, by everything they depend on: the draft is analysed again at every pause, and only the
 * sentence being edited is new, so reading the others' grammar again would be wasted. Cleared when full.
 */
const made = new Map<string, Rewrite | null>();
const MAX_REMEMBERED = 500;

export function rewriteSentence(site: RewriteSite): Rewrite | null {
  const kind = REWRITE_KINDS[site.rule];
  if (!kind || site.sentenceEnd - site.sentenceStart > MAX_SENTENCE) return null;
  const sentence = site.text.slice(site.sentenceStart, site.sentenceEnd);
  const key = [site.rule, site.topic ?? '', site.firstName ?? '', site.options[0] ?? '', site.start - site.sentenceStart, site.end - site.sentenceStart, sentence].join('\u0000');
  const hit = made.get(key);
  if (hit !== undefined) return hit;
  if (made.size >= MAX_REMEMBERED) made.clear();
  const rewrite = rewriteFresh(kind, site, sentence);
  made.set(key, rewrite);
  return rewrite;
}

function rewriteFresh(kind: RewriteKind, site: RewriteSite, sentence: string): Rewrite | null {
  const name = vocative(sentence, site.firstName);
  const text = REWRITERS[kind](site, sentence, name);
  return text ? { label: LABELS[kind], text: capital(text) } : null;
}

/** A clause that is itself blame or exoneration: kept, it would carry the flag into the rewrite. */
const BLAMING = /\b(?:fault|blame|responsible|your (?:own )?(?:mistake|error)|you (?:should|must|failed|didn't|did not|ignored|forgot))\b/i;

type Rewriter = (site: RewriteSite, sentence: string, name: string | null) => string | null;

const dropName = (s: string, name: string | null) =>
  name ? s.replace(new RegExp(String.raw`^${name}\s*,\s*|\s*,\s*${name}(?=\s*[!.?]?\s*$)`), '') : s;

const REWRITERS: Record<RewriteKind, Rewriter> = {
  refusal(site, sentence, name) {
    const rest = trimEnd(dropName(withoutApologies(sentence) ?? sentence, name));
    if (!rest) return null;
    const owned = ownRefusal(rest) ?? rest;
    return `${withName(owned, name)}, but ${offer(site, `here's what I can do instead: ${ALTERNATIVE_BLANK}`, owned)}.`;
  },
  limitation(site, sentence, name) {
    const rest = trimEnd(dropName(withoutApologies(sentence) ?? sentence, name));
    if (!rest) return null;
    const owned = ownRefusal(rest) ?? rest;
    const yet = /\b(?:yet|right now|at the moment|currently|any further)\b/i.test(owned) ? '' : ' right now';
    return `${withName(owned + yet, name)}, but ${offer(site, `here's a workaround: ${WORKAROUND_BLANK}`, owned)}.`;
  },
  redirect(site, sentence, name) {
    const target = /\b(?:to|contact|visit|at|out)\s+((?:our|the|your)\s+(?:[\w'-]+\s+){0,3}?(?:team|support|department|partner|manufacturer|carrier|bank|provider|help\s+site|store|developer|issuer))\b/i.exec(sentence);
    const who = target ? target[1]!.replace(/^your\b/i, 'your').replace(/\bhelp\s+site\b/i, 'help team') : 'the right team';
    return withName(`I've passed this to ${who} for you with all the details, so there's no need to explain it again — I'll update you here as soon as I hear back`, name) + '.';
  },
  apology(site, sentence, name) {
    const step = site.options.length ? offer(site, '') : nextStep(site.topic);
    const what = apologyObject(dropName(sentence, name));
    if (what) return `${withName(`I'm sorry ${what}`, name)} — ${step}.`;
    // "Unfortunately Samsung adds aggressive power saving…": the explanation stays, the apology gives way to the step.
    const rest = trimEnd(softened(dropName(withoutApologies(sentence) ?? '', name))).replace(/^(?:hi|hello|hey|dear)\s+\w+\s*,\s*/i, '');
    if (rest && hasVerb(rest)) {
      const question = /\?\s*$/.test(sentence);
      return question ? `${withName(capital(rest), name)}? Either way, ${step}.` : `${withName(capital(rest), name)} — ${step}.`;
    }
    return `${withName("I'm sorry about this", name)} — ${step}.`;
  },
  repetition(site, sentence) {
    const a = site.start - site.sentenceStart;
    const b = site.end - site.sentenceStart;
    const flagged = sentence.slice(a, b);
    // "Here is the link again": the reminder is the one word.
    const again = /^(.*?\S)\s+(?:once\s+)?again$/i.exec(flagged);
    if (again && hasVerb(again[1]!)) return `${sentence.slice(0, a)}${again[1]}${sentence.slice(b)}`.trim();
    const before = sentence.slice(0, a).replace(/(?:[\s,;:—–-]|\b(?:but|and|so)\b)+$/i, '');
    const after = sentence.slice(b).replace(/^[\s,;:—–-]+/, '').replace(/^(?:that|to you)\s+/i, '');
    const lowered = after ? after.charAt(0).toLowerCase() + after.slice(1) : '';
    // "As I explained, you should have read the guide": the recap drops the reproach too.
    const advice = blamedAction(lowered);
    const tail = advice ? `${advice}.` : lowered;
    if (!tail || !readSentence(tail, 0, tail.length).clauses.some((c) => c.verb)) return before ? `${trimEnd(before)}.` : null;
    return before ? joinParts(before, tail) : `To recap, ${tail}`;
  },
  blame(site, sentence, name) {
    const read = readSentence(site.text, site.sentenceStart, site.sentenceEnd);
    const flaggedClause = read.clauses.find((c) => c.start < site.end && c.end > site.start);
    const [from, to] = flaggedClause ? [flaggedClause.start, flaggedClause.end] : [site.start, site.end];
    const clauseText = site.text.slice(from, to);
    const around = joinParts(site.text.slice(site.sentenceStart, from).replace(/[\s,;:—–-]+$/, ''), site.text.slice(to, site.sentenceEnd).replace(/^[\s,;:.!?—–-]+/, ''));
    const rest = dropName(trimEnd(withoutApologies(around) ?? around), name)
      .replace(/^(?:but|and|so|however|unfortunately)\b[\s,]*/i, '')
      .replace(/\s+(?:but|and|so)$/i, '')
      .replace(/\s*\(\s*[,;]?\s*\)/g, '');
    // What else the sentence says stays, unless it is more of the same ("Please don't blame us, this is not our fault").
    const kept = rest && !BLAMING.test(rest) && readSentence(rest, 0, rest.length).clauses.some((c) => c.verb && c.mood !== 'question') ? [rest] : [];
    const step = site.options.length ? offer(site, '') : null;
    const action = blamedAction(clauseText);
    const device = /\b(?:issue|problem|fault|setting)\s+(?:with|on|in)\s+(your\s+\w+)[,\s]+(?:and\s+)?not\s+(?:with\s+|in\s+)?([\w' -]{1,30}?)\s*[.!]?$/i.exec(trimEnd(clauseText));
    const first = /\byou(?:'re|\s+are)\s+the\s+(?:first|only\s+one)\s+to\s+(?:report|have|mention|see|experience)\s+(.+?)(?:\s+(?:and|but|so)\s.*)?$/i.exec(trimEnd(clauseText));
    const tooHard = /\btoo\s+(complicated|confusing|difficult|hard|complex|technical)\b/i.exec(clauseText);
    const how = /\b(?:understand|get|know|see)\s+(how\s+(?:my|our|the|this|it)\b[^,;]*)$/i.exec(trimEnd(clauseText));
    const point = /\bmissed\s+the\s+(?:whole\s+)?point\s+of\s+(.+)$/i.exec(trimEnd(clauseText));
    let lead: string;
    let asks = false;
    if (device) lead = `This looks like a setting on ${device[1]} rather than in ${trimEnd(device[2]!)} itself`;
    else if (action) lead = action;
    else if (first) lead = `Thanks for letting me know about ${/^(?:this|that|it)$/i.test(first[1]!) ? 'this' : first[1]}`;
    else if (tooHard) lead = `Let's make this less ${tooHard[1]!.toLowerCase()}: tell me which step you got stuck on and I'll walk you through it`;
    else if (how) lead = `Let me show you ${how[1]}: tell me which step you got stuck on and I'll walk you through it`;
    else if (point) lead = `Let me show you what ${point[1]} is built to do: tell me what you were trying to do and I'll walk you through it`;
    else if (softened(sentence) !== sentence) lead = dropName(softened(withoutApologies(sentence) ?? sentence), name);
    else if (kept.length) lead = joinParts(kept.join(', ').replace(/^(?:but|and|so)\s+/i, ''), '');
    else (lead = 'Thanks for telling me about this'), (asks = true);
    if ((tooHard || how || point) && !device && !action && !first)
      return site.options.length ? `${withName(trimEnd(lead), name)} — or, if you'd rather, I can ${asOption(site.options[0]!)}.` : `${withName(trimEnd(lead), name)}.`;
    if (action && !device && !first) return step ? `${withName(trimEnd(lead), name)} — ${step}.` : `${withName(trimEnd(lead), name)}.`;
    const help = step ?? (device || first || asks ? "I'd like to look into it with you: could you send me a screenshot of what you see?" : "I'm happy to walk you through it step by step if that helps");
    return `${withName(trimEnd(lead), name)} — ${help}${/\?$/.test(help) ? '' : '.'}`;
  },
};

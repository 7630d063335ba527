/**
 * A reader pass (issue 12, h47): the company's words quoted, then thrown back as a short question — the customer
 * says the claim is not true, in the register of tweets and chat rather than with "still" or "again".
 *
 *   'support chat closed with "issue resolved". resolved?? for who??'
 *   'they said "we've already compensated you." compensated? I'm still down $43'
 *   'Asked for a manager, got "I'll note that request." Noted where?'
 *
 * A quote, then within a sentence or two a short question (8 words or fewer) that repeats one of the quote's words
 * of 4 letters or more (by its stem: "noted" repeats "note") that claims a thing done (resolved, compensated, noted,
 * refunded, response…), not a status ("delivered", "in process", "something went wrong").
 *
 * Also: the same words quoted twice, the failure or the stock answer met again ("Upload photos -> 'upload failed'.
 * Try on wifi -> 'upload failed'.", 'Chat said "soon", email said "soon"'). Not one quote said once. Not a question that asks the quote's meaning politely
 * ("what does 'pending' mean?") nor a question without a word from the quote.
 */
import type { EffortSignal } from './types';

const QUOTE = /["“]([^"”\n]{2,80})["”]/g;
/** The text right after a quote, up to a short question: "… resolved??", ". What response??", " compensated?" */
const AFTER = /^[.!,;:]?["”]?\s{1,3}((?:[\w'$-]+[ ,]{1,2}){0,7}?[\w'-]+)\s?\?/;
const PLAIN = new Set(['what', 'which', 'where', 'when', 'that', 'this', 'with', 'have', 'your', 'from', 'they', 'them', 'there', 'will', 'been', 'were', 'about', 'just', 'then', 'here', 'please', 'does', 'mean', 'even', 'like', 'would', 'could', 'should', 'really', 'seriously', 'sorry']);
/** A polite ask about the quote's meaning, not a throw-back. */
const ASKS_MEANING = /\b(?:what does|what do you mean|what is meant|does (?:that|this|it) mean|means?\b|explain)/;

/** The words a claim that something was done uses: the echo must throw one of these back, not a status ("delivered", "in process"). */
const DONE = /^(?:resolv|fix|sort|solv|compensat|refund|credit|note|escalat|respon|repl|updat|clos|handl|reach|contact|investigat|review|cancel|remov|correct|apologi)/;

const stem = (w: string) => w.slice(0, Math.max(4, w.length - 3));

/** A quote in single marks, apart from apostrophes: "-> 'upload failed'." */
const SINGLE = /(?:^|[\s(>:-])['‘]([^'’\n]{3,60}?)['’](?=[\s.,!?;)]|$)/g;

/** The same words quoted twice (4 letters or more between the marks). */
function quotedTwice(original: string, lower: string): EffortSignal[] {
  const seen = new Map<string, number>();
  for (const re of [QUOTE, SINGLE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower)) !== null) {
      const said = m[1].replace(/[.,!?\s]+$/, '').trim();
      if (said.replace(/[^a-z]/g, '').length < 4) continue;
      const first = seen.get(said);
      const end = m.index + m[0].length;
      if (first !== undefined) return [{ id: 'unresolved', start: first, end, match: original.slice(first, end) }];
      seen.set(said, m.index);
    }
  }
  return [];
}

export function readQuoteEcho(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  if (!/["“'‘]/.test(lower)) return [];
  const twice = quotedTwice(original, lower);
  if (twice.length > 0) return twice;
  if (!/["“]/.test(lower) || !lower.includes('?')) return [];
  QUOTE.lastIndex = 0;
  let q: RegExpExecArray | null;
  while ((q = QUOTE.exec(lower)) !== null) {
    const end = q.index + q[0].length;
    const a = AFTER.exec(lower.slice(end, end + 120));
    if (a === null || ASKS_MEANING.test(a[1])) continue;
    const said = new Set(q[1].split(/[^\w']+/).filter((w) => w.length >= 4 && !PLAIN.has(w)).map(stem));
    if (said.size === 0) continue;
    const echoed = a[1].split(/[^\w']+/).some((w) => w.length >= 4 && !PLAIN.has(w) && DONE.test(w) && said.has(stem(w)));
    if (!echoed) continue;
    const stop = end + a.index + a[0].length;
    return [{ id: 'unresolved', start: q.index, end: stop, match: original.slice(q.index, stop) }];
  }
  return [];
}

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
 * (h78) Also a claim of done quoted, then what is so instead, with no question needed: '"your issue has been
 * resolved" - my issue being a double charge that is still very much on my statement' (claimedThenInstead below).
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

/**
 * (h78) A claim that the thing was done, quoted ('"your issue has been resolved"', "'refund processed'", "refunded
 * 'successfully'"), then in the rest of its sentence or the next two what is so instead: "- my issue being a double
 * charge that is still very much on my statement", "12 days. nothing.", "21 days later, no money.", "— no signal in
 * Istanbul". Not a delivery status ('says "delivered" but nothing came': our labelers read a first report there), not a
 * condition ("if it's not 'fixed' by Friday").
 */
const CLAIMED_DONE = /\b(?:fixed|resolved|processed|refunded|credited|sorted|solved|reversed|restored|corrected|applied|cancell?ed)\b/;
/** What is so instead of the claim. */
const INSTEAD =
  /\b(?:nothing|no (?:money|refund|credit|signal|change|difference|sign|payment)|not (?:fixed|resolved|sorted|solved|working|there|received|credited|refunded|reversed|applied|on my)|still\b|never\b|same (?:crash|problem|issue|fault|error|charge)|into the void|(?:isn'?t|wasn'?t|hasn'?t|didn'?t|doesn'?t|haven'?t|aren'?t) (?:been |even )?(?:fixed|resolved|sorted|working|work|there|arrived|received|credited|refunded|reversed|applied|showing|show|changed|gone))/;
const CLAIM_SENTENCE = /[^.!?\n]*[.!?\n]*/g;

function claimedThenInstead(original: string, lower: string): EffortSignal[] {
  for (const re of [QUOTE, SINGLE]) {
    re.lastIndex = 0;
    let q: RegExpExecArray | null;
    while ((q = re.exec(lower)) !== null) {
      // the claim in the quote, or a done word right before a quoted manner: refunded 'successfully'
      const before = lower.slice(Math.max(0, q.index - 20), q.index);
      if (!CLAIMED_DONE.test(q[1]) && !/\b(?:fixed|resolved|processed|refunded|credited|sorted|solved|reversed)\s*$/.test(before)) continue;
      const sentenceStart = Math.max(lower.lastIndexOf('.', q.index - 1), lower.lastIndexOf('\n', q.index - 1), lower.lastIndexOf('?', q.index - 1), lower.lastIndexOf('!', q.index - 1)) + 1;
      if (/\b(?:if|unless|when it'?s|once)\b/.test(lower.slice(sentenceStart, q.index))) continue;
      const end = q.index + q[0].length;
      // the rest of the quote's sentence and the next two
      CLAIM_SENTENCE.lastIndex = end;
      let rest = '';
      for (let k = 0; k < 3; k++) {
        const m = CLAIM_SENTENCE.exec(lower);
        if (m === null || m[0].length === 0) break;
        rest += m[0];
      }
      const instead = INSTEAD.exec(rest.slice(0, 300));
      if (instead === null) continue;
      const stop = end + instead.index + instead[0].length;
      return [{ id: 'unresolved', start: q.index, end: stop, match: original.slice(q.index, stop) }];
    }
  }
  return [];
}

export function readQuoteEcho(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  if (!/["“'‘]/.test(lower)) return [];
  const twice = quotedTwice(original, lower);
  if (twice.length > 0) return twice;
  const claimed = claimedThenInstead(original, lower);
  if (claimed.length > 0) return claimed;
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

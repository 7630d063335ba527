/**
 * Draft texts for the benchmarks: realistic support prose (mostly fine, a few flagged phrases) at a given
 * word count, and hostile inputs that punish backtracking and unbounded work.
 */
const SENTENCES = [
  'Thanks for getting back to me with the order number.',
  'I have checked the shipment and it left our warehouse on Tuesday.',
  'The tracking page should update within the next 24 hours.',
  "I'm sorry for the trouble, but there's nothing I can do about the carrier's delay.",
  'You can change the delivery address from the Orders page under Settings.',
  'As I already explained, you should have read the instructions before installing the update.',
  'I have issued a refund of the shipping fee to your original payment method.',
  'It usually takes three to five business days to appear on your statement.',
  'Unfortunately that is our policy and the decision is final.',
  'If the app still crashes, please send me a screenshot of the error and I will escalate it to our engineers.',
  'Your account is on the annual plan, which renews on the first of March.',
  'I have added a note to your account so the next agent sees the full history.',
  'We value your feedback and have passed it on to the team.',
  'Could you confirm the email address you used when you signed up?',
] as const;

export function realisticDraft(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length];
    out.push(sentence);
    count += sentence.split(' ').length;
    if (i % 4 === 3) out.push('\n\n');
  }
  return out.join(' ');
}

const KB100 = 100 * 1024;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Each 100 KB; every one is a known way to make a naive regex engine or tokenizer slow. */
export const HOSTILE_TEXTS: Record<string, string> = {
  'one character repeated': 'a'.repeat(KB100),
  'spaces only': ' '.repeat(KB100),
  'no spaces, mixed letters': repeatTo('sorryyoushouldhaveunfortunately', KB100),
  'thousands of apologies': repeatTo("I'm so sorry. We apologise. Unfortunately, sorry! ", KB100),
  'thousands of blame openers': repeatTo('You should have you should have as I said like I said ', KB100),
  'apostrophes and punctuation': repeatTo("'''...!!!???---,,,;;;", KB100),
  'one giant sentence': repeatTo('sorry but you ', KB100),
  'quote markers': repeatTo('> > > On wrote:\n', KB100),
  'emoji and surrogates': repeatTo('😀🙏🏽 sorry 👍 ', KB100),
  // The effort detector's laugh-or-sob-after-a-failure rule looks back up to 205 characters from every 😭 for a
  // failure word: a run of them with none is its worst case (h35: ~2.4x the worst text above, in one process).
  'a run of sobbing emoji': repeatTo('😭', KB100),
  // One short phrase that every effort check reads, said thousands of times with no sentence mark: each match's
  // sentence was the whole text (7 s before the detector kept 64 matches a signal and read at most 400 characters
  // around each).
  'one contact phrase, thousands of times': repeatTo('i emailed on 4 may ', KB100),
};

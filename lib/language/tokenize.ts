/**
 * Word tokens with their offsets in the original text. Contractions are split the way taggers expect
 * ("don't" → do + n't, "we'll" → we + 'll, "let's" → let + 's), and each piece carries its normal form
 * (n't → not, 'll → will, 'm → am, 're → are, 've → have, 'd → would), so later steps never care about spelling.
 */
export interface RawToken {
  text: string;
  /** Lower case, contraction pieces spelt out, curly apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

const TOKEN = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|@\w+|\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|am|pm|[a-z]{1,3})?|(?:[Rr]e-(?=[a-z]))?[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|[.!?]+|[,;:()"\-–—/>»→•*]|\S/gu;
const CLITIC: Readonly<Record<string, string>> = { "n't": 'not', "'ll": 'will', "'m": 'am', "'re": 'are', "'ve": 'have', "'d": 'would', "'s": "'s" };
const NEG_STEM: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  // Only the sentence is scanned (never the text up to it: that made a long text's sentences quadratic).
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const t = m[0];
    const start = from + m.index;
    const c = t.charCodeAt(0);
    if (/^(?:https?:|www\.)/i.test(t) || t.includes('@') || (!/[\w]/.test(t) && !/[.!?,;:()"\-–—/>»→•*]/.test(t))) {
      out.push({ text: t, norm: t.toLowerCase(), start, end: start + t.length, kind: 'symbol' });
    } else if (c >= 48 && c <= 57) {
      out.push({ text: t, norm: t.toLowerCase(), start, end: start + t.length, kind: 'number' });
    } else if (!/[A-Za-z\u00C0-\u024F]/.test(t)) {
      out.push({ text: t, norm: t, start, end: start + t.length, kind: 'punct' });
    } else pushWord(out, t, start);
  }
  return out;
}

function pushWord(out: RawToken[], t: string, start: number): void {
  const lower = t.toLowerCase().replace(/’/g, "'");
  const neg = /n't$/.exec(lower);
  if (neg && lower.length > 3) {
    const stem = lower.slice(0, -3);
    out.push({ text: t.slice(0, -3), norm: NEG_STEM[stem] ?? stem, start, end: start + t.length - 3, kind: 'word' });
    out.push({ text: t.slice(-3), norm: 'not', start: start + t.length - 3, end: start + t.length, kind: 'word' });
    return;
  }
  const clitic = /'(?:ll|m|re|ve|d|s)$/.exec(lower);
  if (clitic && clitic.index > 0) {
    const cut = clitic.index;
    out.push({ text: t.slice(0, cut), norm: lower.slice(0, cut), start, end: start + cut, kind: 'word' });
    out.push({ text: t.slice(cut), norm: CLITIC[clitic[0]]!, start: start + cut, end: start + t.length, kind: 'word' });
    return;
  }
  out.push({ text: t, norm: lower === 'cannot' ? 'cannot' : lower, start, end: start + t.length, kind: 'word' });
}

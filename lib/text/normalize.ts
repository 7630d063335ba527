/**
 * Folds typographic variants to their plain form, one UTF-16 unit for one, so that every offset found in the
 * folded text is valid in the original. Case is left alone: patterns match case-insensitively.
 */
const FOLD: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u02BC': "'", // ʼ
  '\uFF07': "'", // ＇
  '\u0060': "'", // `
  '\u00B4': "'", // ´
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u2033': '"', // ″
  '\u00A0': ' ', // no-break space
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

export function foldTypography(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLD[ch] ?? ch);
}

/** ASCII letters lower-cased, nothing else touched: offsets stay valid (String#toLowerCase can change lengths). */
export function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : text;
}

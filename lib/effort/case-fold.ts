/**
 * Whether a case-insensitive pattern can be matched without the `i` flag against text lower-cased in ASCII
 * (lowerAscii), finding exactly what it finds with the flag on the text itself. V8 compiles such an expression in
 * about half the time, and on a page's first detection compiling the rules' expressions is most of the cost.
 *
 * Without `u`, the `i` flag folds case per code unit and never maps a non-ASCII character to an ASCII one, so the
 * two agree whenever the pattern names no ASCII capital (not even inside a range such as `[!-Z]`), no cased
 * non-ASCII letter, and uses no escape whose meaning could depend on case (backreferences, `\u`, `\x`, `\c`, `\p`).
 * Anything else keeps its `i` flag: this only says no where it cannot be sure.
 */
const SAFE_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 'r', 't', 'f', 'v']);

const isCased = (c: string) => c.toLowerCase() !== c.toUpperCase();
const isAsciiCapital = (code: number) => code >= 65 && code <= 90;

export function matchesLowerCased(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const code = source.charCodeAt(i);
    if (c === '\\') {
      const e = source[++i];
      if (e === undefined || (/[a-zA-Z0-9]/.test(e) && !SAFE_ESCAPES.has(e))) return false;
      if (inClass && source[i + 1] === '-' && source[i + 2] !== ']') return false; // a range from an escape
      continue;
    }
    if (isAsciiCapital(code) || (code >= 128 && isCased(c))) return false;
    if (inClass) {
      if (c === ']') inClass = false;
      else if (source[i + 1] === '-' && i + 2 < source.length && source[i + 2] !== ']') {
        // A range: its ends are plain characters here (an escaped end fails above on the next turn, or is punctuation).
        const to = source[i + 2] === '\\' ? -1 : source.charCodeAt(i + 2);
        if (to < 0 || (code <= 90 && to >= 65)) return false;
        for (let k = Math.max(code, 128); k <= to; k++) if (isCased(String.fromCharCode(k))) return false;
        i += 2;
      }
    } else if (c === '[') inClass = true;
  }
  return true;
}

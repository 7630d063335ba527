/** Reading a regular expression's source (the syntax the rules use, no `u` or `v` flag): shared by anchors.ts and match-length.ts. */

/**
 * A group's head, read from just after its '(': where its body starts, and whether the group matches nothing
 * (a lookahead or lookbehind). Named and non-capturing heads are skipped.
 */
export function groupHead(src: string, at: number): { body: number; zeroWidth: boolean } {
  if (src.startsWith('?:', at)) return { body: at + 2, zeroWidth: false };
  if (src.startsWith('?=', at) || src.startsWith('?!', at)) return { body: at + 2, zeroWidth: true };
  if (src.startsWith('?<=', at) || src.startsWith('?<!', at)) return { body: at + 3, zeroWidth: true };
  if (src.startsWith('?<', at)) return { body: src.indexOf('>', at) + 1, zeroWidth: false };
  return { body: at, zeroWidth: false };
}

/** The index of the ']' that closes the character class opened at `at`. */
export function classEnd(src: string, at: number): number {
  let end = at + 1;
  while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
  return end;
}

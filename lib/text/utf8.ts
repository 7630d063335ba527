/**
 * Bytes read as UTF-8, strictly: a file in another encoding is refused, never guessed at, because a lenient
 * decoder stores U+FFFD in place of every character it cannot read and nobody notices until it is too late.
 */
export type Utf8Result = { ok: true; text: string } | { ok: false; looksLike: 'utf-16' | 'other' };

/** A UTF-16 byte-order mark, or ASCII text with every other byte zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 512);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 4;
}

export function decodeUtf8Strictly(bytes: Uint8Array): Utf8Result {
  // A UTF-8 byte-order mark is dropped (ignoreBOM false), as editors on Windows write one.
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, looksLike: looksLikeUtf16(bytes) ? 'utf-16' : 'other' };
  }
}

/** Thrown by readers of files that must be UTF-8; the page turns `looksLike` into its message. */
export class NotUtf8Error extends Error {
  override name = 'NotUtf8Error';
  constructor(readonly looksLike: 'utf-16' | 'other') {
    super(`The file is not UTF-8 text${looksLike === 'utf-16' ? ' (it is UTF-16)' : ''}.`);
  }
}

/** The text of a file that must be UTF-8; throws NotUtf8Error. */
export function utf8TextOf(bytes: Uint8Array): string {
  const decoded = decodeUtf8Strictly(bytes);
  if (!decoded.ok) throw new NotUtf8Error(decoded.looksLike);
  return decoded.text;
}

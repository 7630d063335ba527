/** Saves text as a file through a Blob URL: nothing leaves the machine. */
export function downloadText(filename: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; revoke on the next turn rather than at once (Firefox).
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function fileStamp(at = Date.now()): string {
  return new Date(at).toISOString().slice(0, 10);
}

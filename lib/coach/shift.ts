import type { KeyedFlag } from './flag-key';

/** The one edited region that turns `before` into `after`: common prefix and suffix left out. */
export function editedRegion(before: string, after: string): { start: number; removed: number; inserted: number } {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, removed: before.length - start - tail, inserted: after.length - start - tail };
}

/**
 * Carries flags across an edit made before the next analysis, so that underlines follow the text while the
 * agent types: flags after the edit move by its length, flags it touches are dropped until the next analysis.
 */
export function shiftFlags(flags: readonly KeyedFlag[], before: string, after: string): KeyedFlag[] {
  if (before === after) return [...flags];
  const { start, removed, inserted } = editedRegion(before, after);
  const editEnd = start + removed;
  const delta = inserted - removed;
  const out: KeyedFlag[] = [];
  for (const f of flags) {
    if (f.end <= start) out.push(f);
    else if (f.start >= editEnd && (removed > 0 || f.start > start)) {
      out.push({
        ...f,
        start: f.start + delta,
        end: f.end + delta,
        suggestions: f.suggestions.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta })),
      });
    }
  }
  return out;
}

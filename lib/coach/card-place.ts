/**
 * Where a flag's card goes: never over the flagged words, and never over the customer's latest message when
 * another place fits; below the words, else beside them, else above; always inside the viewport, its height cut
 * to the room it has (it scrolls inside itself), so that at any zoom every rewrite and button can be reached.
 */
import type { Box } from '../highlight/rects';

export interface CardPlace {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
  side: 'below' | 'right' | 'left' | 'above';
}

export interface CardPlaceInput {
  /** The flagged words, one box per line, in the viewport. */
  words: readonly Box[];
  /** The card's whole size, before any cut. */
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  /** What the card should leave in sight: the customer's latest message. */
  keepClear?: readonly Box[];
}

const MARGIN = 8;
const GAP = 6;
/** Room under which a place is too cramped to read in, while a roomier one exists. */
const USEFUL = 160;

const overlaps = (a: Box, b: Box) =>
  Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left) > 0 &&
  Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top) > 0;

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

export function placeCard({ words, size, viewport, keepClear = [] }: CardPlaceInput): CardPlace | null {
  if (words.length === 0) return null;
  const vw = viewport.width;
  const vh = viewport.height;
  const width = Math.max(0, Math.min(size.width, vw - 2 * MARGIN));
  const top = Math.min(...words.map((w) => w.top));
  const bottom = Math.max(...words.map((w) => w.top + w.height));
  const left = Math.min(...words.map((w) => w.left));
  const right = Math.max(...words.map((w) => w.left + w.width));
  const first = words.find((w) => w.top === top) ?? words[0]!;
  const fullRoom = vh - 2 * MARGIN;
  const besideTop = (room: number) => clamp(top, MARGIN, vh - MARGIN - Math.min(size.height, room));

  type Candidate = CardPlace & { room: number };
  const candidates: Candidate[] = [];
  const belowTop = bottom + GAP;
  candidates.push({ side: 'below', left: clamp(first.left, MARGIN, vw - MARGIN - width), top: belowTop, width, room: vh - MARGIN - belowTop, maxHeight: 0 });
  if (right + GAP + width <= vw - MARGIN) candidates.push({ side: 'right', left: right + GAP, top: besideTop(fullRoom), width, room: fullRoom, maxHeight: 0 });
  if (left - GAP - width >= MARGIN) candidates.push({ side: 'left', left: left - GAP - width, top: besideTop(fullRoom), width, room: fullRoom, maxHeight: 0 });
  const aboveRoom = top - GAP - MARGIN;
  candidates.push({
    side: 'above',
    left: clamp(first.left, MARGIN, vw - MARGIN - width),
    top: top - GAP - Math.min(size.height, aboveRoom),
    width,
    room: aboveRoom,
    maxHeight: 0,
  });

  const boxOf = (c: Candidate): Box => ({ left: c.left, top: c.top, width: c.width, height: Math.min(size.height, c.room) });
  const offWords = (c: Candidate) => !words.some((w) => overlaps(boxOf(c), w));
  // Each place, and the same place slid sideways past what it should leave clear (still inside the window).
  const slid = candidates.flatMap((c) => [
    c,
    ...keepClear.flatMap((k) =>
      [k.left + k.width + GAP, k.left - GAP - width]
        .filter((x) => x >= MARGIN && x + width <= vw - MARGIN)
        .map((x) => ({ ...c, left: x })),
    ),
  ]).filter(offWords);
  const clear = (c: Candidate) => !keepClear.some((k) => overlaps(boxOf(c), k));
  const fits = (c: Candidate) => c.room >= size.height;
  const roomiest = (cs: Candidate[]) => cs.reduce<Candidate | undefined>((best, c) => (!best || c.room > best.room ? c : best), undefined);
  // Where nothing keeps all of it clear: the place that covers the least of it.
  const covered = (c: Candidate) => keepClear.reduce((sum, k) => sum + overlapArea(boxOf(c), k), 0);
  const leastCovering = (cs: Candidate[]) => cs.reduce<Candidate | undefined>((best, c) => (!best || covered(c) < covered(best) ? c : best), undefined);
  const chosen =
    slid.find((c) => fits(c) && clear(c)) ??
    roomiest(slid.filter((c) => clear(c) && c.room >= USEFUL)) ??
    leastCovering(slid.filter(fits)) ??
    roomiest(slid) ??
    roomiest(candidates)!;
  const { room, ...place } = chosen;
  return { ...place, maxHeight: Math.max(0, Math.min(size.height, room)) };
}

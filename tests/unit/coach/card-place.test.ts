import { expect, test } from 'vitest';
import { placeCard, type CardPlace } from '../../../lib/coach/card-place';
import type { Box } from '../../../lib/highlight/rects';

const overlaps = (a: Box, b: Box) =>
  Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left) > 0 &&
  Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top) > 0;
const boxOf = (p: CardPlace): Box => ({ left: p.left, top: p.top, width: p.width, height: p.maxHeight });
const inside = (p: CardPlace, vw: number, vh: number) => p.left >= 0 && p.top >= 0 && p.left + p.width <= vw && p.top + p.maxHeight <= vh;

const size = { width: 340, height: 460 };
const word = (left: number, top: number, width = 120): Box => ({ left, top, width, height: 20 });

test('below the words where the card fits there', () => {
  const p = placeCard({ words: [word(100, 100)], size, viewport: { width: 1280, height: 720 } })!;
  expect(p.side).toBe('below');
  expect(p.top).toBeGreaterThan(120);
  expect(p.maxHeight).toBe(460);
});

test('beside the words, not above them over the customer\'s latest message, when below is too short', () => {
  const latest: Box = { left: 24, top: 250, width: 516, height: 140 };
  const words = [word(420, 400)];
  const p = placeCard({ words, size, viewport: { width: 1280, height: 720 }, keepClear: [latest] })!;
  expect(p.side).toBe('right');
  expect(overlaps(boxOf(p), latest)).toBe(false);
  expect(overlaps(boxOf(p), words[0]!)).toBe(false);
  expect(inside(p, 1280, 720)).toBe(true);
  expect(p.maxHeight).toBe(460);
});

test('below, cut to scroll, rather than over the latest message when nothing else keeps it clear', () => {
  const latest: Box = { left: 24, top: 250, width: 1000, height: 140 };
  const words = [word(60, 400)];
  const p = placeCard({ words, size, viewport: { width: 1280, height: 720 }, keepClear: [latest] })!;
  expect(p.side).toBe('below');
  expect(overlaps(boxOf(p), latest)).toBe(false);
  expect(p.maxHeight).toBe(720 - 8 - 426);
});

test('over the latest message only when no other place can hold it', () => {
  // Words spanning the whole width low on the page: no room beside, little below.
  const words = [word(8, 560, 1260)];
  const latest: Box = { left: 0, top: 300, width: 1280, height: 200 };
  const p = placeCard({ words, size, viewport: { width: 1280, height: 720 }, keepClear: [latest] })!;
  // Above has 546 px, holding the whole card, but over the message; below has 126 px: too cramped.
  expect(p.side).toBe('above');
  // With a smaller message far up, above keeps it clear, cut to the room left (it scrolls).
  const q = placeCard({ words, size, viewport: { width: 1280, height: 720 }, keepClear: [{ left: 0, top: 0, width: 1280, height: 60 }] })!;
  expect(q.side).toBe('above');
  expect(overlaps(boxOf(q), { left: 0, top: 0, width: 1280, height: 60 })).toBe(false);
});

test('at 200% zoom (640 × 360 CSS px) the card stays inside the viewport, cut to scroll, off the words', () => {
  for (const top of [10, 120, 170, 330]) {
    const words = [word(40, top, 300)];
    const p = placeCard({ words, size, viewport: { width: 640, height: 360 } })!;
    expect(inside(p, 640, 360), `words at ${top}: ${JSON.stringify(p)}`).toBe(true);
    expect(overlaps(boxOf(p), words[0]!)).toBe(false);
    expect(p.maxHeight).toBeGreaterThan(100);
  }
});

test('narrower than the viewport on a phone-width window', () => {
  const p = placeCard({ words: [word(10, 50, 100)], size, viewport: { width: 300, height: 600 } })!;
  expect(p.width).toBe(284);
  expect(inside(p, 300, 600)).toBe(true);
});

test('words on several lines: never over any of them', () => {
  const words = [word(400, 300, 500), word(20, 322, 300)];
  const p = placeCard({ words, size, viewport: { width: 1280, height: 720 } })!;
  for (const w of words) expect(overlaps(boxOf(p), w)).toBe(false);
});

test('no words on screen: no place', () => {
  expect(placeCard({ words: [], size, viewport: { width: 1280, height: 720 } })).toBeNull();
});

test('slid sideways past the customer\'s words when its usual place would cover them', () => {
  // The reply above the thread (newest first): below the words is the customer's message, on the left.
  const latest: Box = { left: 8, top: 226, width: 296, height: 22 };
  const words = [word(12, 70, 270)];
  const p = placeCard({ words, size: { width: 340, height: 470 }, viewport: { width: 1280, height: 720 }, keepClear: [latest] })!;
  expect(overlaps(boxOf(p), latest)).toBe(false);
  expect(overlaps(boxOf(p), words[0]!)).toBe(false);
  expect(p.maxHeight).toBe(470);
  expect(inside(p, 1280, 720)).toBe(true);
});

test('where no place keeps the whole message clear, the one covering the least of it', () => {
  // A message as wide as the column: its short first line can still be left in sight.
  const message: Box[] = [
    { left: 8, top: 226, width: 296, height: 22 },
    { left: 8, top: 250, width: 1200, height: 22 },
    { left: 8, top: 274, width: 1200, height: 22 },
  ];
  const words = [word(12, 70, 270)];
  const p = placeCard({ words, size: { width: 340, height: 470 }, viewport: { width: 1280, height: 720 }, keepClear: message })!;
  expect(overlaps(boxOf(p), message[0]!)).toBe(false);
  expect(overlaps(boxOf(p), words[0]!)).toBe(false);
  expect(inside(p, 1280, 720)).toBe(true);
});

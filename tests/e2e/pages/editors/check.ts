/**
 * The check every editor kind passes (lib/editors; run by tests/e2e/editors-coaching.test.ts): type a reply →
 * underlines over the right words → scroll the page and inside the editor (underlines follow the words and never
 * leave the editor's visible box) → apply a rewrite → the editor's own API reads the change once → one Ctrl+Z
 * restores exactly what was typed → typing again re-flags. A plain function of a driver, so that any browser
 * harness (Playwright's Chromium, WebDriver BiDi's Firefox) can run it.
 */
import { expect } from 'vitest';
import { plain, type Box } from './driver';

export interface EditorDriver {
  /** The fixture's name, for messages. */
  readonly kind: string;
  /** Clicks into the editor. */
  focus(): Promise<void>;
  /** Types at the caret, as a person would ("\n" presses Enter). */
  typeKeys(text: string): Promise<void>;
  /** Key presses in the focused editor ("Control+z"). */
  press(keys: string): Promise<void>;
  /** The text as the editor's own API reads it. */
  text(): Promise<string>;
  /** The overlay's underlines: each flag's key and its box on the page. */
  underlineBoxes(): Promise<{ key: string; box: Box }[]>;
  /** The page box of the first occurrence of a phrase in the editor, measured with the page's own Range. */
  wordsBox(phrase: string): Promise<Box | null>;
  scrollPage(y: number): Promise<void>;
  /** Scrolls the editor's own scroll box; returns that box's visible part on the page. */
  scrollEditor(to: 'top' | 'end'): Promise<Box>;
  /**
   * Opens the card of the flag with this key (hovering its underline), reads it for a moment as an agent does,
   * and clicks its first suggestion; returns the suggestion, where the card was and where the flag's underlines
   * were while it was open.
   */
  applyFirstSuggestion(key: string): Promise<{ suggestion: string; card: Box; words: Box[] }>;
}

const LINES = [
  'Hi Sam,',
  'Thanks for writing in about order 4411.',
  'I checked the shipment.',
  'It left our warehouse on Monday.',
  'The carrier scanned it twice.',
  'It is now at the depot.',
  'The depot is near your town.',
  'Delivery is planned for Friday.',
];
export const CHECK_DRAFT = `${LINES.join('\n')}\nI'm sorry, but there's nothing I can do. You should have read the instructions.`;
const MORE = ' As I already explained, the label is in the box.';

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box, slop = 1.5) =>
  a.x >= b.x - slop && a.y >= b.y - slop && a.x + a.width <= b.x + b.width + slop && a.y + a.height <= b.y + b.height + slop;
const wordsOf = (key: string) => key.split('|')[1]!;
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Every underline lies over its flag's words, and inside `area` when given. */
async function underlinesOverWords(d: EditorDriver, area?: Box): Promise<number> {
  const lines = await d.underlineBoxes();
  for (const { key, box } of lines) {
    if (area) expect(inside(box, area), `${d.kind}: underline of "${wordsOf(key)}" outside the editor's box`).toBe(true);
    const words = await d.wordsBox(wordsOf(key));
    expect(words, `${d.kind}: "${wordsOf(key)}" in the editor`).not.toBeNull();
    expect(overlaps(box, words!), `${d.kind}: underline over "${wordsOf(key)}"`).toBe(true);
  }
  return lines.length;
}

export async function checkEditor(d: EditorDriver): Promise<void> {
  const poll = { timeout: 8000 };
  await d.focus();
  await d.typeKeys(CHECK_DRAFT);
  await expect.poll(async () => (await d.underlineBoxes()).length, poll).toBeGreaterThanOrEqual(1);
  expect(plain(await d.text())).toBe(plain(CHECK_DRAFT));
  await underlinesOverWords(d);

  // The page scrolls: the underlines follow their words.
  await d.scrollPage(80);
  await expect.poll(() => underlinesOverWords(d).then(() => true).catch(() => false), poll).toBe(true);

  // The editor scrolls inside its own box: its flagged last line leaves the box, and so do the underlines.
  const top = await d.scrollEditor('top');
  await expect.poll(async () => (await d.underlineBoxes()).every(({ box }) => inside(box, top, 1.5)), poll).toBe(true);
  const end = await d.scrollEditor('end');
  await expect.poll(async () => (await d.underlineBoxes()).length, poll).toBeGreaterThanOrEqual(1);
  await expect.poll(() => underlinesOverWords(d, end).then(() => true).catch(() => false), poll).toBe(true);

  // Apply a rewrite: the editor's own API reads it, once, in place of the flagged words.
  const lines = await d.underlineBoxes();
  const key = lines[0]!.key;
  const { suggestion: raw, card, words } = await d.applyFirstSuggestion(key);
  const suggestion = plain(raw);
  // The card never hides the words it explains.
  for (const box of words) expect(overlaps(card, box), `${d.kind}: card ${JSON.stringify(card)} over "${wordsOf(key)}" ${JSON.stringify(box)}`).toBe(false);
  await expect.poll(async () => plain(await d.text()), poll).not.toBe(plain(CHECK_DRAFT));
  const applied = plain(await d.text());
  expect(count(applied.toLowerCase(), suggestion.toLowerCase().slice(0, 24)), `${d.kind}: the rewrite once in "${applied}"`).toBe(1);
  expect(applied.toLowerCase()).not.toContain(wordsOf(key));
  await expect.poll(async () => (await d.underlineBoxes()).some((u) => u.key === key), poll).toBe(false);

  // One Ctrl+Z restores exactly what was typed, and its flag.
  await d.press('Control+z');
  await expect.poll(async () => plain(await d.text()), poll).toBe(plain(CHECK_DRAFT));
  await expect.poll(async () => (await d.underlineBoxes()).some((u) => u.key === key), poll).toBe(true);

  // Typing again is coached again.
  await d.press('Control+End');
  await d.typeKeys(MORE);
  await expect.poll(async () => plain(await d.text()), poll).toBe(plain(CHECK_DRAFT + MORE));
  await expect.poll(async () => (await d.underlineBoxes()).some((u) => /already explained/.test(wordsOf(u.key))), poll).toBe(true);
}

/**
 * One editor page's coaching, as a scenario over the e2e driver, so that it runs in Chromium and in Firefox:
 * underlines over the editor, the card on hover, a one-click rewrite read back through the editor's own API,
 * Ctrl+Z, dismiss.
 */
import { expect } from 'vitest';
import { inOverlay, type DriverPage } from '../../harness/drivers';
import { editorFixture, overlaps, plain, type EditorKindPage } from './driver';

const DRAFT = "Hi Sam, I'm sorry, but there's nothing I can do. You should have read the instructions.";
const UNDERLINE = inOverlay('[data-flag-rule]');
const CARD = inOverlay('[role="dialog"]');
const withKey = (key: string) => inOverlay(`[data-flag-key="${key}"]`);
const center = (b: { x: number; y: number; width: number; height: number }) => [b.x + b.width / 2, b.y + b.height / 2] as const;

/** Where the agent clicks to type: the editable element, or the iframe of an editor that edits in one. */
const editableOf = (kind: EditorKindPage) => {
  const fixture = editorFixture(kind);
  return fixture.frame ?? fixture.editable;
};

/**
 * Waits until the editor's own undo history holds the rewrite, on pages that tell (`window.undoSteps`). Jodit
 * records a step 100-200 ms after a change, a paste of the agent's own included: a Ctrl+Z sent sooner, faster
 * than a person who read the rewrite can press it, would undo the step before (the typing) instead.
 */
async function rewriteInHistory(undoSteps: () => Promise<number | null>, before: number | null, poll: { timeout: number }): Promise<void> {
  if (before === null) return;
  await expect.poll(undoSteps, poll).toBeGreaterThan(before);
}

export async function coachInEditor(page: DriverPage, kind: EditorKindPage, url: string, screenshot?: string): Promise<void> {
  const text = () => page.evaluate(() => (window as unknown as { readEditorText: () => string }).readEditorText()).then(plain);
  const undoSteps = () => page.evaluate(() => (window as { undoSteps?: () => number }).undoSteps?.() ?? null);
  await page.setViewport(1000, 700);
  await page.goto(url);
  await expect
    .poll(() => page.evaluate(() => typeof (window as { readEditorText?: unknown }).readEditorText === 'function' && ((window as { editorReady?: boolean }).editorReady ?? true)), { timeout: 15_000 })
    .toBe(true);
  await expect.poll(() => page.count(editableOf(kind)), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.click(editableOf(kind));
  await page.type(DRAFT);
  await expect.poll(() => page.count(UNDERLINE), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  expect(await text()).toBe(DRAFT);

  // The first underline is drawn over the editor and names a category.
  const key = (await page.attribute(UNDERLINE, 'data-flag-key'))!;
  expect(await page.attribute(UNDERLINE, 'data-flag-category')).toMatch(/^(apology-without-help|customer-blame)$/);
  const underline = (await page.box(UNDERLINE))!;
  expect(overlaps(underline, (await page.box(editableOf(kind)))!)).toBe(true);

  // Hovering the words opens the flag's card.
  await page.mouseMove(...center(underline));
  await expect.poll(() => page.count(CARD), { timeout: 5000 }).toBe(1);
  if (screenshot) await page.screenshot(screenshot);

  // One click applies the first suggestion, through the editor: its own API reads the new text. An agent reads the
  // card first; editors merge edits made within about a second into one undo step (Quill's history delay), so
  // without that pause Ctrl+Z could take back the end of the typing with the rewrite.
  await new Promise((r) => setTimeout(r, 1200));
  const suggestion = inOverlay('[role="dialog"] button.aa-suggestion');
  const replacement = plain((await page.text(inOverlay('[role="dialog"] button.aa-suggestion .aa-suggestion-text')))!);
  const steps = await undoSteps();
  await page.click(suggestion);
  await expect.poll(text, { timeout: 5000 }).not.toBe(DRAFT);
  expect((await text()).toLowerCase()).toContain(replacement.toLowerCase().slice(0, 12));
  await expect.poll(() => page.count(withKey(key)), { timeout: 5000 }).toBe(0);

  // Ctrl+Z in the editor restores the flagged words.
  await rewriteInHistory(undoSteps, steps, { timeout: 5000 });
  await page.press('Control+z');
  await expect.poll(text, { timeout: 5000 }).toBe(DRAFT);
  await expect.poll(() => page.count(withKey(key)), { timeout: 5000 }).toBeGreaterThan(0);

  // Dismiss hides that flag and leaves the text alone.
  await page.mouseMove(5, 5);
  await page.mouseClick(...center((await page.box(withKey(key)))!));
  await expect.poll(() => page.count(CARD), { timeout: 5000 }).toBe(1);
  await page.click(inOverlay('[role="dialog"] .aa-card-footer button.aa-link'));
  await expect.poll(() => page.count(withKey(key)), { timeout: 5000 }).toBe(0);
  expect(await text()).toBe(DRAFT);
}

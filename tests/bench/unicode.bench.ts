/**
 * 1 MB of exotic Unicode in a reply editor (zero-width joiners, RTL overrides, emoji sequences, lone surrogates,
 * combining marks): what the extension adds to each keystroke, against the same page in the same Chromium with
 * no extension. Real Chromium, the e2e build, a textarea.
 */
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../../lib/cli/chromium';
import { launchWithExtension } from '../e2e/harness/browser';
import { ensureE2eBuild } from '../e2e/harness/build';
import { DRAFT_WORK_MEASURE } from '../../lib/coach/draft-session';
import { chromiumPath } from '../e2e/harness/paths';
import { servePages } from '../e2e/harness/server';
import { percentiles, type BenchMeasure, type BenchSection } from './section';

const UNIT =
  "Sorry 👩‍👩‍👧‍👦 \u202Eevil\u202C 🏳️‍🌈 x\u200Dy \uD800 \uDC00 🇫🇷 नमस्ते עברית e\u0301\u0301\u0301 \u2067isolate\u2069 " +
  "but there's nothing I can do. ";

export function exoticText(bytes = 1024 * 1024): string {
  let text = '';
  while (text.length < bytes / 2) text += UNIT;
  return text;
}

/** Puts the text in the editor as a paste would, then types `keys` characters; ms from each key to the next frame. */
async function keystrokes(page: Page, keys: number): Promise<{ perKey: number[]; coachPerKey: number[]; longestTask: number; longestCoachWork: number }> {
  await page.evaluate((name) => {
    const w = window as { longest?: number; coachWork?: number; longestCoach?: number };
    w.longest = 0;
    w.coachWork = 0;
    w.longestCoach = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest!, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    // The content script's own work (lib/coach/draft-session.ts measures it on the page's timeline).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name !== name) continue;
        w.coachWork! += e.duration;
        w.longestCoach = Math.max(w.longestCoach!, e.duration);
      }
    }).observe({ type: 'measure', buffered: false });
  }, DRAFT_WORK_MEASURE);
  const coachWork = () => page.evaluate(() => (window as { coachWork?: number }).coachWork ?? 0);
  await page.locator('#editor').click();
  await page.keyboard.press('Control+End');
  const perKey: number[] = [];
  const coachPerKey: number[] = [];
  for (let i = 0; i < keys; i++) {
    const t0 = Date.now();
    const w0 = await coachWork();
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    perKey.push(Date.now() - t0);
    coachPerKey.push((await coachWork()) - w0);
  }
  // The pause after typing, when the coach analyses: its long tasks count too.
  await page.waitForTimeout(2500);
  const { longest, longestCoach } = await page.evaluate(() => {
    const w = window as unknown as { longest: number; longestCoach: number };
    return { longest: w.longest, longestCoach: w.longestCoach };
  });
  return { perKey, coachPerKey, longestTask: longest, longestCoachWork: longestCoach };
}

async function fill(page: Page, url: string, text: string) {
  await page.goto(url);
  await page.evaluate((t) => {
    const el = document.getElementById('editor') as HTMLTextAreaElement;
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.waitForTimeout(3000);
}

export default async function unicodeBench(): Promise<BenchSection> {
  ensureE2eBuild();
  const text = exoticText();
  const server = await servePages();
  const measures: BenchMeasure[] = [];
  try {
    const plain = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs('/nonexistent').filter((a) => !a.includes('extension')) });
    const base = await plain.newPage();
    await fill(base, server.url('editors/textarea.html?plain'), text);
    const without = await keystrokes(base, 25);
    await plain.close();

    const browser = await launchWithExtension();
    const page = await browser.context.newPage();
    await fill(page, server.url('editors/textarea.html?coached'), text);
    const withExt = await keystrokes(page, 25);
    const flags = await page.locator('[data-agent-assist] [data-flag-rule]').count();
    await browser.close();

    const a = percentiles(without.perKey);
    const b = percentiles(withExt.perKey);
    measures.push({ label: '1 MB exotic Unicode: keystroke → frame, no extension, median', value: a.median, unit: 'ms' });
    measures.push({ label: '1 MB exotic Unicode: keystroke → frame, coached, median', value: b.median, unit: 'ms' });
    // Chromium alone spends about a second per keystroke on this text, give or take hundreds of ms on a loaded
    // machine: the difference of the two is for information; the target is on the coach's own measured work.
    measures.push({ label: '1 MB exotic Unicode: difference coached − not, median (noisy)', value: b.median - a.median, unit: 'ms' });
    const own = percentiles(withExt.coachPerKey);
    measures.push({ label: "1 MB exotic Unicode: the coach's own work per keystroke, median", value: own.median, unit: 'ms', target: 20 });
    measures.push({ label: "1 MB exotic Unicode: the coach's own work per keystroke, p95", value: own.p95, unit: 'ms', target: 20 });
    measures.push({ label: "1 MB exotic Unicode: the coach's longest piece of work, typing and pause", value: withExt.longestCoachWork, unit: 'ms' });
    measures.push({ label: '1 MB exotic Unicode: longest task while typing, no extension', value: without.longestTask, unit: 'ms' });
    measures.push({ label: '1 MB exotic Unicode: longest task while typing and after, coached', value: withExt.longestTask, unit: 'ms' });
    measures.push({ label: '1 MB exotic Unicode: underlines drawn', value: flags, unit: 'count' });
  } finally {
    await server.close();
  }
  return { name: 'Exotic Unicode in the editor (1 MB)', measures };
}

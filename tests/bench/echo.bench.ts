/**
 * Keystroke echo in every editor kind (lib/editors, each on its fixture page), after a 20,000-word paste: the
 * time from a key's keydown to the frame after the editor took it (the coach's own work on that change
 * included), in real Chromium with and without the extension. Target: the slowest keystroke with the
 * extension within 20 ms of the slowest without it. The slowest of 16 keystrokes is one sample, at the mercy of a
 * garbage collection or a busy core in either browser, so each editor is measured in ROUNDS rounds, each a run
 * without and a run with the extension, and the extra is the median of the rounds' extras.
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../../lib/cli/chromium';
import { launchWithExtension } from '../e2e/harness/browser';
import { ensureE2eBuild } from '../e2e/harness/build';
import { bundleTestPages } from '../e2e/harness/bundle-pages';
import { chromiumPath } from '../e2e/harness/paths';
import { servePages } from '../e2e/harness/server';
import { EDITOR_FIXTURES, EditorPage } from '../e2e/pages/editors/driver';
import { realisticDraft } from './drafts';
import { percentiles, type BenchMeasure, type BenchSection } from './section';

const KEYS = 16;
const ROUNDS = Number(process.env.BENCH_ECHO_ROUNDS ?? 3);
const only = process.env.BENCH_EDITORS?.split(',');

/** Pastes a long draft into the editor, then types; each keystroke's echo as the page times it. */
async function echo(page: Page, url: string, kind: string, draft: string): Promise<number[]> {
  const editor = new EditorPage(page, kind);
  await editor.open(url);
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(draft);
  // Let the editor and the coach settle after the paste (analysis of the whole draft included).
  await page.waitForTimeout(3000);
  await page.keyboard.press('Control+End');
  const frame = await editor.editorFrame();
  await frame.evaluate(() => {
    const w = window as unknown as { echoes: number[] };
    w.echoes = [];
    let t0 = 0;
    document.addEventListener('keydown', (e) => void (t0 = e.timeStamp), true);
    document.addEventListener('input', () => {
      const start = t0;
      requestAnimationFrame(() => setTimeout(() => w.echoes.push(performance.now() - start), 0));
    }, true);
  });
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(i % 5 === 4 ? ' ' : 'x');
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(1500);
  return frame.evaluate(() => (window as unknown as { echoes: number[] }).echoes);
}

async function plainBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-assist-plain-'));
  const args = chromiumArgs('').filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath, headless: true, args });
  return { context, close: async () => { await context.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

export default async function echoBench(): Promise<BenchSection> {
  const measures: BenchMeasure[] = [];
  ensureE2eBuild();
  await bundleTestPages();
  const draft = realisticDraft(20_000).replace(/\n\n/g, '\n');
  const [withExt, without, server] = await Promise.all([launchWithExtension(), plainBrowser(), servePages()]);
  try {
    for (const f of EDITOR_FIXTURES.filter((x) => !only || only.includes(x.name))) {
      const url = server.url(`editors/${f.name}.html`);
      const run = async (context: BrowserContext) => {
        const page = await context.newPage();
        await page.setViewportSize({ width: 1000, height: 700 });
        try {
          return await echo(page, url, f.name, draft);
        } catch (error) {
          console.warn(`${f.name}: ${(error as Error).message.split('\n')[0]}`);
          return [];
        } finally {
          await page.close();
        }
      };
      const extras: number[] = [];
      const worst = { off: [] as number[], on: [] as number[] };
      const all = { off: [] as number[], on: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        const off = await run(without.context);
        const on = await run(withExt.context);
        if (!off.length || !on.length) continue;
        worst.off.push(Math.max(...off));
        worst.on.push(Math.max(...on));
        extras.push(Math.max(0, Math.max(...on) - Math.max(...off)));
        all.off.push(...off);
        all.on.push(...on);
      }
      if (!extras.length) continue;
      const rounds = `median of ${extras.length} rounds`;
      measures.push({ label: `${f.name}: slowest echo, extension's extra, ${rounds}`, value: percentiles(extras).median, unit: 'ms', target: 20 });
      measures.push({ label: `${f.name}: slowest echo, extension's extra, worst round`, value: Math.max(...extras), unit: 'ms' });
      measures.push({ label: `${f.name}: slowest echo without the extension, ${rounds}`, value: percentiles(worst.off).median, unit: 'ms' });
      measures.push({ label: `${f.name}: slowest echo with the extension, ${rounds}`, value: percentiles(worst.on).median, unit: 'ms' });
      measures.push({ label: `${f.name}: median echo without the extension`, value: percentiles(all.off).median, unit: 'ms' });
      measures.push({ label: `${f.name}: median echo with the extension`, value: percentiles(all.on).median, unit: 'ms' });
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
  return { name: 'Keystroke echo after a 20,000-word paste, every editor kind', measures };
}

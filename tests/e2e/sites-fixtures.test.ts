import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath, repoRoot } from './harness/paths';
import { servePages, type PageServer } from './harness/server';
import { fixtureNames, loadFixture } from '../unit/sites/fixture-pages';

/** The adapters run inside each fixture page in real Chromium, with the real editor libraries loaded. */
let server: PageServer;
let browser: Browser;
let sitesBundle: string;

beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: "import * as sites from './lib/sites'; (window as any).__sites = sites;",
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  sitesBundle = out.outputFiles[0].text;
  server = await servePages();
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(fixtureNames())('%s in Chromium', (name) => {
  const { expected } = loadFixture(name);
  test('reads the expected ticket and finds the real editor', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url(path.posix.join('helpdesks', `${name}.html`)));
      await page.addScriptTag({ content: sitesBundle });
      // Pages with a real editor library create it asynchronously.
      // The installed ckeditor4 (4.25, LTS) refuses to start without a commercial licence key; RT ships an open one.
      // Until the project pins ckeditor4@4.22.1, the page keeps RT's plain textarea, which the adapter falls back to.
      const ck4 = name === 'request-tracker-update' && (await page.evaluate(() => !!(window as any).CKEDITOR?.instances?.UpdateContent));
      if (ck4) await page.waitForSelector('iframe.cke_wysiwyg_frame', { timeout: 2_000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      const reading = await page.evaluate(
        ({ adapterId, url }) => {
          const sites = (window as any).__sites;
          const adapter = sites.ADAPTERS.find((a: any) => a.id === adapterId);
          const r = sites.readTicket(adapter, document, url);
          const e = r.editor as Element | null;
          return {
            ...r,
            editor: e && { tag: e.tagName, classes: e.className, editable: e.getAttribute('contenteditable') },
          };
        },
        { adapterId: expected.adapter, url: expected.url },
      );
      expect(reading.error).toBeUndefined();
      expect(reading.missing).toEqual([]);
      expect(reading.ticket.id).toBe(expected.id);
      expect(reading.ticket.subject).toBe(expected.subject);
      expect(reading.ticket.messages.map((m: any) => [m.role, !!m.internal])).toEqual(
        expected.messages.map((m) => [m.role, m.internal]),
      );
      for (const quoted of expected.absent) for (const m of reading.ticket.messages) expect(m.text).not.toContain(quoted);
      if (expected.editor === null) expect(reading.editor).toBeNull();
      else expect(reading.editor).not.toBeNull();
      if (name === 'request-tracker-update') {
        const iframe = await page.$('iframe.cke_wysiwyg_frame');
        expect(reading.editor).toMatchObject(iframe ? { tag: 'IFRAME', classes: expect.stringContaining('cke_wysiwyg_frame') } : { tag: 'TEXTAREA' });
      }
      if (name === 'zendesk') expect(reading.editor?.classes).toContain('ck-editor__editable');
      if (name === 'intercom' || name === 'jira-service-management') expect(reading.editor?.classes).toContain('ProseMirror');
      if (name === 'salesforce') expect(reading.editor?.classes).toContain('ql-editor');
    } finally {
      await page.close();
    }
  });
});

/**
 * Nothing unmasked reaches the disk: a real Chromium coaches drafts full of personal data (phone, card, IBAN,
 * SSN, e-mail), with snippets on and then off, the browser is closed, and every file of its profile directory
 * (the extension's LevelDB storage and IndexedDB included) is searched for each item, as UTF-8 and UTF-16.
 * One folder is left out: Default/Sessions, where Chromium's session restore keeps the helpdesk page's own form
 * state (the reply textarea's text) whether or not any extension runs: that is the page's copy, not ours.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { openLogPage, type LogPage } from './harness/log-hooks';
import { servePages, type PageServer } from './harness/server';
import { EditorPage } from './pages/editors/driver';

const PERSONAL = ['(212) 555-0199', '555-0199', 'ann.lee@example.com', '4111 1111 1111 1111', 'DE89 3704 0044 0532 0130 00', '3704 0044', '078-05-1120'];
/** A word next to a flag in the draft coached with snippets off: it may not be stored anywhere. */
const OFF_WORD = 'Quillfeather';
/** A word next to a flag with snippets on: the snippet keeps it, which shows the search does read the log. */
const ON_WORD = 'Marmalade';

const draft = (word: string) =>
  `Hi Ann. Sorry, but there's nothing I can do for ${word} about card 4111 1111 1111 1111. ` +
  'You should have called (212) 555-0199 before, as I already explained to ann.lee@example.com. ' +
  "Unfortunately that's our policy for IBAN DE89 3704 0044 0532 0130 00 and SSN 078-05-1120.";

let browser: ExtensionBrowser;
let server: PageServer;
let log: LogPage;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), servePages()]);
  log = await openLogPage(browser.context, browser.extensionId);
});
// KEEP_PROFILE=1 keeps the profile directory for a look at what was written.
afterAll(async () => {
  await browser?.close({ keepProfile: Boolean(process.env.KEEP_PROFILE) });
  await server?.close();
});

async function coachAndSend(word: string, snippetsEnabled: boolean) {
  await log.run((hooks, on) => hooks.updateSettings({ snippetsEnabled: on }), snippetsEnabled);
  const page = await browser.context.newPage();
  const editor = new EditorPage(page, 'textarea');
  await editor.open(server.url(`editors/textarea.html?snippets-${snippetsEnabled ? 'on' : 'off'}`));
  await editor.type(draft(word));
  await expect.poll(() => editor.underlines().count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: 'Send' }).click();
  const url = page.url();
  await expect
    .poll(async () => (await log.rawEvents()).some((r) => r.type === 'reply-sent' && (r.ticket as { url: string }).url === url), { timeout: 20_000 })
    .toBe(true);
  await page.close();
  return (await log.rawEvents()).filter((r) => (r.ticket as { url: string }).url === url);
}

const BROWSERS_OWN_COPY_OF_THE_PAGE = path.join('Default', 'Sessions');

/** Every file under dir (but the browser's session restore) whose bytes hold `needle` in UTF-8 or UTF-16LE. */
function filesHolding(dir: string, needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (path.relative(dir, file).startsWith(BROWSERS_OWN_COPY_OF_THE_PAGE)) continue;
    const bytes = fs.readFileSync(file);
    if (forms.some((f) => bytes.includes(f))) found.push(path.relative(dir, file));
  }
  return found;
}

test('coached drafts full of personal data leave none of it on disk, and no draft word with snippets off', async () => {
  const withSnippets = await coachAndSend(ON_WORD, true);
  const flags = withSnippets.filter((r) => r.type === 'flag');
  expect(flags.length).toBeGreaterThanOrEqual(4);
  expect(flags.map((r) => r.snippet).join(' ')).toContain('[card]');

  const withoutSnippets = await coachAndSend(OFF_WORD, false);
  const quiet = withoutSnippets.filter((r) => r.type === 'flag');
  expect(quiet.length).toBeGreaterThanOrEqual(4);
  for (const r of quiet) {
    expect(r.snippet).toBeUndefined();
    expect(r.words).toBeUndefined();
    expect(String(r.flagKey).split('|').slice(1).join('|')).not.toMatch(/sorry|nothing|should|called|explained|policy/i);
  }
  // Nothing waits in the outbox: every event was acknowledged before the browser closes.
  await expect
    .poll(() =>
      log.page.evaluate(async () => {
        const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local;
        return Object.keys(await local.get(null)).filter((k) => k.startsWith('log-outbox:')).length;
      }),
    )
    .toBe(0);

  await browser.close({ keepProfile: true });
  try {
    const dir = browser.userDataDir;
    expect(filesHolding(dir, ON_WORD).length, 'the search reads the stored snippets').toBeGreaterThan(0);
    const leaks = Object.fromEntries([...PERSONAL, OFF_WORD].map((item) => [item, filesHolding(dir, item)]).filter(([, files]) => files.length > 0));
    expect(leaks).toEqual({});
  } finally {
    if (!process.env.KEEP_PROFILE) fs.rmSync(browser.userDataDir, { recursive: true, force: true });
  }
});

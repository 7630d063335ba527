/**
 * `npm start`: the whole flow without a helpdesk account. Builds the extension in demo mode (localhost allowed),
 * serves the bundled demo ticket (assets/demo, read by the Zammad adapter) on 127.0.0.1, and opens Chromium with
 * the extension on it. With a display the browser stays open until you close it; without one (CI, containers)
 * it takes a screenshot to tests/artifacts/demo.png, prints what the extension shows, and exits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { readPanel, type PanelView } from '../coach/panel-reader';
import { buildExtension, REPO_ROOT } from './build-extension';
import { chromiumArgs, chromiumPath } from './chromium';
import { serveStatic } from './static-server';

const ROOT = REPO_ROOT;
const DEMO_DIR = path.join(ROOT, 'assets/demo');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-demo');
const SCREENSHOT = path.join(ROOT, 'tests/artifacts/demo.png');
const TICKET_HASH = '#ticket/zoom/2041';

/** Waits until the panel shows the ticket, its effort and the draft's flags. */
async function waitForPanel(page: Page, timeoutMs = 20_000): Promise<PanelView> {
  // tsx keeps function names with a __name() helper that the page does not have.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await page.evaluate(readPanel);
    if (view?.ticketId && view.effort && view.flags.length > 0) return view;
    if (Date.now() > deadline) throw new Error(`the panel did not show the ticket and its flags within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(250);
  }
}

/** Hovers the draft's first underline so that the screenshot shows its card with the rewrites too. */
async function openFirstCard(page: Page): Promise<void> {
  const box = await page.locator('[data-agent-assist] [data-flag-rule]').first().boundingBox();
  if (!box) return;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 4);
  await page.locator('[data-agent-assist] [role="dialog"]').waitFor({ timeout: 5000 }).catch(() => {});
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the extension shows, as text: the ticket, its effort and why, the draft's flags. */
export function describePanel(view: PanelView): string {
  const m = view.messages;
  const lines = [
    `Ticket:  ${view.helpdeskName ?? view.helpdesk} #${view.ticketId} “${view.subject}”, from ${view.requester}`,
    m && `Thread:  ${count(m.customer, 'customer message')}, ${count(m.agent, 'agent reply', 'agent replies')}, ${count(m.internal, 'internal note')} (notes are never scored)`,
    view.effort ? `Effort:  ${view.effort.score}/100, ${view.effort.level}: ${view.effort.signals.join(', ')}` : 'Effort:  none read',
    ...(view.effort?.reasons.map((r) => `         ${r}`) ?? []),
    `Flags:   ${count(view.flags.length, 'flag')} in the draft`,
    ...view.flags.map((f) => `         ${f.rule}: “${f.match}”`),
    view.health && `Health:  ${view.health}`,
  ];
  return lines.filter(Boolean).join('\n');
}

async function main(): Promise<void> {
  const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install it or set CHROMIUM_PATH`);
  process.stdout.write('Building the extension (demo mode)…\n');
  buildExtension({ mode: 'demo', quiet: true });
  const server = await serveStatic([['/', DEMO_DIR]]);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-assist-demo-'));
  const url = `${server.origin}/${TICKET_HASH}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: !headed,
    viewport: headed ? null : { width: 1280, height: 800 },
    args: chromiumArgs(EXTENSION_DIR, { headed }),
  });
  const cleanup = async () => {
    await context.close().catch(() => {});
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const view = await waitForPanel(page);
    process.stdout.write(`\nAgent Assist demo at ${url}\n${describePanel(view)}\n`);
    if (headed) {
      process.stdout.write('\nThe browser is open on the demo ticket: edit the draft, hover an underline, switch to ticket #2038.\nClose the browser to stop.\n');
      await new Promise<void>((resolve) => context.once('close', () => resolve()));
    } else {
      await openFirstCard(page);
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      process.stdout.write(`\nScreenshot: ${path.relative(ROOT, SCREENSHOT)} (no display: set DISPLAY to open the browser)\n`);
    }
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

/**
 * Opens a helpdesk fixture page at a URL the extension treats as that helpdesk, without any network: the page's
 * requests are answered by a route from the files on disk.
 *
 * Hosted products are opened at their real ticket URL (https://acme.zendesk.com/agent/tickets/4821): the content
 * script runs there from the manifest and picks the adapter by URL. Self-hosted ones (Zammad, FreeScout, RT,
 * osTicket) are opened at the same path on http://127.0.0.1, where e2e builds run the content script, which has
 * to recognise the helpdesk from the page itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ADAPTERS } from '../../../../lib/sites';
import type { DriverPage, RouteAnswer } from '../../harness/driver/types';
import { repoRoot } from '../../harness/paths';
import { HELPDESK_PAGES, type Expected } from '../../../unit/sites/fixture-pages';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The URL the fixture is opened at (the ticket's link the extension should log). */
export function fixtureUrl(expected: Pick<Expected, 'adapter' | 'url'>): string {
  const hosted = (ADAPTERS.find((a) => a.id === expected.adapter)?.matches.length ?? 0) > 0;
  if (hosted) return expected.url;
  const u = new URL(expected.url);
  return `http://127.0.0.1${u.pathname}${u.search}${u.hash}`;
}

/** The answer to a request on the fixture's origin: the ticket page itself, its bundles, and node_modules. */
export function fixtureAnswer(name: string, target: URL, req: URL): NonNullable<RouteAnswer> {
  const nodeModules = path.join(repoRoot, 'node_modules');
  let file: string | null = null;
  if (req.pathname === target.pathname && req.search === target.search) file = path.join(HELPDESK_PAGES, `${name}.html`);
  else if (req.pathname.startsWith('/node_modules/')) file = path.join(nodeModules, decodeURIComponent(req.pathname.slice('/node_modules/'.length)));
  else file = path.join(HELPDESK_PAGES, path.basename(req.pathname));
  const inside = file.startsWith(HELPDESK_PAGES) || file.startsWith(nodeModules);
  if (!inside || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return { status: 404, contentType: 'text/plain', body: 'not found' };
  return { contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) };
}

/** Opens the fixture at `url` in a Playwright page, its origin answered from the files on disk. */
export async function openFixture(page: Page, name: string, url: string): Promise<void> {
  const target = new URL(url);
  await page.route(`${target.origin}/**`, (route) => route.fulfill(fixtureAnswer(name, target, new URL(route.request().url()))));
  await page.goto(url);
}

/** The same in either browser, through the e2e driver (harness/drivers.ts). */
export async function openFixtureIn(page: DriverPage, name: string, url: string): Promise<void> {
  const target = new URL(url);
  await page.route(target.origin, (req) => fixtureAnswer(name, target, req));
  await page.goto(url);
}

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openLogPage, type LogPage } from './log-hooks';
import type { LogClientStats } from '../../../lib/db/client';
import type { LogEvent } from '../../../lib/messages/log-events';

/**
 * A "helpdesk" tab whose test-only content script (entrypoints/log-test.content.ts) runs the coaching-log
 * client: the tests hand it events as a content script would. The page itself is served by a route, at a URL
 * the content script matches.
 */
export interface LogTestTab {
  page: Page;
  log(events: LogEvent[]): Promise<LogClientStats>;
  /** Waits until the client has no unacknowledged event. */
  idle(): Promise<LogClientStats>;
  stats(): Promise<LogClientStats>;
  reload(): Promise<void>;
}

const ORIGIN = 'http://127.0.0.1';

export async function routeLogTestPages(context: BrowserContext): Promise<void> {
  await context.route(`${ORIGIN}/log-test/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Ticket #4711</title><textarea></textarea>' }),
  );
}

export async function openLogTestTab(context: BrowserContext, name = 'tab'): Promise<LogTestTab> {
  const page = await context.newPage();
  const ready = () => page.waitForSelector('html[data-log-test="ready"]', { state: 'attached', timeout: 15_000 });
  await page.goto(`${ORIGIN}/log-test/${name}`);
  await ready();
  const request = <T>(op: string, events?: LogEvent[]) =>
    page.evaluate(
      ({ op, events }) =>
        new Promise<T>((resolve) => {
          const id = Math.random();
          const onReply = (e: MessageEvent) => {
            if (e.data?.from !== 'agent-assist-log-test' || e.data.id !== id) return;
            window.removeEventListener('message', onReply);
            resolve(e.data.result);
          };
          window.addEventListener('message', onReply);
          window.postMessage({ to: 'agent-assist-log-test', id, op, events }, '*');
        }),
      { op, events },
    );
  return {
    page,
    log: (events) => request('log', events),
    idle: () => request('idle'),
    stats: () => request('stats'),
    async reload() {
      await page.reload();
      await ready();
    },
  };
}

/**
 * For a test file that logs from test pages: before all its tests, Chromium with the extension, the test pages
 * routed, and an extension page to read the log from; closed after. The fields are set once beforeAll ran.
 */
export function useLogTestBrowser(): { browser: ExtensionBrowser; logPage: LogPage } {
  const env = {} as { browser: ExtensionBrowser; logPage: LogPage };
  beforeAll(async () => {
    env.browser = await launchWithExtension();
    await routeLogTestPages(env.browser.context);
    env.logPage = await openLogPage(env.browser.context, env.browser.extensionId);
  });
  afterAll(async () => env.browser?.close());
  return env;
}

import type { BrowserContext, Page } from 'playwright-core';
import type { LogTestHooks } from '../../../entrypoints/log-test-hooks';

/**
 * An extension page (popup.html) with the coaching log's functions loaded (entrypoints/log-test-hooks.ts,
 * e2e builds only). `run` evaluates a function of `window.agentAssistLog` in that page.
 */
export interface LogPage {
  page: Page;
  run<R, A = undefined>(fn: (log: LogTestHooks, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The stored events read with the plain IndexedDB API, not through the extension's code. */
  rawEvents(): Promise<Record<string, unknown>[]>;
}

export async function openLogPage(context: BrowserContext, extensionId: string): Promise<LogPage> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.addScriptTag({ url: '/log-test-hooks.js' });
  await page.waitForFunction(() => 'agentAssistLog' in window);
  // tsx (esbuild's keepNames) wraps named functions in __name(); functions sent to the page need it there.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return {
    page,
    run: async (fn, arg) => {
      const hooks = await page.evaluateHandle(() => (window as unknown as { agentAssistLog: LogTestHooks }).agentAssistLog);
      return hooks.evaluate(fn as never, arg) as never;
    },
    rawEvents: () => page.evaluate(rawEventsInPage),
  };
}

/** The stored events read with the plain IndexedDB API, not through the extension's code; run in an extension page. */
export function rawEventsInPage(): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('agent-assist-log');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('eventChunks').objectStore('eventChunks').getAll();
      req.onsuccess = () => (open.result.close(), resolve((req.result as { events: Record<string, unknown>[] }[]).flatMap((chunk) => chunk.events)));
      req.onerror = () => reject(req.error);
    };
  });
}

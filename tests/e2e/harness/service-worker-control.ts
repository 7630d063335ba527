import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { browser } from 'wxt/browser';

/**
 * Stops or pauses the extension's background worker through the DevTools protocol, the way the browser stops
 * it when it likes. Works in headless Chromium 156 from a CDP session on one of the extension's pages:
 * `ServiceWorker.stopAllWorkers` ends the worker (it starts again on the next message), and a paused
 * worker receives messages but never answers them.
 */
export interface WorkerControl {
  /** Messages sent from now on are delivered but not handled until `stop()` (or `resume()`). */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Ends the worker, paused or not; pending messages fail on the sender's side. */
  stop(): Promise<void>;
  detach(): Promise<void>;
}

type TargetInfo = { targetId: string; type: string; url: string };

export async function controlServiceWorker(context: BrowserContext, extensionId: string): Promise<WorkerControl> {
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');

  // Commands for the worker go through the page's session (Playwright's CDPSession has no child sessions).
  let workerSession: string | undefined;
  let nextId = 0;
  const waiting = new Map<number, () => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const { id } = JSON.parse(e.message) as { id?: number };
    if (id !== undefined) waiting.get(id)?.();
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId === workerSession) workerSession = undefined;
  });
  const sendToWorker = (method: string) =>
    new Promise<void>((resolve) => {
      const id = ++nextId;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId: workerSession!, message: JSON.stringify({ id, method }) });
    });

  const workerTarget = async (): Promise<TargetInfo> => {
    for (let i = 0; i < 50; i++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
      if (sw) return sw;
      // A stopped worker starts on the next message; the worker ignores this one.
      await page.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({ kind: 'wake-up' }).catch(() => undefined));
    }
    throw new Error('the extension service worker did not start');
  };

  return {
    async pause() {
      const sw = await workerTarget();
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
      workerSession = sessionId;
      await sendToWorker('Debugger.enable');
      await sendToWorker('Debugger.pause');
    },
    async resume() {
      if (workerSession) await sendToWorker('Debugger.resume');
    },
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      if (workerSession) await cdp.send('Target.detachFromTarget', { sessionId: workerSession }).catch(() => undefined);
      workerSession = undefined;
    },
    async detach() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

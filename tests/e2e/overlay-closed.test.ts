/**
 * The release build's overlay lives in a closed shadow root: coaching works (the underlines and the panel are
 * there, as the browser's own DevTools protocol shows), and the page's scripts cannot reach any of it. The
 * e2e and demo builds keep the root open for their tests and launcher (components/mount-overlay.tsx).
 */
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { buildExtension } from './harness/build';
import { repoRoot } from './harness/paths';
import { openFixture } from './pages/helpdesks/route-fixture';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/4821';
const EDITOR = '[data-is-active="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]';

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

let browser: ExtensionBrowser;
beforeAll(async () => {
  buildExtension({ quiet: true });
  browser = await launchWithExtension(path.join(repoRoot, '.output/chrome-mv3'));
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

/** The overlay's shadow root as the browser sees it (DevTools protocol, which pierces closed roots). */
async function overlayRoot(cdp: CDPSession) {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return find(root, (n) => n.nodeName === 'AGENT-ASSIST-OVERLAY')?.shadowRoots?.[0];
}
const hasAttribute = (name: string) => (n: DomNode) => (n.attributes ?? []).some((a, i) => i % 2 === 0 && a === name);

test('the release overlay coaches in a closed shadow root that the page cannot read', async () => {
  const page: Page = await browser.context.newPage();
  await openFixture(page, 'zendesk', TICKET_URL);
  await page.locator(EDITOR).first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(" Sorry, but there's nothing I can do. You should have read the instructions.", { delay: 4 });

  const cdp = await browser.context.newCDPSession(page);
  await expect.poll(async () => Boolean((await overlayRoot(cdp)) && find((await overlayRoot(cdp))!, hasAttribute('data-flag-rule'))), { timeout: 15_000 }).toBe(true);
  const root = (await overlayRoot(cdp))!;
  expect(root.shadowRootType).toBe('closed');
  expect(find(root, (n) => (n.attributes ?? []).some((a) => a.split(' ').includes('aa-panel'))), 'the panel is drawn').toBeDefined();

  // The page's own scripts (main world) see an empty host and nothing of the overlay.
  const seen = await page.evaluate(() => {
    const host = document.querySelector('agent-assist-overlay');
    return {
      host: host !== null,
      shadowRoot: host?.shadowRoot ?? null,
      children: host?.childNodes.length ?? -1,
      text: host?.textContent ?? null,
      underlines: document.querySelectorAll('[data-flag-rule], [data-flag-key], .aa-panel').length,
    };
  });
  expect(seen).toEqual({ host: true, shadowRoot: null, children: 0, text: '', underlines: 0 });
  await page.close();
});

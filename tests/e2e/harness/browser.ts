import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs } from '../../../lib/cli/chromium';
import { chromiumPath, extensionDir } from './paths';
import { servePages, type PageServer } from './server';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  /** The browser's profile directory: deleted by close() unless it is asked to keep it. */
  userDataDir: string;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

/** Real Chromium, headless, with the built extension (the e2e build unless told) loaded in a fresh profile. */
export async function launchWithExtension(dir = extensionDir): Promise<ExtensionBrowser> {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npx wxt build --mode e2e\` first.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-assist-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(dir),
  });
  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file that drives the extension on local pages: before all its tests, Chromium with the extension
 * and the page server; both closed after. The fields are set once beforeAll ran. Register it before the file's
 * own beforeAll hooks, which then run after it.
 */
export function useExtensionWithPages(): { browser: ExtensionBrowser; server: PageServer } {
  const env = {} as { browser: ExtensionBrowser; server: PageServer };
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launchWithExtension(), servePages()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

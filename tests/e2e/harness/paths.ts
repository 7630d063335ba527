import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath as defaultChromiumPath } from '../../../lib/cli/chromium';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const extensionDir = path.join(repoRoot, '.output/chrome-mv3-e2e');
/** The Firefox (MV2) test build, loaded in Debian's Firefox ESR (or FIREFOX_PATH). */
export const firefoxExtensionDir = path.join(repoRoot, '.output/firefox-mv2-e2e');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const pagesDir = path.join(repoRoot, 'tests/e2e/pages');
export const artifactsDir = path.join(repoRoot, 'tests/artifacts');
export const chromiumPath = defaultChromiumPath();

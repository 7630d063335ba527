/**
 * Coaching in every editor kind's test page, in Chromium and Firefox, through one scenario over the driver
 * (pages/editors/coach-in-editor.ts). Screenshots of each card go to tests/artifacts/cross-browser/<browser>/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { BROWSERS, useDriver } from '../harness/drivers';
import { artifactsDir } from '../harness/paths';
import { coachInEditor } from '../pages/editors/coach-in-editor';
import { EDITOR_KINDS } from '../pages/editors/driver';

describe.each(BROWSERS)('%s', (name) => {
  const env = useDriver(name);
  const shots = path.join(artifactsDir, 'cross-browser', name);
  fs.mkdirSync(shots, { recursive: true });

  test.each(EDITOR_KINDS)('%s: underlines, card, apply, undo, dismiss', async (kind) => {
    const page = await env.driver.newPage();
    try {
      await coachInEditor(page, kind, env.server.url(`editors/${kind}.html`), path.join(shots, `editor-${kind}.png`));
    } finally {
      await page.close();
    }
  });
});

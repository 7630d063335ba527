/**
 * `npm start` without a display: the launcher builds the demo extension, opens the demo ticket in headless
 * Chromium, and reports what the panel shows (the ticket, its effort, the draft's flags) and a screenshot.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { artifactsDir, repoRoot } from './harness/paths';

const run = promisify(execFile);

test('the demo launcher, headless, reports the ticket, its effort and the draft\'s flags, and saves a screenshot', async () => {
  const screenshot = path.join(artifactsDir, 'demo.png');
  const started = Date.now();
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const { stdout } = await run('npx', ['tsx', 'lib/cli/demo.ts'], { cwd: repoRoot, env, timeout: 150_000 });

  expect(stdout).toMatch(/Agent Assist demo at http:\/\/127\.0\.0\.1:\d+\/#ticket\/zoom\/2041/);
  expect(stdout).toContain('Ticket:  Zammad #2041 “Refund still missing after return”, from Jordan Blake');
  // The internal note is counted apart and never scored.
  expect(stdout).toContain('2 customer messages, 1 agent reply, 1 internal note');

  const effort = /Effort:\s+(\d+)\/100, (low|medium|high): (.+)/.exec(stdout);
  expect(effort, stdout).not.toBeNull();
  expect(Number(effort![1])).toBeGreaterThan(0);
  expect(effort![2]).toBe('high');
  expect(effort![3].split(', ')).toEqual(expect.arrayContaining(['repeat-contact', 'transfer', 'long-wait', 'unresolved']));

  // The prefilled draft: an empty apology and a blaming sentence, underlined as soon as the page opens.
  const flags = /Flags:\s+(\d+) flags? in the draft/.exec(stdout);
  expect(Number(flags?.[1])).toBeGreaterThanOrEqual(2);
  expect(stdout).toMatch(/apology-[a-z-]+: “We're sorry”/);
  expect(stdout).toMatch(/blame-[a-z-]+: “As we already explained”/);

  expect(stdout).toContain('Screenshot: tests/artifacts/demo.png');
  const stat = fs.statSync(screenshot);
  expect(stat.mtimeMs).toBeGreaterThanOrEqual(started - 1000);
  expect(fs.readFileSync(screenshot).subarray(1, 4).toString()).toBe('PNG');
}, 180_000);

import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { VETO_THRESHOLDS } from '../../../lib/effort/train/train';

const root = path.resolve(__dirname, '../../..');

/** Runs the real command-line audit as a user would (through tsx), feeding `input` on standard input. */
function audit(args: string[], input = '') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'lib/cli/audit.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { code: run.status, lines, stderr: run.stderr };
}

describe('audit replies', () => {
  test('audits a file: one line per record, ids kept, every flag with valid offsets and all its fields', () => {
    const { code, lines, stderr } = audit(['replies', path.join(root, 'assets/samples/replies.jsonl')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['sample-1', 'sample-2', 'sample-3', 'sample-4', 'sample-5', 'sample-6', 'sample-7']);
    const byId = Object.fromEntries(lines.map((l) => [l.id, l.flags]));
    expect(byId['sample-1'].map((f: { category: string }) => f.category)).toContain('apology-without-help');
    expect(byId['sample-3'].map((f: { category: string }) => f.category)).toContain('customer-blame');
    expect(byId['sample-5'].map((f: { category: string }) => f.category)).toContain('apology-without-help'); // a non-apology
    expect(byId['sample-2']).toEqual([]); // an apology that comes with a refund and a commitment
    expect(byId['sample-4']).toEqual([]); // "you should have received" and exoneration
    expect(byId['sample-7']).toEqual([]); // the bad wording is only in quoted history
    for (const flag of byId['sample-1']) {
      expect(Object.keys(flag).sort()).toEqual(['category', 'end', 'match', 'message', 'rule', 'start', 'suggestions', 'why']);
      expect(flag.suggestions.length).toBeGreaterThan(0);
    }
  });

  test('reads standard input; reports malformed lines with their numbers and goes on; exit status 1', () => {
    const input = [
      JSON.stringify({ id: 'a', text: "Sorry, but that's our policy." }),
      '{"id": "broken", "text": ',
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 7, text: 'I have refunded the order.' }),
    ].join('\n');
    const { code, lines, stderr } = audit(['replies'], input);
    expect(code).toBe(1);
    expect(lines.map((l) => l.id)).toEqual(['a', 7]);
    expect(stderr).toMatch(/^line 2: this line is not valid JSON \(.+\); each line must be one JSON object\.$/m);
    expect(stderr).toMatch(/^line 4: “text” is missing\.$/m);
    expect(stderr).toMatch(/2 line\(s\) could not be read and were skipped; the other lines were audited\. Fix those lines/);
    expect(stderr).not.toMatch(/line (1|3|5):/);
  });

  test('--playbook FILE: the team options fill the rewrites, chosen by the subject; a bad playbook stops with a clear message', () => {
    const line = JSON.stringify({ id: 'p', subject: 'Late fee on my invoice', requester: 'Maria Lopez', text: "Hi Maria,\n\nI'm sorry, but there's nothing I can do about the late fee." });
    const playbook = path.join(root, 'assets/samples/playbook.json');
    const withPlaybook = audit(['replies', '--playbook', playbook], line);
    expect(withPlaybook.stderr).toBe('');
    expect(withPlaybook.code).toBe(0);
    expect(withPlaybook.lines[0].flags[0].suggestions[0].text).toBe(
      "The late fee isn't something I can change myself, but here's what I can do: add a credit for the full amount to your account straight away.",
    );
    const without = audit(['replies'], line);
    expect(without.lines[0].flags[0].suggestions[0].text).toContain('[what you can offer instead]');
    // These stop before reading any input.
    expect(audit(['replies', '--playbook', path.join(root, 'package.json')])).toMatchObject({ code: 2, lines: [] });
    const missingFile = audit(['replies', '--playbook', 'nope.json']);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toMatch(/Cannot use the playbook nope\.json: Cannot read nope\.json/);
    expect(audit(['effort', '--playbook', playbook]).code).toBe(2);
    expect(audit(['replies', '--playbook']).code).toBe(2);
  }, 60_000);

  test('hostile text is audited without hanging and with valid offsets', () => {
    const text = "sorry ".repeat(5000) + 'a'.repeat(50_000);
    const { code, lines } = audit(['replies'], JSON.stringify({ id: 'h', text }));
    expect(code).toBe(0);
    for (const f of lines[0].flags) expect(text.slice(f.start, f.end)).toBe(f.match);
  });
});

describe('audit output piped into a reader that stops early (| head)', () => {
  test('stops quietly with status 0: no EPIPE stack trace', async () => {
    const input = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: i, text: "Sorry, but that's our policy." })).join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'lib/cli/audit.ts'), 'replies'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The audit exits before reading all of its input: our end of its stdin then sees EPIPE, which is expected.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    // Read the first line, then close the pipe, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 30_000);
});

describe('audit effort', () => {
  test('scores one customer message and a whole thread; internal notes and quotes do not count', () => {
    const input = [
      JSON.stringify({ id: 'calm', text: 'Hi, how do I change my billing address?' }),
      JSON.stringify({
        id: 'thread',
        messages: [
          { role: 'customer', text: "This is the third time I'm writing. I've been waiting two weeks and it's still not working." },
          { role: 'agent', author: 'Alex', text: 'Thanks, I am looking into it.', internal: false },
          { role: 'agent', author: 'Priya', text: 'Customer wants a manager, third contact, furious.', internal: true },
          { role: 'customer', text: '> Thanks, I am looking into it.\nOk.' },
        ],
      }),
    ].join('\n');
    const { code, lines, stderr } = audit(['effort'], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [calm, thread] = lines;
    expect(calm).toMatchObject({ id: 'calm', signals: [], level: 'low' });
    expect(thread.signals).toEqual(expect.arrayContaining(['repeat-contact', 'long-wait', 'unresolved']));
    expect(thread.signals).not.toContain('escalation-demand'); // only the internal note asks for a manager
    expect(thread.score).toBeGreaterThan(calm.score);
    expect(thread.matches.every((m: { message: number }) => m.message === 0)).toBe(true);
  });

  test('a rule match a veto model dropped is listed with its probability, and counts for nothing', () => {
    // "I was told" is a repeat contact's rule match; the repeat-contact veto model reads a request for another channel
    const text = "I was told to call but I'm deaf. Chat is the only way I can contact you.";
    const { lines } = audit(['effort'], JSON.stringify({ id: 'deaf', text }));
    const [line] = lines;
    const threshold = VETO_THRESHOLDS['repeat-contact'];
    expect(line.vetoed).toEqual([expect.objectContaining({ id: 'repeat-contact', message: 0, match: 'I was told', threshold })]);
    expect(line.vetoed[0].probability).toBeLessThan(threshold!);
    expect(line.signals).not.toContain('repeat-contact');
    expect(line.reasons.map((r: { source: string }) => r.source)).not.toContain('repeat-contact');
  });

  test('a thread line with a bad role is reported and skipped', () => {
    const { code, lines, stderr } = audit(['effort'], JSON.stringify({ id: 'x', messages: [{ role: 'bot', text: 'hi' }] }));
    expect(code).toBe(1);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/^line 1: /m);
  });
});

test('unknown audits and missing files exit 2 with a clear message', () => {
  const unknown = audit(['macros']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Usage:');
  const missing = audit(['replies', '/nonexistent/file.jsonl']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('no such file');
}, 30_000); // two CLI processes, each compiling the engines through tsx: ~6 s on a loaded 2-core machine

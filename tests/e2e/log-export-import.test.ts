import { expect, test } from 'vitest';
import { openLogTestTab, useLogTestBrowser } from './harness/log-test-page';
import { effort, flagEvent, replySent } from '../unit/db/events';

const env = useLogTestBrowser();

const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.eventId).localeCompare(String(b.eventId));

test('export → clear → import gives back the same log; a second import adds nothing; a bad file changes nothing', async () => {
  // The agent's own events, through the worker, and a teammate's log merged in.
  const tab = await openLogTestTab(env.browser.context);
  const now = Date.now();
  await tab.log([
    ...Array.from({ length: 20 }, (_, i) => flagEvent({ at: now - i * 60_000, state: i % 4 ? 'shown' : 'applied', suggestion: i % 4 ? undefined : 'Offer a refund' })),
    replySent({ at: now, flagsPresent: 2, rules: ['apology-refusal'] }),
    effort({ at: now, score: 88 }),
  ]);
  await tab.idle();
  const teammate = [
    JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'bo', exportedAt: now }),
    ...[flagEvent({ at: now }), flagEvent({ at: now, ticket: { helpdesk: 'rt', id: '7', url: 'https://rt.example/Ticket/Display.html?id=7', subject: '=SUM(A1)' } })].map(
      ({ context: _c, ...e }) => JSON.stringify({ ...e, agent: 'bo', snippet: 'sorry, nothing I can do', words: 'nothing I can do' }),
    ),
  ].join('\n');
  expect(await env.logPage.run((log, text) => log.importLog(log.db, text), teammate)).toEqual({ added: 2, alreadyPresent: 0, agent: 'bo', resumed: false });
  const before = (await env.logPage.rawEvents()).sort(byId);
  expect(before).toHaveLength(24);

  const ndjson = await env.logPage.run((log) => log.exportLog(log.db, 'ndjson', 'me'));
  const csv = await env.logPage.run((log) => log.exportLog(log.db, 'csv', 'me'));
  expect(JSON.parse(ndjson.split('\n')[0])).toMatchObject({ format: 'agent-assist-log', version: 1, agent: 'me', events: 24 });
  expect(csv.split('\r\n')[0]).toMatch(/^time,agent,helpdesk,ticket_id,ticket_url,subject,type,/);
  expect(csv).toContain(",bo,rt,7,https://rt.example/Ticket/Display.html?id=7,'=SUM(A1),flag,");
  expect(csv.trimEnd().split('\r\n')).toHaveLength(25);

  await env.logPage.run((log) => log.clearLog(log.db));
  expect(await env.logPage.rawEvents()).toEqual([]);

  // Imported as the dashboard will: a File, read as a stream, progress reported.
  const imported = await env.logPage.run(async (log, text) => {
    const progress: string[] = [];
    const result = await log.importLog(log.db, new File([text], 'team.ndjson'), { onProgress: (p) => progress.push(p.phase) });
    return { result, progress: [...new Set(progress)] };
  }, ndjson);
  expect(imported).toEqual({ result: { added: 24, alreadyPresent: 0, agent: 'me', resumed: false }, progress: ['checking', 'writing'] });
  expect((await env.logPage.rawEvents()).sort(byId)).toEqual(before);
  expect(await env.logPage.run((log, text) => log.importLog(log.db, text), ndjson)).toMatchObject({ added: 0, alreadyPresent: 24 });

  const lines = ndjson.trimEnd().split('\n');
  const bad = [...lines.slice(0, 5), lines[5].replace(/"state":"\w+"/, '"state":"ignored"'), ...lines.slice(6)].join('\n');
  const refusal = await env.logPage.run(
    (log, text) => log.importLog(log.db, text).then(() => 'imported', (err: Error & { line?: number }) => ({ message: err.message, line: err.line })),
    bad,
  );
  expect(refusal).toMatchObject({ line: 6, message: expect.stringMatching(/^Line 6 is not an event this version can read: “state” is “ignored”, which this version does not know/) });
  expect((await env.logPage.rawEvents()).sort(byId)).toEqual(before);
});

import { openTestDb, storedCount, storedRows } from './open-test-db';
import { afterEach, describe, expect, test } from 'vitest';
import { csvCell, toCsvLines } from '../../../lib/db/export';
import { checkLogExport, LogImportError } from '../../../lib/db/import';
import { fromEventRow, toEventRow, toLoggedEvent, type LoggedEvent } from '../../../lib/db/logged-event';
import type { AgentAssistDb } from '../../../lib/db/schema';
import { exportLog, importLog, IMPORT_BATCH } from '../../../lib/db/transfer';
import { storeEvents } from '../../../lib/db/write';
import type { LogEvent } from '../../../lib/messages/log-events';
import { adapterHealth, effort, flagEvent, replySent, T0 } from './events';
import { computeAggregates } from '../../../lib/db/aggregates';
import { DAY_MS } from '../../../lib/db/days';

let db: AgentAssistDb;
afterEach(() => db?.delete());

const logged = (agentLabel: string, ...events: LogEvent[]) => events.map((e) => toLoggedEvent(e, { agentLabel, snippetsEnabled: true }));
const sample = () => logged('ann', flagEvent({ at: T0 + 1 }), replySent({ at: T0 + 2, flagsPresent: 1, rules: ['r'] }), effort({ at: T0 + 3 }), adapterHealth({ at: T0 + 4 }));
const byId = (a: { eventId: string }, b: { eventId: string }) => a.eventId.localeCompare(b.eventId);

describe('NDJSON round trip', () => {
  test('export → clear → import gives back the same log; importing twice adds nothing', async () => {
    db = openTestDb();
    const events = sample();
    await storeEvents(db, events.map(toEventRow));
    const text = await exportLog(db, 'ndjson', 'ann', T0 + 10);
    const [header, ...lines] = text.trimEnd().split('\n');
    expect(JSON.parse(header)).toEqual({ format: 'agent-assist-log', version: 1, agent: 'ann', exportedAt: T0 + 10, events: 4 });
    expect(lines.map((l) => JSON.parse(l))).toEqual(events);

    await db.eventChunks.clear();
    await db.dayTallies.clear();
    expect(await importLog(db, text)).toEqual({ added: 4, alreadyPresent: 0, agent: 'ann', resumed: false });
    expect((await storedRows(db)).map(fromEventRow).sort(byId)).toEqual([...events].sort(byId));
    expect(await importLog(db, new Blob([text]))).toEqual({ added: 0, alreadyPresent: 4, agent: 'ann', resumed: false });
    expect(await storedCount(db)).toBe(4);
  });

  test("a teammate's export merges in with their agent label", async () => {
    db = openTestDb();
    await storeEvents(db, sample().map(toEventRow));
    const theirs = logged('bo', flagEvent(), flagEvent());
    const text = [JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'bo', exportedAt: T0 }), ...theirs.map((e) => JSON.stringify(e))].join('\n');
    await importLog(db, text);
    expect((await storedRows(db)).filter((e) => e.agent === 'bo')).toHaveLength(2);
    expect(await storedCount(db)).toBe(6);
  });

  test('a file holding some events already stored adds only the others, and counts them once', async () => {
    db = openTestDb();
    const events = logged('bo', ...Array.from({ length: 6 }, (_, i) => flagEvent({ at: T0 - i })));
    await storeEvents(db, [events[1], events[4]].map(toEventRow));
    const text = [JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'bo', exportedAt: T0 }), ...events.map((e) => JSON.stringify(e))].join('\n');
    expect(await importLog(db, text)).toMatchObject({ added: 4, alreadyPresent: 2 });
    expect(await storedCount(db)).toBe(6);
    expect((await computeAggregates(db, { from: T0 - DAY_MS, to: T0 })).outcomes.shown).toBe(6);
  });

  test('what the check changes in a line (keys it does not know, a label to trim) is stored changed; the other lines as they are', async () => {
    db = openTestDb();
    const [plain, other, ...rest] = sample();
    const withExtras = { ...other, agent: '  cy  ', note: 'not ours', ticket: { ...other.ticket, secret: 'x' } };
    const file = [JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'cy', exportedAt: T0 }), ...[plain, withExtras, ...rest].map((e) => JSON.stringify(e))].join('\n');
    const checked = await checkLogExport(file);
    expect(checked.changedLines).toEqual(new Set([3]));
    await importLog(db, file);
    const stored = (await storedRows(db)).map(fromEventRow).sort(byId);
    expect(stored).toEqual([plain, { ...other, agent: 'cy' }, ...rest].sort(byId));
  });

  test('a bad file is refused naming the line and the problem, and the log is unchanged', async () => {
    db = openTestDb();
    await storeEvents(db, sample().map(toEventRow));
    const before = await storedRows(db);
    const good = logged('bo', flagEvent(), flagEvent(), flagEvent()).map((e) => JSON.stringify(e));
    const header = JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'bo', exportedAt: T0 });
    const cases: [string, string][] = [
      [[header, good[0], good[1].replace('"flag"', '"flagg"'), good[2]].join('\n'), 'Line 3 is not an event this version can read: “type” is “flagg”, which this version does not know (it knows: flag, reply-sent, effort, adapter-health). The file may have been edited, or made by a newer Agent Assist.'],
      [[header, good[0], '{"eventId":', good[2]].join('\n'), 'Line 3 is not readable JSON, though each line of an export is one JSON object: the file was cut or edited. Ask for a fresh export.'],
      [[header, good[0], JSON.stringify({ ...JSON.parse(good[1]), category: 'rudeness' })].join('\n'), 'Line 3 is not an event this version can read: “category” is “rudeness”, which this version does not know (it knows: apology-without-help, customer-blame). The file may have been edited, or made by a newer Agent Assist.'],
      [[JSON.stringify({ format: 'something-else' }), good[0]].join('\n'), "Line 1 is not the first line of an Agent Assist log export: “format” is “something-else”, which this version does not know (it knows: agent-assist-log). Choose a file made with “Download NDJSON” on a teammate's dashboard."],
      [[JSON.stringify({ format: 'agent-assist-log', version: 2, agent: 'x', exportedAt: 1 }), good[0]].join('\n'), 'This export was made by a newer Agent Assist (export format 2; this one reads up to 1). Update the extension, then import the file again.'],
      [[JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'x', exportedAt: 1, events: 5 }), good[0]].join('\n'), "The file's first line announces 5 events, but the file holds 1: it was cut short or edited. Ask for a fresh export."],
      ['', "The file is empty. Choose a file made with “Download NDJSON” on a teammate's dashboard."],
    ];
    for (const [text, message] of cases) {
      const err = await importLog(db, text).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LogImportError);
      expect((err as Error).message).toBe(message);
    }
    expect(await storedRows(db)).toEqual(before);
  });

  test('an import stopped half-way keeps whole batches counted once, and importing the file again finishes it', async () => {
    db = openTestDb();
    // Two whole batches and part of a third.
    const TOTAL = 2.4 * IMPORT_BATCH;
    const events = logged('bo', ...Array.from({ length: TOTAL }, (_, i) => flagEvent({ at: T0 - i * 100, state: i % 3 ? 'shown' : 'fixed' })));
    const text = [JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'bo', exportedAt: T0, events: events.length }), ...events.map((e) => JSON.stringify(e))].join('\n');
    const file = new Blob([text]);
    const stop = new AbortController();
    const err = await importLog(db, file, {
      signal: stop.signal,
      onProgress: ({ phase, done }) => {
        if (phase === 'writing' && done >= IMPORT_BATCH) stop.abort();
      },
    }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('AbortError');
    expect(await storedCount(db)).toBe(IMPORT_BATCH);
    expect(await db.imports.toArray()).toMatchObject([{ line: IMPORT_BATCH + 1, events: IMPORT_BATCH, added: IMPORT_BATCH }]);
    const partial = await computeAggregates(db, { from: T0 - 30 * DAY_MS, to: T0 });
    expect(partial.outcomes.shown + partial.outcomes.fixed).toBe(IMPORT_BATCH);

    const progress: number[] = [];
    expect(await importLog(db, file, { onProgress: (p) => p.phase === 'writing' && progress.push(p.done) })).toEqual({ added: TOTAL, alreadyPresent: 0, agent: 'bo', resumed: true });
    expect(progress).toEqual([2 * IMPORT_BATCH, TOTAL]);
    expect(await storedCount(db)).toBe(TOTAL);
    expect(await db.imports.count()).toBe(0);
    const whole = await computeAggregates(db, { from: T0 - 30 * DAY_MS, to: T0 });
    expect(whole.outcomes).toMatchObject({ shown: (TOTAL * 2) / 3, fixed: TOTAL / 3 });
    // Once more: nothing new, nothing doubled.
    expect(await importLog(db, file)).toMatchObject({ added: 0, alreadyPresent: 2.4 * IMPORT_BATCH, resumed: false });
    expect((await computeAggregates(db, { from: T0 - 30 * DAY_MS, to: T0 })).outcomes).toEqual(whole.outcomes);
  }, 60_000);

  test('100,000 lines stream through with progress reported', async () => {
    const event = JSON.stringify(sample()[0]);
    const header = JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'ann', exportedAt: T0, events: 100_000 });
    const body = `${header}\n${Array.from({ length: 100_000 }, (_, i) => event.replace(/"eventId":"[^"]+"/, `"eventId":"ev-${String(i).padStart(8, '0')}"`)).join('\n')}\n`;
    const bytes = new TextEncoder().encode(body);
    // Chunks that cut lines and multi-byte characters anywhere.
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 65_537) c.enqueue(bytes.subarray(i, i + 65_537));
        c.close();
      },
    });
    const seen: number[] = [];
    const checked = await checkLogExport(stream, { onProgress: ({ done }) => seen.push(done) });
    expect(checked.events).toBe(100_000);
    expect(seen.length).toBeGreaterThanOrEqual(20);
    expect(seen.at(-1)).toBe(100_000);
  }, 60_000);
});

describe('CSV', () => {
  test('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const lead of ['+', '-', '@', '\t']) expect(csvCell(`${lead}1`)).toBe(`'${lead}1`);
    expect(csvCell(42)).toBe('42');
    expect(csvCell(undefined)).toBe('');
  });

  test('a header row and one row per event', () => {
    const [e] = logged('=cmd|calc', flagEvent({ ticket: { helpdesk: 'zendesk', id: '1', url: 'https://x', subject: 'Hi, "you"' } }));
    const lines = [...toCsvLines([e as LoggedEvent])];
    expect(lines[0]).toBe(
      'time,agent,helpdesk,ticket_id,ticket_url,subject,type,category,rule,state,snippet,suggestion,dismissal,flags_present,rules,effort_score,effort_level,signals,missing,event_id\r\n',
    );
    expect(lines[1]).toContain(`,'=cmd|calc,zendesk,1,https://x,"Hi, ""you""",flag,apology-without-help,apology-refusal,shown,"I'm sorry,`);
    expect(lines).toHaveLength(2);
  });
});

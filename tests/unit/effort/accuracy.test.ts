/**
 * Precision and recall of detectEffortSignals per signal and micro-averaged, on the shared corpus and on the
 * team's own cases (single messages, plus every customer message of the whole-thread cases).
 */
import { describe, expect, test } from 'vitest';
import { analyzeThread, detectEffortSignals } from '../../../lib/effort';
import { corpusMessages, teamMessages, teamThreads, type LabeledMessage } from './cases';
import { add, emptyTally, micro, precision, recall, table, type Tally } from '../../../lib/effort/train/tally';

const MIN_PRECISION = 0.85;
const MIN_RECALL = 0.8;

function tallyMessages(messages: LabeledMessage[], tally = emptyTally()): Tally {
  for (const m of messages) add(tally, detectEffortSignals(m.text).map((s) => s.id), m.signals);
  return tally;
}

function report(name: string, tally: Tally) {
  console.log(`\neffort signals on ${name}`);
  console.table(table(tally));
  const all = micro(tally);
  expect(precision(all), `${name}: micro precision`).toBeGreaterThanOrEqual(MIN_PRECISION);
  expect(recall(all), `${name}: micro recall`).toBeGreaterThanOrEqual(MIN_RECALL);
}

describe('effort signal accuracy', () => {
  test.skipIf(!!corpusAbsent)(`on the shared labeled corpus (customer.dev.jsonl)${corpusAbsent ? ` — skipped: ${corpusAbsent}` : ''}`, () => {
    const messages = corpusMessages();
    expect(messages.length).toBeGreaterThan(200);
    report('the shared corpus', tallyMessages(messages));
  });

  test("on the team's own cases", () => {
    const messages = teamMessages();
    const threads = teamThreads();
    expect(messages.length).toBeGreaterThanOrEqual(150);
    expect(threads.length).toBeGreaterThanOrEqual(20);
    const tally = tallyMessages(messages);
    for (const c of threads) {
      const result = analyzeThread(c.thread);
      c.thread.messages.forEach((m, i) => {
        if (m.role !== 'customer' || m.internal) return;
        add(
          tally,
          result.signals.filter((s) => s.message === i).map((s) => s.id),
          c.expect.signals.filter(([at]) => at === i).map(([, id]) => id),
        );
      });
    }
    report("the team's cases", tally);
  });
});

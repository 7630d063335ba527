/**
 * Precision and recall of detectEffortSignals (rules + learned scorer), each labeled with what it is measured on:
 * - the frozen test split of the shared corpus (lib/effort/train/frozen-split.ts): nothing was tuned or fit on it;
 * - 5-fold cross-validation on the rest of the corpus (the scorer refit per fold; the rules were tuned on these);
 * - the team's own cases (which the rules and the scorer were written and fit with: not an accuracy).
 * The corpus tests skip, with the reason, where ../shared/corpus (or $CORPUS_DIR) is absent.
 */
import { describe, expect, test } from 'vitest';
import { analyzeThread, detectEffortSignals } from '../../../lib/effort';
import { customerSplit } from '../../../lib/effort/train/corpus';
import { crossValidate } from '../../../lib/effort/train/cross-validate';
import { measure } from '../../../lib/effort/train/measure';
import { add, micro, precision, recall, table, type Tally } from '../../../lib/effort/train/tally';
import { EFFORT_SIGNALS } from '../../../lib/taxonomy';
import { corpusMissing, teamMessages, teamThreads } from './cases';

/** A little under what the detector reaches on each set (README, "How the effort detector is measured"). */
const FROZEN = { precision: 0.8, recall: 0.63, signalRecall: 0.43 };
const CROSS_VALIDATED = { precision: 0.88, recall: 0.81 };
const TEAM = { precision: 0.85, recall: 0.8 };

const detect = (text: string) => detectEffortSignals(text).map((s) => s.id);

function report(name: string, tally: Tally, floor: { precision: number; recall: number }) {
  console.log(`\neffort signals on ${name}`);
  console.table(table(tally));
  const all = micro(tally);
  expect(precision(all), `${name}: micro precision`).toBeGreaterThanOrEqual(floor.precision);
  expect(recall(all), `${name}: micro recall`).toBeGreaterThanOrEqual(floor.recall);
}

describe('effort signal accuracy', () => {
  const missing = corpusMissing();

  test('on the frozen test split of the shared corpus (never tuned on)', (ctx) => {
    if (missing) ctx.skip(missing);
    const { test: frozen } = customerSplit();
    expect(frozen.length).toBeGreaterThan(120);
    const tally = measure(detect, frozen);
    report(`the frozen test split (${frozen.length} messages, never tuned on)`, tally, FROZEN);
    // every signal with enough items to say anything (transfer and repeated-information have 2 and 4 there)
    for (const id of EFFORT_SIGNALS) if (tally[id].tp + tally[id].fn >= 8) expect(recall(tally[id]), `${id} recall`).toBeGreaterThanOrEqual(FROZEN.signalRecall);
  });

  test('5-fold cross-validation on the rest of the corpus (rules tuned on it; scorer refit per fold)', (ctx) => {
    if (missing) ctx.skip(missing);
    report('5-fold cross-validation of the non-frozen corpus items', crossValidate(5), CROSS_VALIDATED);
  }, 60_000); // five scorer fits over the corpus rest and our natural text: seconds, more on a loaded machine

  test("on the team's own cases (written with the rules and fit on: not an accuracy)", () => {
    const messages = teamMessages();
    const threads = teamThreads();
    expect(messages.length).toBeGreaterThanOrEqual(150);
    expect(threads.length).toBeGreaterThanOrEqual(20);
    const tally = measure(detect, messages);
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
    report("the team's cases", tally, TEAM);
  });
});

/**
 * The coaching log in real Chromium: 100,000 events written in batches the way the worker writes them, then the
 * dashboard's aggregates for the last 30 days. Runs in an extension page of the e2e build (which it builds when
 * missing or older than the sources).
 */
import { launchWithExtension } from '../e2e/harness/browser';
import { openLogPage } from '../e2e/harness/log-hooks';
import { ensureE2eBuild } from '../e2e/harness/build';
import { percentiles, type BenchSection } from './section';

const EVENTS = 100_000;
const BATCH = 1000;

export default async function dbBench(): Promise<BenchSection> {
  ensureE2eBuild();
  const browser = await launchWithExtension();
  try {
    const logPage = await openLogPage(browser.context, browser.extensionId);
    const insertMs = await logPage.run(
      async (log, { total, batchSize }) => {
        await log.clearLog(log.db);
        const now = Date.now();
        const phrases = ['nothing I can do', 'that is our policy', 'as I already explained', 'you should have read', 'unfortunately', 'my hands are tied', 'per my last email', 'user error'];
        const rules = ['apology-refusal', 'apology-policy', 'empty-apology', 'non-apology', 'repetition-marker', 'should-have', 'user-error', 'not-our-fault'];
        const states = ['shown', 'shown', 'shown', 'fixed', 'applied', 'dismissed', 'sent'] as const;
        const signals = ['repeat-contact', 'transfer', 'long-wait', 'frustration'] as const;
        let seed = 42;
        const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
        const make = (i: number) => {
          const ticketNo = rand(4000);
          const ticket = { helpdesk: 'zendesk', id: String(ticketNo), url: `https://acme.zendesk.com/agent/tickets/${ticketNo}`, subject: `Order ${ticketNo} refund` };
          const base = { eventId: `bench-${i.toString(36).padStart(8, '0')}`, at: now - rand(30 * 86_400_000), ticket };
          const kind = rand(100);
          if (kind < 70) {
            const r = rand(rules.length);
            const words = phrases[rand(phrases.length)];
            const text = `Hi Sam, thanks for writing. I'm sorry but ${words} about order 123456789 for you today.`;
            const start = text.indexOf(words);
            return {
              ...base,
              type: 'flag' as const,
              flagKey: `k${i}`,
              rule: rules[r],
              category: r < 4 ? ('apology-without-help' as const) : ('customer-blame' as const),
              state: states[rand(states.length)],
              context: { text, start, end: start + words.length },
            };
          }
          if (kind < 85) return { ...base, type: 'reply-sent' as const, flagsPresent: rand(3), rules: [] };
          if (kind < 95) {
            const score = rand(101);
            return { ...base, type: 'effort' as const, score, level: score > 66 ? ('high' as const) : score > 33 ? ('medium' as const) : ('low' as const), signals: [signals[rand(4)]], reasons: ['bench'] };
          }
          return { ...base, type: 'adapter-health' as const, missing: ['subject'] };
        };
        const t0 = performance.now();
        for (let b = 0; b < total; b += batchSize) {
          const agentLabel = `agent-${(b / batchSize) % 6}`;
          const rows = Array.from({ length: batchSize }, (_, j) => log.toEventRow(log.toLoggedEvent(make(b + j), { agentLabel, snippetsEnabled: true })));
          await log.storeEvents(log.db, rows);
        }
        return performance.now() - t0;
      },
      { total: EVENTS, batchSize: BATCH },
    );
    const { samples, stored, firstMs, summary } = await logPage.run(async (log) => {
      const t0 = performance.now();
      const first = await log.computeAggregates(log.db);
      const firstMs = performance.now() - t0;
      const samples: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        await log.computeAggregates(log.db);
        samples.push(performance.now() - t);
      }
      const summary = { shown: first.outcomes.shown, replies: first.replies.sent, highEffort: first.highEffortTickets.length, agents: first.agents.length, tallyRows: await log.db.dayTallies.count() };
      return { samples, stored: (await log.allEventRows(log.db)).length, firstMs, summary };
    });
    console.log(`db bench: ${stored} events stored; aggregates saw`, summary);
    const { median, p95 } = percentiles(samples);
    return {
      name: 'Coaching log (Chromium, IndexedDB in an extension page)',
      measures: [
        { label: `insert ${EVENTS.toLocaleString('en')} events in batches of ${BATCH}`, value: insertMs, unit: 'ms' },
        { label: 'events stored', value: stored, unit: 'count' },
        { label: 'aggregates, last 30 days, first run', value: firstMs, unit: 'ms', target: 300 },
        { label: 'aggregates, last 30 days, median of 15', value: median, unit: 'ms', target: 300 },
        { label: 'aggregates, last 30 days, p95', value: p95, unit: 'ms' },
      ],
    };
  } finally {
    await browser.close();
  }
}

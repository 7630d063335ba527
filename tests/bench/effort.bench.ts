import { analyzeThread, detectEffortSignals } from '../../lib/effort';
import type { ThreadMessage } from '../../lib/effort';
import { HOSTILE_TEXTS } from './drafts';
import { percentiles, timeRuns, type BenchMeasure, type BenchSection } from './section';

const CUSTOMER = [
  "Hi, I ordered the blue jacket two weeks ago and it still hasn't arrived.",
  'This is the third time I am writing about this and nobody has answered my ticket.',
  'I already sent you the receipt and the screenshots last week.',
  'Your chat agent told me to email instead, and then the phone line kept me on hold for 40 minutes.',
  'The tracking number you gave me does not work on the carrier website.',
  "It's still not working after the update you suggested.",
  'Could you please check what happened to the parcel and let me know?',
  'Honestly this is ridiculous, I want to speak to a manager or I will cancel my subscription.',
  'Thanks for getting back to me, I appreciate the help.',
  'The address on the order is correct, I checked it twice.',
] as const;
const AGENT = [
  'Thanks for reaching out, I have checked the order and the parcel left our warehouse on Monday.',
  'I have issued a refund of the shipping fee and escalated the delay to the carrier.',
  'I will follow up with you on Friday with an update either way.',
  'Could you confirm the delivery address so I can arrange a replacement?',
] as const;

/** About 200 words a message, half from the customer, as a long escalated ticket reads. */
function longThread(messages: number): ThreadMessage[] {
  const thread: ThreadMessage[] = [];
  const start = Date.parse('2026-01-05T09:00:00Z');
  for (let i = 0; i < messages; i++) {
    const customer = i % 2 === 0;
    const pool: readonly string[] = customer ? CUSTOMER : AGENT;
    const parts: string[] = [];
    for (let words = 0, k = i; words < 200; k++) {
      const s = pool[k % pool.length];
      parts.push(s);
      words += s.split(' ').length;
    }
    thread.push({
      role: customer ? 'customer' : 'agent',
      author: customer ? 'Dana' : `Agent ${(i >> 3) % 3}`,
      at: new Date(start + i * 3_600_000).toISOString(),
      text: parts.join(' '),
    });
  }
  return thread;
}

export default async function effortBench(): Promise<BenchSection> {
  const messages = longThread(300);
  const words = messages.reduce((n, m) => n + m.text.split(/\s+/).length, 0);
  const thread = { messages };
  const measures: BenchMeasure[] = [];
  const { median, p95 } = percentiles(timeRuns(() => analyzeThread(thread), 40, 5));
  measures.push({ label: `analyzeThread, 300 messages (${words} words), median`, value: median, unit: 'ms', target: 10 });
  measures.push({ label: 'analyzeThread, 300 messages, p95', value: p95, unit: 'ms' });
  let worst = 0;
  for (const text of Object.values(HOSTILE_TEXTS)) {
    worst = Math.max(worst, percentiles(timeRuns(() => detectEffortSignals(text), 10, 2)).median);
  }
  measures.push({ label: 'detectEffortSignals, hostile 100 KB, worst median', value: worst, unit: 'ms', target: 50 });
  return { name: 'Effort detector (lib/effort)', measures };
}

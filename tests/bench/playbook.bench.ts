/**
 * The team playbook at its largest (500 phrases) on a 5 kB draft: the whole analysis, against the same draft
 * analysed with no playbook. All phrases are found in one pass over the text, so their number barely counts.
 */
import { analyzeReply } from '../../lib/analysis';
import type { Playbook } from '../../lib/analysis/types';
import { realisticDraft } from './drafts';
import { percentiles, timeRuns, type BenchMeasure, type BenchSection } from './section';

const OPENERS = ['per our', 'according to the', 'as stated in the', 'due to our', 'under the', 'as per the', 'in line with our', 'based on the', 'because of the', 'as outlined in the'];
const NOUNS = ['policy', 'terms', 'guidelines', 'rules', 'procedure', 'process', 'system', 'agreement', 'contract', 'handbook', 'regulations', 'standards', 'protocol', 'workflow', 'requirements', 'conditions', 'limits', 'schedule', 'queue', 'backlog', 'template', 'script', 'macro', 'escalation path', 'service level', 'return window', 'warranty', 'billing cycle', 'refund rules', 'account settings', 'security checks', 'fraud review', 'shipping policy', 'carrier rules', 'store policy', 'company policy', 'team rules', 'legal team', 'finance team', 'manager', 'supervisor', 'head office', 'HQ', 'back office', 'tier two', 'tier three', 'audit', 'compliance', 'vendor', 'partner'];

/** 500 distinct phrases, a few of which occur in the bench draft. */
export function largestPlaybook(): Playbook {
  const phrases = [
    'nothing I can do',
    'that is our policy',
    'as I already explained',
    ...OPENERS.flatMap((o) => NOUNS.map((n) => `${o} ${n}`)),
  ].slice(0, 500);
  return {
    phrases: phrases.map((phrase, i) => ({ phrase, category: i % 2 ? 'customer-blame' : 'apology-without-help', alternative: 'Here is what I can do' })),
    canDo: ['refund the shipping fee', 'a callback today'],
  };
}

export default async function playbookBench(): Promise<BenchSection> {
  const draft = realisticDraft(900).slice(0, 5 * 1024);
  const playbook = largestPlaybook();
  const measures: BenchMeasure[] = [];
  const bare = percentiles(timeRuns(() => analyzeReply(draft), 200));
  const t0 = performance.now();
  analyzeReply(draft, { playbook });
  measures.push({ label: '500-phrase playbook: first analysis (compiles it), 5 kB', value: performance.now() - t0, unit: 'ms' });
  const withPlaybook = percentiles(timeRuns(() => analyzeReply(draft, { playbook }), 200));
  measures.push({ label: 'analysis of a 5 kB draft, no playbook, median', value: bare.median, unit: 'ms' });
  measures.push({ label: 'analysis of a 5 kB draft, 500-phrase playbook, median', value: withPlaybook.median, unit: 'ms', target: 20 });
  measures.push({ label: 'analysis of a 5 kB draft, 500-phrase playbook, p95', value: withPlaybook.p95, unit: 'ms', target: 20 });
  return { name: 'Team playbook (lib/analysis/playbook.ts)', measures };
}

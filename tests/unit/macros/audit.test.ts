import { expect, test } from 'vitest';
import { auditCsvLines, auditMacros } from '../../../lib/macros/audit';
import { parseMacros } from '../../../lib/macros/parse';
import { parseCsv } from '../../../lib/macros/csv';

const csv = [
  'title,body',
  '"Refund refused","I\'m sorry, but there\'s nothing I can do. That decision is final."',
  '"Manual","You should have read the instructions, as I already explained."',
  '"Good one","I\'ve refunded the shipping fee; it reaches your card within 3 days."',
].join('\n');

test('every macro is audited; flags carry rewrites; the CSV has one row per flag and one per clean macro', () => {
  const audits = auditMacros(parseMacros(csv).macros);
  expect(audits.map((a) => [a.macro.title, a.flags.length > 0])).toEqual([
    ['Refund refused', true],
    ['Manual', true],
    ['Good one', false],
  ]);
  expect(audits[0].flags.every((f) => f.category === 'apology-without-help')).toBe(true);
  expect(audits[1].flags.every((f) => f.category === 'customer-blame')).toBe(true);
  expect(audits.flatMap((a) => a.flags).every((f) => f.suggestions.length > 0)).toBe(true);

  const rows = parseCsv([...auditCsvLines(audits)].join(''));
  const flags = audits.reduce((n, a) => n + a.flags.length, 0);
  expect(rows[0].cells).toEqual(['macro', 'source', 'rule', 'category', 'words', 'message', 'rewrite_1', 'rewrite_2', 'rewrite_3']);
  expect(rows).toHaveLength(1 + flags + 1);
  expect(rows.at(-1)!.cells.slice(0, 3)).toEqual(['Good one', 'line 4', '']);
});

test('a team playbook phrase is flagged in the macros too', () => {
  const macros = parseMacros('[{"title":"Policy","text":"Per our policy, refunds take 30 days."}]').macros;
  const [audit] = auditMacros(macros, { playbook: { phrases: [{ phrase: 'per our policy', category: 'apology-without-help', alternative: 'Here is how it works' }], canDo: [] } });
  expect(audit.flags.map((f) => f.rule)).toContain('playbook:per-our-policy');
});

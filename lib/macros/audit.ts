/** Runs the wording engine over every canned response, so bad wording is fixed once, at the source. */
import { analyzeReply, type AnalyzeOptions, type Flag } from '../analysis';
import { csvCell } from '../db/export';
import type { Macro } from './parse';

export interface MacroAudit {
  macro: Macro;
  flags: Flag[];
}

export function auditMacros(macros: readonly Macro[], options?: AnalyzeOptions): MacroAudit[] {
  return macros.map((macro) => ({ macro, flags: analyzeReply(macro.text, options).flags }));
}

export const AUDIT_CSV_COLUMNS = ['macro', 'source', 'rule', 'category', 'words', 'message', 'rewrite_1', 'rewrite_2', 'rewrite_3'] as const;

/** One row per flag (a clean macro gets one row with no rule), CRLF line ends as spreadsheets expect. */
export function* auditCsvLines(audits: readonly MacroAudit[]): Generator<string> {
  yield `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;
  for (const { macro, flags } of audits) {
    const source = `${macro.source.kind} ${macro.source.n}`;
    const rows = flags.length
      ? flags.map((f) => [macro.title, source, f.rule, f.category, f.match, f.message, ...[0, 1, 2].map((i) => f.suggestions[i]?.text)])
      : [[macro.title, source]];
    for (const row of rows) yield `${AUDIT_CSV_COLUMNS.map((_, i) => csvCell(row[i])).join(',')}\r\n`;
  }
}

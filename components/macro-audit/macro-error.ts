import { MacroParseError, type MacroErrorCode } from '@/lib/macros/errors';
import { t, type MessageKey } from '@/lib/i18n';

const REASON: Record<MacroErrorCode, MessageKey> = {
  empty: 'macroErrorEmpty',
  'csv-unclosed-quote': 'macroErrorUnclosedQuote',
  'csv-missing-columns': 'macroErrorMissingColumns',
  'json-invalid': 'macroErrorJsonInvalid',
  'json-unknown-shape': 'macroErrorUnknownShape',
  'json-item-invalid': 'macroErrorItemInvalid',
};

/** A refused macro file, worded for the lead: where (line or item), then why. */
export function macroErrorText(err: MacroParseError): string {
  const reason = t(REASON[err.code], { detail: err.detail ?? '' });
  if (!err.where) return reason;
  return t(err.where.kind === 'line' ? 'macroErrorAtLine' : 'macroErrorAtItem', { n: err.where.n, reason });
}

/** Why a macro file was refused, and where: the UI words it from `code`; `message` is the English for logs and tests. */
export type MacroErrorCode =
  | 'empty'
  | 'csv-unclosed-quote'
  | 'csv-missing-columns'
  | 'json-invalid'
  | 'json-unknown-shape'
  | 'json-item-invalid';

export type MacroSource = { kind: 'line'; n: number } | { kind: 'item'; n: number };

export class MacroParseError extends Error {
  override name = 'MacroParseError';
  constructor(
    readonly code: MacroErrorCode,
    message: string,
    readonly where?: MacroSource,
    /** Extra facts for the UI's wording: the columns found, the parser's message… */
    readonly detail?: string,
  ) {
    super(where ? `${where.kind === 'line' ? 'Line' : 'Item'} ${where.n}: ${message}` : message);
  }
}

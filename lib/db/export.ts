/** Serialising the coaching log: NDJSON (for merging logs and back-ups) and CSV (for spreadsheets). Pure. */
import type { LoggedEvent } from './logged-event';

export const EXPORT_FORMAT = 'agent-assist-log';
export const EXPORT_VERSION = 1;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** The label of the agent who exported; every event also carries its own. */
  agent: string;
  exportedAt: number;
  events: number;
}

export function exportHeader(agent: string, events: number, exportedAt = Date.now()): ExportHeader {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, agent, exportedAt, events };
}

/** The header line, then one event a line; every line ends with '\n'. */
export function* toNdjsonLines(header: ExportHeader, events: Iterable<LoggedEvent>): Generator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const event of events) yield `${JSON.stringify(event)}\n`;
}

export const CSV_COLUMNS = [
  'time',
  'agent',
  'helpdesk',
  'ticket_id',
  'ticket_url',
  'subject',
  'type',
  'category',
  'rule',
  'state',
  'snippet',
  'suggestion',
  'dismissal',
  'flags_present',
  'rules',
  'effort_score',
  'effort_level',
  'signals',
  'missing',
  'event_id',
] as const;

function csvFields(e: LoggedEvent): Record<(typeof CSV_COLUMNS)[number], string | number | undefined> {
  return {
    time: new Date(e.at).toISOString(),
    agent: e.agent,
    helpdesk: e.ticket.helpdesk,
    ticket_id: e.ticket.id ?? undefined,
    ticket_url: e.ticket.url,
    subject: e.ticket.subject,
    type: e.type,
    category: e.type === 'flag' ? e.category : undefined,
    rule: e.type === 'flag' ? e.rule : undefined,
    state: e.type === 'flag' ? e.state : undefined,
    snippet: e.type === 'flag' ? e.snippet : undefined,
    suggestion: e.type === 'flag' ? e.suggestion : undefined,
    dismissal: e.type === 'flag' ? e.dismissal : undefined,
    flags_present: e.type === 'reply-sent' ? e.flagsPresent : undefined,
    rules: e.type === 'reply-sent' ? e.rules.join(' ') : undefined,
    effort_score: e.type === 'effort' ? e.score : undefined,
    effort_level: e.type === 'effort' ? e.level : undefined,
    signals: e.type === 'effort' ? e.signals.join(' ') : undefined,
    missing: e.type === 'adapter-health' ? e.missing.join(' ') : undefined,
    event_id: e.eventId,
  };
}

/**
 * One CSV cell (RFC 4180 quoting). Text a spreadsheet would run as a formula gets a leading apostrophe: one
 * that starts with = + - @ (or their full-width forms), also after leading spaces, tabs, line breaks or invisible
 * characters, which spreadsheets skip; and one that starts with a tab or a carriage return. Numbers are written
 * as numbers.
 */
const FORMULA_START = /^(?:[\s\p{Cf}\p{Cc}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/u;

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row, then one row per event; CRLF line ends, as spreadsheets expect. */
export function* toCsvLines(events: Iterable<LoggedEvent>): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const event of events) {
    const fields = csvFields(event);
    yield `${CSV_COLUMNS.map((c) => csvCell(fields[c])).join(',')}\r\n`;
  }
}

/**
 * A team's canned responses, from what a lead has at hand: a CSV (a header with a title/name column and a
 * body/text/content column), a Zendesk macros export, Freshdesk canned responses, or a plain [{title, text}].
 * A file that cannot be read is refused with the line (CSV) or item (JSON) at fault.
 */
import { parseCsv } from './csv';
import { MacroParseError, type MacroSource } from './errors';
import { htmlToText } from './html-text';

export interface Macro {
  title: string;
  text: string;
  source: MacroSource;
}

export interface ParsedMacros {
  macros: Macro[];
  /** Canned responses with no reply text (e.g. a Zendesk macro that only sets fields): nothing to audit. */
  withoutText: number;
}

const TITLE_COLUMNS = ['title', 'name', 'macro', 'subject'];
const BODY_COLUMNS = ['body', 'text', 'content', 'message', 'comment', 'reply'];

function fromCsv(text: string): ParsedMacros {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new MacroParseError('empty', 'the file is empty');
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const title = names.findIndex((n) => TITLE_COLUMNS.includes(n));
  const body = names.findIndex((n) => BODY_COLUMNS.includes(n));
  if (title === -1 || body === -1) {
    const found = header.cells.map((c) => c.trim()).join(', ');
    throw new MacroParseError(
      'csv-missing-columns',
      `the header needs a title column (${TITLE_COLUMNS.join('/')}) and a text column (${BODY_COLUMNS.join('/')}); found: ${found}`,
      { kind: 'line', n: header.line },
      found,
    );
  }
  const macros: Macro[] = [];
  let withoutText = 0;
  for (const row of rows) {
    const text = (row.cells[body] ?? '').trim();
    if (!text) withoutText++;
    else macros.push({ title: (row.cells[title] ?? '').trim() || `#${macros.length + 1}`, text, source: { kind: 'line', n: row.line } });
  }
  return { macros, withoutText };
}

type Item = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Zendesk keeps the reply in the comment actions; a comment_value may be [channel, text]. */
function zendeskText(actions: unknown[]): string {
  const parts: string[] = [];
  for (const a of actions) {
    if (typeof a !== 'object' || a === null) continue;
    const { field, value } = a as Item;
    const raw = Array.isArray(value) ? value.filter((v) => typeof v === 'string').at(-1) : value;
    if (typeof raw !== 'string') continue;
    if (field === 'comment_value_html') parts.push(htmlToText(raw));
    else if (field === 'comment_value') parts.push(raw);
  }
  return parts.join('\n\n').trim();
}

function itemText(item: Item): string | undefined {
  if (Array.isArray(item.actions)) return zendeskText(item.actions);
  const html = str(item.content_html) ?? str(item.body_html) ?? str(item.html);
  if (html !== undefined) return htmlToText(html);
  const plain = str(item.text) ?? str(item.content) ?? str(item.body);
  return plain?.trim();
}

function fromJson(text: string): ParsedMacros {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new MacroParseError('json-invalid', `not valid JSON (${(err as Error).message})`, undefined, (err as Error).message);
  }
  const list =
    Array.isArray(value) ? value
    : typeof value === 'object' && value !== null ? ((value as Item).macros ?? (value as Item).canned_responses)
    : undefined;
  if (!Array.isArray(list)) {
    throw new MacroParseError('json-unknown-shape', 'expected a list of canned responses, or {"macros": [...]} (Zendesk)');
  }
  const macros: Macro[] = [];
  let withoutText = 0;
  list.forEach((entry, i) => {
    const where: MacroSource = { kind: 'item', n: i + 1 };
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new MacroParseError('json-item-invalid', 'not an object', where, 'not an object');
    }
    const item = entry as Item;
    const title = str(item.title) ?? str(item.name);
    const body = itemText(item);
    if (title === undefined || body === undefined) {
      const missing = title === undefined ? 'a "title"' : 'a "text", "content", "content_html" or "actions"';
      throw new MacroParseError('json-item-invalid', `needs ${missing}`, where, missing);
    }
    if (!body) withoutText++;
    else macros.push({ title: title.trim() || `#${i + 1}`, text: body, source: where });
  });
  return { macros, withoutText };
}

export function parseMacros(text: string): ParsedMacros {
  const trimmed = text.trim().replace(/^\ufeff/, '');
  if (!trimmed) throw new MacroParseError('empty', 'the file is empty');
  return trimmed[0] === '{' || trimmed[0] === '[' ? fromJson(trimmed) : fromCsv(text);
}

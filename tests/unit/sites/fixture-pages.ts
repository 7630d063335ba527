import fs from 'node:fs';
import path from 'node:path';
import type { ThreadStructure } from '../../../lib/effort/types';

export const HELPDESK_PAGES = path.resolve(import.meta.dirname, '../../e2e/pages/helpdesks');

/** What a fixture page must read as (tests/e2e/pages/helpdesks/<name>.expected.json). */
export interface Expected {
  adapter: string;
  url: string;
  id: string;
  /** The number agents see, when the adapter reads one apart from the id. */
  number?: string;
  subject: string;
  requester: { name?: string; email?: string };
  messages: { role: 'customer' | 'agent'; internal: boolean; author?: string; has: string }[];
  /** Quoted history: in no message's text. */
  absent: string[];
  /** Selector of the reply editor's editable in the static page, or null where the page has none. */
  editor: string | null;
  /** Parts that must be reported missing once these selectors' elements are removed. */
  breaks: Record<string, string[]>;
  /** The thread's shape as the effort score reads it (times, authors, hand-offs, reopened), where the page shows it. */
  structure?: Partial<ThreadStructure>;
  /** The effort the panel must show for the page's thread; null where the page has no thread to score. */
  effort?: { score: number; level: string; signals: string[]; onlyInNoteOrQuote: Record<string, string> } | null;
  /** For single-page apps: the page's window.switchTicket(arg) shows another mounted ticket. */
  switch?: { arg: string; id: string; subject: string };
}

export function fixtureNames(): string[] {
  return fs.readdirSync(HELPDESK_PAGES).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, ''));
}

export function loadFixture(name: string): { html: string; expected: Expected } {
  return {
    html: fs.readFileSync(path.join(HELPDESK_PAGES, `${name}.html`), 'utf8'),
    expected: JSON.parse(fs.readFileSync(path.join(HELPDESK_PAGES, `${name}.expected.json`), 'utf8')) as Expected,
  };
}

/**
 * Every user-facing string of the extension pages (dashboard, settings, macro audit, popup) and of the in-page
 * overlay (the .tsx files directly in components/) comes from assets/public/_locales/en/messages.json: each key
 * used in code exists, each message is used, placeholders match, and no English is left inline in the JSX.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { t, tCount } from '../../../lib/i18n';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const messages = JSON.parse(fs.readFileSync(path.join(root, 'assets/public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const PAGE_DIRS = [
  'components/dashboard',
  'components/settings',
  'components/macro-audit',
  'components/common',
  'components/popup',
  'entrypoints/dashboard',
  'entrypoints/options',
  'entrypoints/popup',
  'lib/cli',
  'lib/validation',
  'lib/db',
];

function sourcesIn(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { file: path.relative(root, file), text: fs.readFileSync(file, 'utf8') };
    });
}
/** The in-page overlay: the components directly in components/ (panel, card, underlines, site switch…). */
const inPage = sourcesIn('components').filter((s) => path.dirname(s.file) === 'components');
const sources = [...PAGE_DIRS.flatMap(sourcesIn), ...inPage];
const allCode = sources.map((s) => s.text).join('\n');

/** `t('key', { a, b: x(y), c })` → ['key', ['a', 'b', 'c']]: property names at the top level of the literal. */
function callsOfT(code: string): { key: string; names: string[] | null }[] {
  const calls: { key: string; names: string[] | null }[] = [];
  for (const m of code.matchAll(/\bt\(\s*'(\w+)'\s*(,\s*\{)?/g)) {
    if (!m[2]) {
      calls.push({ key: m[1], names: null });
      continue;
    }
    let depth = 1;
    let i = m.index! + m[0].length;
    let body = '';
    for (; depth > 0 && i < code.length; i++) {
      const c = code[i];
      if ('({['.includes(c)) depth++;
      if (')}]'.includes(c)) depth--;
      body += depth === 1 ? c : depth > 1 && '({['.includes(c) && depth === 2 ? '#' : '';
    }
    calls.push({ key: m[1], names: body.split(',').map((p) => /^\s*(\w+)/.exec(p)?.[1]).filter((n): n is string => !!n) });
  }
  // tCount(n, 'one', 'other') fills {count} in both.
  for (const m of code.matchAll(/\btCount\([^,]+,\s*'(\w+)',\s*'(\w+)'\s*\)/g)) calls.push({ key: m[1], names: ['count'] }, { key: m[2], names: ['count'] });
  return calls;
}

describe('messages.json', () => {
  test('keys are valid for browser.i18n and every message has text without the browser $ syntax', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.message, key).not.toContain('$');
    }
  });

  test('every key used in the pages exists, with the placeholders its message expects', () => {
    const calls = callsOfT(allCode);
    expect(calls.length).toBeGreaterThan(50);
    for (const { key, names } of calls) {
      expect(messages, `t('${key}')`).toHaveProperty(key);
      const placeholders = [...messages[key].message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      if (names) expect([...new Set(names)].sort(), `placeholders of ${key}`).toEqual([...new Set(placeholders)].sort());
      else expect(placeholders, `${key} needs substitutions`).toEqual([]);
    }
  });

  test('every message is used by the pages', () => {
    const unused = Object.keys(messages).filter((key) => !allCode.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  test('no English is left inline in the pages', () => {
    for (const { file, text: source } of sources.filter((s) => s.file.endsWith('.tsx'))) {
      const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      const jsxText = [...text.matchAll(/(?<!=)>([^<>{}]*[a-z]{3,}[^<>{}]*)</g)].map((m) => m[1].trim()).filter((s) => !/[;=()&|?]/.test(s)); // code between a `>` operator and a tag is not text
      expect(jsxText, file).toEqual([]);
      expect([...text.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*[a-z]{3,}[^"]*)"/g)].map((m) => m[0]), file).toEqual([]);
    }
  });
});

describe('t()', () => {
  test('fills named placeholders, formatting numbers, and falls back to English outside the browser', () => {
    expect(t('importRefusedEncoding', { line: 1200 })).toMatch(/^The file is not UTF-8 text \(line 1,200\)\./);
    expect(t('tabOverview')).toBe('Overview');
  });

  test('tCount picks the one or other message by the count', () => {
    expect(tCount(1, 'panelFlagCountOne', 'panelFlagCountOther')).toBe('1 flag in the draft');
    expect(tCount(0, 'panelFlagCountOne', 'panelFlagCountOther')).toBe('0 flags in the draft');
    expect(tCount(1200, 'ticketAgentRepliesOne', 'ticketAgentRepliesOther')).toBe('1,200 agent replies');
  });

  test('the names the e2e tests find the overlay and popup by read as before', () => {
    expect(t('extensionName')).toBe('Agent Assist');
    expect(t('cardDismiss')).toBe('Dismiss');
    expect(t('healthCouldNotRead', { parts: 'subject' })).toMatch(/^Couldn’t read: subject — coaching still works$/);
  });
});

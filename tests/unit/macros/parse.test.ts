import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../lib/macros/csv';
import { MacroParseError } from '../../../lib/macros/errors';
import { htmlToText } from '../../../lib/macros/html-text';
import { parseMacros } from '../../../lib/macros/parse';

function refusal(text: string): MacroParseError {
  try {
    parseMacros(text);
  } catch (err) {
    if (err instanceof MacroParseError) return err;
    throw err;
  }
  throw new Error('the file was accepted');
}

describe('CSV', () => {
  test('quoted cells keep commas, doubled quotes and line breaks; records keep their first line', () => {
    const csv = 'title,body\r\nRefund,"Sorry, ""truly"".\nWe refunded you."\r\nPlain,No quotes here\n';
    expect(parseCsv(csv)).toEqual([
      { line: 1, cells: ['title', 'body'] },
      { line: 2, cells: ['Refund', 'Sorry, "truly".\nWe refunded you.'] },
      { line: 4, cells: ['Plain', 'No quotes here'] },
    ]);
  });

  test('a byte-order mark and blank lines are ignored', () => {
    expect(parseCsv('\ufeffa,b\n\n1,2\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
    ]);
  });

  test('an unclosed quote is refused at the line it opens', () => {
    const err = refusal('name,text\nOk,fine\nBroken,"never closed\nand more\n');
    expect(err).toMatchObject({ code: 'csv-unclosed-quote', where: { kind: 'line', n: 3 } });
    expect(err.message).toMatch(/^Line 3: a quoted cell is never closed/);
  });

  test('macros from a CSV with name/content columns in any order and case', () => {
    const { macros, withoutText } = parseMacros('ID,Content,Name\n1,"Hi,\nsorry for the wait.",Delay\n2,,Empty\n3,Thanks!,Thanks\n');
    expect(macros).toEqual([
      { title: 'Delay', text: 'Hi,\nsorry for the wait.', source: { kind: 'line', n: 2 } },
      { title: 'Thanks', text: 'Thanks!', source: { kind: 'line', n: 5 } },
    ]);
    expect(withoutText).toBe(1);
  });

  test('a header without a title or text column is refused, naming what it found', () => {
    const err = refusal('id,subject_line,notes\n1,a,b\n');
    expect(err).toMatchObject({ code: 'csv-missing-columns', where: { kind: 'line', n: 1 }, detail: 'id, subject_line, notes' });
  });
});

describe('JSON', () => {
  test('a Zendesk macros export: comment_value (plain or [channel, text]) and comment_value_html', () => {
    const zendesk = {
      macros: [
        { title: 'Refund policy', actions: [{ field: 'status', value: 'solved' }, { field: 'comment_value', value: 'Unfortunately that is our policy.' }] },
        { title: 'HTML one', actions: [{ field: 'comment_value_html', value: '<p>Sorry &amp; thanks.</p><p>As I already explained, <b>no</b>.</p>' }] },
        { title: 'Channel pair', actions: [{ field: 'comment_value', value: ['channel:all', 'Like I said, restart it.'] }] },
        { title: 'Only sets fields', actions: [{ field: 'priority', value: 'high' }] },
      ],
      count: 4,
    };
    const { macros, withoutText } = parseMacros(JSON.stringify(zendesk));
    expect(macros.map((m) => [m.title, m.text, m.source.n])).toEqual([
      ['Refund policy', 'Unfortunately that is our policy.', 1],
      ['HTML one', 'Sorry & thanks.\nAs I already explained, no.', 2],
      ['Channel pair', 'Like I said, restart it.', 3],
    ]);
    expect(withoutText).toBe(1);
  });

  test('Freshdesk canned responses (content_html, or content) and a plain [{title, text}]', () => {
    const freshdesk = [{ id: 1, title: 'Late order', content_html: '<div>We&#39;re sorry.<br>It&rsquo;s on its way.</div>' }, { title: 'Plain', content: 'Hello' }];
    expect(parseMacros(JSON.stringify(freshdesk)).macros.map((m) => m.text)).toEqual(["We're sorry.\nIt’s on its way.", 'Hello']);
    expect(parseMacros('[{"title":"A","text":"You should have read the manual."}]').macros).toEqual([
      { title: 'A', text: 'You should have read the manual.', source: { kind: 'item', n: 1 } },
    ]);
  });

  test.each([
    ['broken JSON', '[{"title": "a",', 'json-invalid', undefined],
    ['an object of the wrong shape', '{"tickets": []}', 'json-unknown-shape', undefined],
    ['an item without a title', '[{"title":"ok","text":"x"},{"text":"no title"}]', 'json-item-invalid', 2],
    ['an item without any text field', '[{"title":"ok","text":"x"},{"title":"a"},{"title":"b","text":"y"}]', 'json-item-invalid', 2],
    ['an item that is not an object', '{"macros":[{"title":"a","actions":[]},"oops"]}', 'json-item-invalid', 2],
  ])('refuses %s, naming the item', (_name, text, code, item) => {
    const err = refusal(text);
    expect(err.code).toBe(code);
    expect(err.where).toEqual(item === undefined ? undefined : { kind: 'item', n: item });
    if (item) expect(err.message).toMatch(new RegExp(`^Item ${item}: `));
  });

  test('an empty file is refused', () => {
    expect(refusal('  \n').code).toBe('empty');
  });
});

describe('htmlToText', () => {
  test('drops tags, scripts and styles, keeps paragraphs and list items, decodes entities', () => {
    expect(htmlToText('<style>p{}</style><p>One&nbsp;two</p><ul><li>a</li><li>b &lt;3</li></ul><script>x()</script>&#x1F600;')).toBe('One two\n• a\n• b <3\n😀');
  });
});

// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractText, rangeFor } from '../../../lib/highlight/text-map';

function root(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

describe('extractText', () => {
  test('blocks and <br> become newlines; a <br> that only holds a line open does not', () => {
    expect(extractText(root('<p>Hi Sam,</p><p>one<br>two</p><p><br></p><p>end</p>')).text).toBe('Hi Sam,\none\ntwo\n\nend');
  });
  test('inline formatting adds nothing', () => {
    expect(extractText(root('<p>I am <strong>so</strong> <em>sorry</em>.</p>')).text).toBe('I am so sorry.');
  });
  test("editors' zero-width fillers and non-editable widgets are left out", () => {
    const el = root('<p>a\uFEFFb\u2060\u2060c</p><div contenteditable="false">widget</div><p>d</p>');
    expect(extractText(el).text).toBe('abc\nd');
  });
});

describe('rangeFor', () => {
  test('maps text offsets back to the DOM, across inline elements and blocks', () => {
    const el = root('<p>I am <b>so sorry</b>, but</p><p>no.</p>');
    const map = extractText(el);
    const at = map.text.indexOf('so sorry, but');
    const range = rangeFor(map, at, at + 'so sorry, but'.length)!;
    expect(range.toString()).toBe('so sorry, but');
    const across = rangeFor(map, map.text.indexOf('but'), map.text.length)!;
    expect(across.toString()).toBe('butno.');
  });
  test('skips fillers inside a text node', () => {
    const el = root('<p>ab\uFEFFcd</p>');
    const map = extractText(el);
    expect(rangeFor(map, 1, 3)!.toString()).toBe('b\uFEFFc');
  });
  test('a range over a newline alone is empty', () => {
    const map = extractText(root('<p>a</p><p>b</p>'));
    expect(rangeFor(map, 1, 2)).toBeNull();
  });
});

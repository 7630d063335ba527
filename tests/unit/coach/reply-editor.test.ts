// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { mayBeDraft, mayBeReply } from '../../../lib/coach/reply-editor';

function el(html: string): Element {
  document.body.innerHTML = html;
  return document.body.querySelector('[data-t]')!;
}

test('reply editors, whatever their library calls them, may be the draft', () => {
  for (const html of [
    '<div data-t contenteditable="true" role="textbox" aria-multiline="true" aria-label="Reply"></div>',
    '<div data-t class="note-editable" contenteditable="true"></div>',
    '<textarea data-t name="body" rows="8"></textarea>',
    '<div data-t class="ProseMirror" contenteditable="true"></div>',
    '<div data-t contenteditable="true" aria-label="Message Body"></div>',
  ])
    expect(mayBeReply(el(html)), html).toBe(true);
});

test('search boxes, titles, subjects, notes, headings and one-line fields may not', () => {
  for (const html of [
    '<div data-t class="ticket-title-update js-objectTitle" contenteditable="true"></div>',
    '<div data-t contenteditable="true" role="searchbox"></div>',
    '<div data-t contenteditable="true" role="textbox" aria-multiline="false"></div>',
    '<h1><span data-t contenteditable="true">Refund</span></h1>',
    '<textarea data-t name="internal_note"></textarea>',
    '<textarea data-t id="notes"></textarea>',
    '<textarea data-t aria-label="Subject"></textarea>',
    '<textarea data-t placeholder="Search tickets"></textarea>',
    '<textarea data-t rows="1"></textarea>',
    '<div role="search"><div data-t contenteditable="true"></div></div>',
  ])
    expect(mayBeReply(el(html)), html).toBe(false);
});

test('where the adapter named reply editors still on the page, only they may be the draft', () => {
  document.body.innerHTML = '<div id="a" contenteditable="true"></div><div id="b" contenteditable="true"></div>';
  const a = document.getElementById('a')!;
  const b = document.getElementById('b')!;
  expect(mayBeDraft(b, new Set([a]))).toBe(false);
  expect(mayBeDraft(a, new Set([a]))).toBe(true);
  a.remove();
  // The named editor is gone (the helpdesk re-rendered): back to what the editor says it is.
  expect(mayBeDraft(b, new Set([a]))).toBe(true);
});

test('a named editor the page hides (CKEditor 4 hides the textarea it replaces) does not hold the draft', () => {
  document.body.innerHTML = '<textarea id="a" style="display: none"></textarea><div id="b" contenteditable="true"></div>';
  const a = document.getElementById('a')!;
  const b = document.getElementById('b')!;
  expect(mayBeDraft(b, new Set([a]))).toBe(true);
  a.removeAttribute('style');
  expect(mayBeDraft(b, new Set([a]))).toBe(false);
});


/**
 * Drives one editor test page from an e2e test: where to type, how to read the text back through the editor's
 * own API, and where the overlay drew its underlines.
 */
import type { Frame, Locator, Page } from 'playwright-core';

export const EDITOR_KINDS = [
  'textarea',
  'contenteditable',
  'ckeditor4',
  'ckeditor5',
  'prosemirror',
  'quill',
  'draftjs',
  'slate',
  'lexical',
] as const;
export type EditorKindPage = (typeof EDITOR_KINDS)[number];

export const EDITABLE: Record<EditorKindPage, string> = {
  textarea: '#editor',
  contenteditable: '#editor',
  ckeditor4: 'body',
  ckeditor5: '.ck-editor__editable',
  prosemirror: '.ProseMirror',
  quill: '.ql-editor',
  draftjs: '.public-DraftEditor-content',
  slate: '[data-slate-editor]',
  lexical: '[data-lexical-editor]',
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class EditorPage {
  constructor(
    readonly page: Page,
    readonly kind: EditorKindPage,
  ) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForFunction(() => typeof (window as { readEditorText?: unknown }).readEditorText === 'function' &&
      ((window as { editorReady?: boolean }).editorReady ?? true));
    await this.editable().waitFor();
  }

  /** The frame the editable lives in (CKEditor 4: its iframe's). */
  async editorFrame(): Promise<Frame> {
    if (this.kind !== 'ckeditor4') return this.page.mainFrame();
    const handle = await this.page.locator('iframe.cke_wysiwyg_frame').elementHandle();
    return (await handle!.contentFrame())!;
  }

  editable(): Locator {
    return this.kind === 'ckeditor4'
      ? this.page.frameLocator('iframe.cke_wysiwyg_frame').locator('body')
      : this.page.locator(EDITABLE[this.kind]).first();
  }

  async type(text: string): Promise<void> {
    await this.editable().click();
    await this.page.keyboard.type(text, { delay: 4 });
  }

  text(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as { readEditorText: () => string }).readEditorText());
  }

  underlines(rule?: string): Locator {
    return this.page.locator(rule ? `[data-agent-assist] [data-flag-rule="${rule}"]` : '[data-agent-assist] [data-flag-rule]');
  }

  card(): Locator {
    return this.page.locator('[data-agent-assist] [role="dialog"]');
  }

  /** The on-page box of the first occurrence of `phrase` in the editor, measured with the page's own Range. */
  async wordsBox(phrase: string): Promise<Box | null> {
    if (this.kind === 'textarea') return this.textareaWordsBox(phrase);
    const frame = await this.editorFrame();
    const box = await frame.evaluate(
      ({ selector, phrase }) => {
        const root = document.querySelector(selector)!;
        const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/\u00A0/g, ' ').toLowerCase();
        const nodes: Text[] = [];
        let all = '';
        const starts: number[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          starts.push(all.length);
          nodes.push(n as Text);
          all += (n as Text).data;
        }
        const at = fold(all).indexOf(fold(phrase));
        if (at < 0) return null;
        const locate = (offset: number) => {
          let i = starts.length - 1;
          while (i > 0 && starts[i]! > offset) i--;
          return { node: nodes[i]!, offset: offset - starts[i]! };
        };
        const a = locate(at);
        const b = locate(at + phrase.length);
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      },
      { selector: this.kind === 'ckeditor4' ? 'body' : EDITABLE[this.kind], phrase },
    );
    if (!box || this.kind !== 'ckeditor4') return box;
    const frameBox = await this.page.locator('iframe.cke_wysiwyg_frame').boundingBox();
    return { ...box, x: box.x + frameBox!.x, y: box.y + frameBox!.y };
  }

  /** A textarea's text has no Range: lay a copy of it out in a div with the textarea's computed style. */
  private textareaWordsBox(phrase: string): Promise<Box | null> {
    return this.page.evaluate((phrase) => {
      const ta = document.querySelector('textarea')!;
      const at = ta.value.toLowerCase().replace(/\u2019/g, "'").indexOf(phrase);
      if (at < 0) return null;
      const copy = document.createElement('div');
      const cs = getComputedStyle(ta);
      for (const prop of Array.from(cs)) copy.style.setProperty(prop, cs.getPropertyValue(prop));
      const r = ta.getBoundingClientRect();
      Object.assign(copy.style, { position: 'fixed', left: `${r.left}px`, top: `${r.top}px`, whiteSpace: 'pre-wrap', overflow: 'hidden' });
      copy.textContent = ta.value;
      document.body.append(copy);
      copy.scrollTop = ta.scrollTop;
      const range = document.createRange();
      range.setStart(copy.firstChild!, at);
      range.setEnd(copy.firstChild!, at + phrase.length);
      const b = range.getBoundingClientRect();
      copy.remove();
      return { x: b.left, y: b.top, width: b.width, height: b.height };
    }, phrase);
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whitespace differences (nbsp, trailing newlines) are the editor's rendering, not the text. */
export function plain(text: string): string {
  return text.replace(/\u00A0/g, ' ').replace(/\s+/g, ' ').trim();
}

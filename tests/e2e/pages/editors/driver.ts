/**
 * Drives one editor test page from an e2e test: where to type, how to read the text back through the editor's
 * own API, and where the overlay drew its underlines.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { EDITORS, type EditorKind } from '../../../../lib/editors';
import type { EditorDriver } from './check';

/** Every editor test page, from the registry (lib/editors): the kind it shows, where its editable is. */
export interface EditorFixture {
  /** The page, tests/e2e/pages/editors/<name>.html. */
  name: string;
  kind: EditorKind;
  /** Selector of the iframe the editable is the body of, for editors that edit in one. */
  frame?: string;
  /** Selector of the editable (inside `frame` when there is one). */
  editable: string;
}

export const EDITOR_FIXTURES: readonly EditorFixture[] = EDITORS.flatMap((def) =>
  def.fixtures.map((name): EditorFixture => {
    if ('inFrame' in def && def.inFrame) return { name, kind: def.kind, frame: def.roots.join(', '), editable: 'body' };
    if (def.kind === 'contenteditable') return { name, kind: def.kind, editable: '#editor' };
    return { name, kind: def.kind, editable: def.roots.join(', ') };
  }),
);
export const EDITOR_KINDS = EDITOR_FIXTURES.map((f) => f.name);
export type EditorKindPage = string;

export function editorFixture(name: string): EditorFixture {
  const fixture = EDITOR_FIXTURES.find((f) => f.name === name);
  if (!fixture) throw new Error(`No editor fixture ${name} in lib/editors`);
  return fixture;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class EditorPage implements EditorDriver {
  readonly fixture: EditorFixture;
  constructor(
    readonly page: Page,
    /** The fixture page's name (for most, the editor kind). */
    readonly kind: EditorKindPage,
  ) {
    this.fixture = editorFixture(kind);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForFunction(() => typeof (window as { readEditorText?: unknown }).readEditorText === 'function' &&
      ((window as { editorReady?: boolean }).editorReady ?? true));
    await this.editable().waitFor();
  }

  /** The frame the editable lives in (CKEditor 4: its iframe's). */
  async editorFrame(): Promise<Frame> {
    if (!this.fixture.frame) return this.page.mainFrame();
    const handle = await this.page.locator(this.fixture.frame).first().elementHandle();
    return (await handle!.contentFrame())!;
  }

  editable(): Locator {
    return this.fixture.frame
      ? this.page.frameLocator(this.fixture.frame).first().locator('body')
      : this.page.locator(this.fixture.editable).first();
  }

  async type(text: string): Promise<void> {
    await this.focus();
    await this.typeKeys(text);
  }

  async focus(): Promise<void> {
    await this.editable().click();
  }

  async typeKeys(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 12 });
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async underlineBoxes(): Promise<{ key: string; box: Box }[]> {
    return this.page.locator('[data-agent-assist] [data-flag-key]').evaluateAll((els) =>
      els.flatMap((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 ? [{ key: el.getAttribute('data-flag-key')!, box: { x: r.left, y: r.top, width: r.width, height: r.height } }] : [];
      }),
    );
  }

  async scrollPage(y: number): Promise<void> {
    await this.page.evaluate((y) => window.scrollTo(0, y), y);
  }

  async applyFirstSuggestion(key: string): Promise<{ suggestion: string; card: Box; words: Box[] }> {
    const lines = this.page.locator(`[data-agent-assist] [data-flag-key="${key}"]`);
    const b = (await lines.first().boundingBox())!;
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    const suggestion = this.card().locator('button.aa-suggestion').first();
    const text = (await suggestion.locator('.aa-suggestion-text').textContent())!;
    // An agent reads the card before clicking (and editors such as Quill merge edits made within a second).
    await this.page.waitForTimeout(1200);
    const card = (await this.card().boundingBox())!;
    const words = (await lines.evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    })));
    await suggestion.click();
    return { suggestion: text, card, words };
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
    if (this.fixture.kind === 'textarea') return this.textareaWordsBox(phrase);
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
      { selector: this.fixture.editable, phrase },
    );
    if (!box || !this.fixture.frame) return box;
    const origin = await this.frameOrigin();
    return { ...box, x: box.x + origin.x, y: box.y + origin.y };
  }

  /** Where the editor's iframe content starts on the page (its box inside the border and padding). */
  private async frameOrigin(): Promise<{ x: number; y: number }> {
    return this.page.locator(this.fixture.frame!).first().evaluate((f: HTMLIFrameElement) => {
      const r = f.getBoundingClientRect();
      const cs = getComputedStyle(f);
      return { x: r.left + f.clientLeft + parseFloat(cs.paddingLeft), y: r.top + f.clientTop + parseFloat(cs.paddingTop) };
    });
  }

  /**
   * Scrolls the box the editor's text scrolls in (the editable, a wrapper of the library's, or the iframe's
   * document) to its top or its end; returns that box's visible part on the page.
   */
  async scrollEditor(to: 'top' | 'end'): Promise<Box> {
    const frame = await this.editorFrame();
    const box = await frame.evaluate(
      ({ selector, to, inFrame }) => {
        const editable = document.querySelector(selector)!;
        let scroller: Element | null = editable;
        while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 4 && /auto|scroll/.test(getComputedStyle(scroller).overflowY)))
          scroller = scroller.parentElement;
        const el = scroller && scroller !== document.body ? scroller : document.scrollingElement!;
        el.scrollTop = to === 'top' ? 0 : el.scrollHeight;
        if (el === document.scrollingElement)
          return { x: 0, y: 0, width: innerWidth, height: innerHeight, scrolls: inFrame && el.scrollHeight > el.clientHeight };
        const r = el.getBoundingClientRect();
        return { x: r.left + el.clientLeft, y: r.top + el.clientTop, width: el.clientWidth, height: el.clientHeight, scrolls: true };
      },
      { selector: this.fixture.editable, to, inFrame: !!this.fixture.frame },
    );
    if (!box.scrolls) throw new Error(`${this.kind}: the editor's text does not scroll inside it`);
    const { scrolls: _, ...visible } = box;
    if (!this.fixture.frame) return visible;
    const origin = await this.frameOrigin();
    return { ...visible, x: visible.x + origin.x, y: visible.y + origin.y };
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

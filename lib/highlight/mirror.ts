/**
 * A textarea's text cannot be measured with Ranges, so a hidden mirror element with the textarea's box and
 * typography lays the same text out in the same place; Ranges over the mirror's text give the rectangles.
 * One block per line of the text, and a keystroke replaces only the lines it changed: the browser lays out
 * again only those, which keeps typing in a 20,000-word draft as fast as without the mirror.
 */
const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textAlign',
  'textRendering', 'tabSize', 'direction', 'whiteSpace', 'wordBreak', 'overflowWrap', 'hyphens',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

export class TextareaMirror {
  readonly el: HTMLDivElement;
  /** The text of each line, and the block holding it. */
  private text = '';
  private lines: string[] = [];
  private blocks: HTMLDivElement[] = [];
  /** Offset in the text where each line starts. */
  private starts: number[] = [];

  constructor(container: HTMLElement | ShadowRoot) {
    const doc = container.ownerDocument;
    this.el = doc.createElement('div');
    this.el.setAttribute('aria-hidden', 'true');
    this.el.className = 'aa-mirror';
    container.append(this.el);
    this.setText('');
  }

  private block(line: string): HTMLDivElement {
    const div = this.el.ownerDocument.createElement('div');
    // An empty line still takes a line's height, as it does in the textarea.
    div.style.minHeight = '1lh';
    div.append(this.el.ownerDocument.createTextNode(line));
    return div;
  }

  /** Replaces the blocks of the lines that changed, keeping those before and after. */
  private setText(text: string): void {
    const next = text.split('\n');
    const prev = this.lines;
    let head = 0;
    while (head < next.length && head < prev.length && next[head] === prev[head]) head++;
    let tail = 0;
    while (tail < next.length - head && tail < prev.length - head && next[next.length - 1 - tail] === prev[prev.length - 1 - tail]) tail++;
    const removed = this.blocks.splice(head, prev.length - head - tail);
    const added = next.slice(head, next.length - tail).map((line) => this.block(line));
    for (const b of removed) b.remove();
    const before = this.blocks[head] ?? null;
    for (const b of added) this.el.insertBefore(b, before);
    this.blocks.splice(head, 0, ...added);
    this.lines = next;
    this.text = text;
    this.starts = [];
    let at = 0;
    for (const line of next) {
      this.starts.push(at);
      at += line.length + 1;
    }
  }

  /** The span of the text on the lines that show when the textarea is scrolled to `scrollTop`. */
  visibleText(scrollTop: number, height: number): [number, number] {
    const firstBelow = (y: number) => {
      let lo = 0;
      let hi = this.blocks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const b = this.blocks[mid]!;
        if (b.offsetTop + b.offsetHeight <= y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const first = firstBelow(scrollTop);
    const last = firstBelow(scrollTop + height);
    return [this.starts[first]!, this.starts[last]! + this.lines[last]!.length];
  }

  /** The text node and offset of a text offset. */
  private point(offset: number): { node: Text; offset: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const node = this.blocks[lo]!.firstChild as Text;
    return { node, offset: Math.min(offset - this.starts[lo]!, node.data.length) };
  }

  /** Lays `ta`'s text out over it, scrolled as it is scrolled. Call before `rects`. */
  sync(ta: HTMLTextAreaElement): void {
    const cs = getComputedStyle(ta);
    const s = this.el.style;
    for (const prop of COPIED) s[prop] = cs[prop];
    const box = ta.getBoundingClientRect();
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const bt = parseFloat(cs.borderTopWidth) || 0;
    // clientWidth/Height exclude the scrollbar, which the textarea's text does not flow under.
    s.boxSizing = 'border-box';
    s.position = 'fixed';
    s.left = `${box.left + bl}px`;
    s.top = `${box.top + bt}px`;
    s.width = `${ta.clientWidth}px`;
    s.height = `${ta.clientHeight}px`;
    s.whiteSpace = cs.whiteSpace === 'nowrap' || ta.getAttribute('wrap') === 'off' ? 'pre' : 'pre-wrap';
    s.overflowWrap = cs.overflowWrap === 'normal' && s.whiteSpace === 'pre-wrap' ? 'break-word' : cs.overflowWrap;
    s.overflow = 'hidden';
    s.visibility = 'hidden';
    s.pointerEvents = 'none';
    s.margin = '0';
    s.border = '0';
    if (ta.value !== this.text) this.setText(ta.value);
    this.el.scrollTop = ta.scrollTop;
    this.el.scrollLeft = ta.scrollLeft;
  }

  /** Client rectangles of value[start, end), as laid out in the textarea. */
  rects(start: number, end: number): DOMRect[] {
    const a = this.point(start);
    const b = this.point(end);
    const range = this.el.ownerDocument.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return Array.from(range.getClientRects());
  }

  remove(): void {
    this.el.remove();
  }
}

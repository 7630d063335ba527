/**
 * A textarea's text cannot be measured with Ranges, so a hidden mirror element with the textarea's box and
 * typography lays the same text out in the same place; Ranges over the mirror's text give the rectangles.
 */
const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textAlign',
  'textRendering', 'tabSize', 'direction', 'whiteSpace', 'wordBreak', 'overflowWrap', 'hyphens',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

export class TextareaMirror {
  readonly el: HTMLDivElement;
  private readonly textNode: Text;

  constructor(container: HTMLElement | ShadowRoot) {
    const doc = container instanceof ShadowRoot ? container.ownerDocument : container.ownerDocument;
    this.el = doc.createElement('div');
    this.el.setAttribute('aria-hidden', 'true');
    this.el.className = 'aa-mirror';
    this.textNode = doc.createTextNode('');
    this.el.append(this.textNode);
    container.append(this.el);
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
    // A trailing newline needs a character after it to take up its line, as it does in the textarea.
    const text = ta.value.endsWith('\n') ? `${ta.value} ` : ta.value;
    if (this.textNode.data !== text) this.textNode.data = text;
    this.el.scrollTop = ta.scrollTop;
    this.el.scrollLeft = ta.scrollLeft;
  }

  /** Client rectangles of value[start, end), as laid out in the textarea. */
  rects(start: number, end: number): DOMRect[] {
    const len = this.textNode.data.length;
    const range = this.el.ownerDocument.createRange();
    range.setStart(this.textNode, Math.min(start, len));
    range.setEnd(this.textNode, Math.min(end, len));
    return Array.from(range.getClientRects());
  }

  remove(): void {
    this.el.remove();
  }
}

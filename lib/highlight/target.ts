/**
 * One editor as the highlighter sees it, whatever its kind: its text, where any part of that text is on screen,
 * and how to replace a part of it through the editor. Knows nothing of flags or of the host page.
 */
import { editorDefinition } from '../editors';
import type { EditorKind, EditorTarget } from './detect';
import { TextareaMirror } from './mirror';
import { clipBoxes, frameOrigin, mergeLines, outerFrame, visibleAreaOf, type Box } from './rects';
import { replaceInEditable, replaceInTextarea } from './replace';
import { extractText, rangeFor, type TextMap } from './text-map';

export interface HighlightTarget {
  readonly kind: EditorKind;
  /** The textarea or the editable root. */
  readonly element: HTMLElement;
  readonly frame?: HTMLIFrameElement;
  /** The document the editor's events happen in (the iframe's for an editor in an iframe). */
  readonly doc: Document;
  /** Reads the current text (and, for rich editors, remaps it to the DOM). */
  readText(): string;
  /** Call once per frame before `boxes`: lays out what measuring needs. */
  beginMeasure(): void;
  /** On-screen boxes of text[start, end) (as of the last readText), clipped to the editor's visible area. */
  boxes(start: number, end: number): Box[];
  /** The editor's visible area in the top viewport. */
  visibleArea(): Box;
  /**
   * After `beginMeasure`: a span of the text that holds everything on screen (with some slack), or null when
   * it cannot tell; text outside it need not be measured (a 20,000-word draft has hundreds of flags).
   */
  visibleText(): [number, number] | null;
  /** Viewport offset of the editor document's coordinates (non-zero inside an iframe). */
  origin(): { x: number; y: number };
  replace(start: number, end: number, text: string): Promise<boolean>;
  isAlive(): boolean;
  dispose(): void;
}

/** The visible part of an editor's box in the top viewport: cut by its own scroll boxes and every frame it is in. */
function visibleArea(el: Element, frame?: HTMLIFrameElement): Box {
  let area = visibleAreaOf(el);
  if (frame) {
    const o = frameOrigin(frame);
    area = { ...area, left: area.left + o.x, top: area.top + o.y };
    for (let f: HTMLIFrameElement | undefined = frame; f; f = outerFrame(f.ownerDocument)) {
      const outer = frameOrigin(outerFrame(f.ownerDocument));
      const own = visibleAreaOf(f);
      const inner = { left: own.left + outer.x + f.clientLeft, top: own.top + outer.y + f.clientTop, width: f.clientWidth, height: f.clientHeight };
      area = clipBoxes([area], inner)[0] ?? { ...area, width: 0, height: 0 };
    }
  }
  return area;
}

class TextareaTarget implements HighlightTarget {
  readonly kind = 'textarea' as const;
  readonly doc: Document;
  private readonly mirror: TextareaMirror;
  constructor(readonly element: HTMLTextAreaElement, layer: HTMLElement | ShadowRoot) {
    this.doc = element.ownerDocument;
    this.mirror = new TextareaMirror(layer);
  }
  readText() {
    return this.element.value;
  }
  beginMeasure() {
    this.mirror.sync(this.element);
  }
  boxes(start: number, end: number) {
    return clipBoxes(mergeLines(this.mirror.rects(start, end)), this.visibleArea());
  }
  visibleText() {
    return this.mirror.visibleText(this.element.scrollTop, this.element.clientHeight);
  }
  visibleArea() {
    const ta = this.element;
    const r = ta.getBoundingClientRect();
    const inner = { left: r.left + ta.clientLeft, top: r.top + ta.clientTop, width: ta.clientWidth, height: ta.clientHeight };
    return clipBoxes([inner], visibleArea(ta))[0] ?? { ...inner, width: 0, height: 0 };
  }
  origin() {
    return { x: 0, y: 0 };
  }
  async replace(start: number, end: number, text: string) {
    return replaceInTextarea(this.element, start, end, text);
  }
  isAlive() {
    return this.element.isConnected;
  }
  dispose() {
    this.mirror.remove();
  }
}

class EditableTarget implements HighlightTarget {
  readonly doc: Document;
  private map: TextMap = { text: '', segments: [] };
  private shift = { x: 0, y: 0 };
  private clip: Box = { left: 0, top: 0, width: 0, height: 0 };
  constructor(readonly kind: EditorKind, readonly element: HTMLElement, readonly frame?: HTMLIFrameElement) {
    this.doc = element.ownerDocument;
  }
  readText() {
    this.map = extractText(this.element);
    return this.map.text;
  }
  beginMeasure() {
    this.shift = frameOrigin(this.frame);
    this.clip = this.visibleArea();
  }
  visibleText(): [number, number] | null {
    const a = textOffsetAt(this.map, this.doc, this.clip.left - this.shift.x + 1, this.clip.top - this.shift.y + 1);
    const b = textOffsetAt(this.map, this.doc, this.clip.left + this.clip.width - this.shift.x - 1, this.clip.top + this.clip.height - this.shift.y - 1);
    if (a === null || b === null || b < a) return null;
    return [Math.max(0, a - SLACK), b + SLACK];
  }
  boxes(start: number, end: number) {
    const range = rangeFor(this.map, start, end);
    if (!range || !this.element.contains(range.startContainer)) return [];
    return clipBoxes(mergeLines(range.getClientRects(), this.shift.x, this.shift.y), this.clip);
  }
  visibleArea() {
    return visibleArea(this.element, this.frame);
  }
  origin() {
    return frameOrigin(this.frame);
  }
  replace(start: number, end: number, text: string) {
    const def = editorDefinition(this.kind);
    return replaceInEditable(this.element, this.map, start, end, text, def.inputPath, def.snapshotOn);
  }
  isAlive() {
    return this.element.isConnected && (!this.frame || (this.frame.isConnected && this.frame.contentDocument === this.doc));
  }
  dispose() {}
}

/** Characters either side of the visible text still measured: a line or two the layout may put on screen. */
const SLACK = 400;

/** The text offset of the caret position at a point of the editor's viewport, or null when that is not the editor's text. */
function textOffsetAt(map: TextMap, doc: Document, x: number, y: number): number | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  let node: Node | null = null;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    if (p) [node, offset] = [p.offsetNode, p.offset];
  } else {
    const r = doc.caretRangeFromPoint?.(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  if (!node) return null;
  if (node.nodeType === 3) {
    for (const seg of map.segments) {
      if (seg.node === node && offset >= seg.nodeOffset && offset <= seg.nodeOffset + seg.length) return seg.start + offset - seg.nodeOffset;
    }
    return null;
  }
  // Between an element's children (a point over padding or an empty line): the text that follows there.
  const child = node.childNodes[offset];
  for (const seg of map.segments) {
    if (!seg.node) continue;
    if (child ? child === seg.node || child.contains(seg.node) || (child.compareDocumentPosition(seg.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 : false)
      return seg.start;
  }
  return child ? null : map.text.length;
}

export function createTarget(editor: EditorTarget, layer: HTMLElement | ShadowRoot): HighlightTarget {
  return editor.kind === 'textarea'
    ? new TextareaTarget(editor.element as HTMLTextAreaElement, layer)
    : new EditableTarget(editor.kind, editor.element, editor.frame);
}

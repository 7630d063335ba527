/**
 * Reads an editable root's text the way an agent sees it (block elements and <br> become newlines, editors'
 * invisible fillers are left out) and keeps, for every run of characters, the DOM text node it came from, so
 * that any [start, end) of the text maps back to a DOM Range.
 */

/** A run of the text taken from one text node (node !== null), or a newline standing for a block edge or <br>. */
export interface Segment {
  start: number;
  length: number;
  node: Text | null;
  /** Offset of the run's first character inside `node`. */
  nodeOffset: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD']);
/** Zero-width characters editors put in the DOM for the caret's sake (Slate, Draft.js, CKEditor 5's inline filler). */
const FILLER = /[\uFEFF\u200B\u2060]+/g;

export function isBlock(el: Element): boolean {
  return BLOCK.has(el.tagName);
}

export function extractText(root: Node): TextMap {
  const segments: Segment[] = [];
  let text = '';
  /** Something was emitted since the start: a block edge now separates lines. */
  let started = false;
  /** A block edge lies between what was emitted and what comes next: one newline, written lazily. */
  let needBreak = false;
  let emitted = 0;
  const newline = () => {
    segments.push({ start: text.length, length: 1, node: null, nodeOffset: 0 });
    text += '\n';
  };
  /** Before any content: the pending block edge, if any. */
  const open = () => {
    if (needBreak) newline();
    needBreak = false;
    started = true;
    emitted++;
  };
  const pushText = (node: Text) => {
    const data = node.data;
    let from = 0;
    const add = (a: number, b: number) => {
      if (b <= a) return;
      open();
      segments.push({ start: text.length, length: b - a, node, nodeOffset: a });
      text += data.slice(a, b);
    };
    for (const m of data.matchAll(FILLER)) {
      add(from, m.index);
      from = m.index + m[0].length;
    }
    add(from, data.length);
  };

  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        pushText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIPPED.has(el.tagName)) continue;
      if (el.getAttribute('contenteditable') === 'false' || el.hasAttribute('data-agent-assist')) continue;
      if (el.tagName === 'BR') {
        // A <br> that ends its block only holds an empty line open (ProseMirror, Quill, Lexical, Draft.js).
        if (!endsBlock(el, root)) {
          open();
          newline();
        }
        continue;
      }
      if (!isBlock(el)) {
        walk(el);
        continue;
      }
      if (started) needBreak = true;
      const before = emitted;
      walk(el);
      // An empty block is still a line of its own.
      if (emitted === before) open();
      needBreak = true;
    }
  };
  walk(root);
  return { text, segments };
}

/** True when nothing but its block's end follows a <br> (so it only holds an empty line open). */
function endsBlock(br: Element, root: Node): boolean {
  let node: Node = br;
  for (;;) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3) {
        if ((next as Text).data.replace(FILLER, '') === '') continue;
        return false;
      }
      if (next.nodeType !== 1) continue;
      return isBlock(next as Element);
    }
    const parent = node.parentNode;
    if (!parent || parent === root || (parent.nodeType === 1 && isBlock(parent as Element))) return true;
    node = parent;
  }
}

/** The first index whose segment satisfies a predicate that is false then true along the segments. */
function firstIndex(segs: Segment[], pred: (s: Segment) => boolean): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(segs[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** The DOM point of a text offset, stepping off newlines onto the nearest text (forward for a start, backward for an end). */
export function pointAt(map: TextMap, offset: number, side: 'start' | 'end'): DomPoint | null {
  const segs = map.segments;
  if (side === 'start') {
    let i = firstIndex(segs, (s) => s.start + s.length > offset);
    while (i < segs.length && !segs[i]!.node) i++;
    const seg = segs[i];
    if (!seg?.node) return null;
    return { node: seg.node, offset: seg.nodeOffset + Math.max(0, offset - seg.start) };
  }
  let i = firstIndex(segs, (s) => s.start >= offset) - 1;
  while (i >= 0 && !segs[i]!.node) i--;
  const seg = segs[i];
  if (!seg?.node) return null;
  return { node: seg.node, offset: seg.nodeOffset + Math.min(seg.length, offset - seg.start) };
}

/** A DOM Range over text[start, end), or null when that part of the text is gone from the DOM. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = pointAt(map, start, 'start');
  const b = end > start ? pointAt(map, end, 'end') : a;
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range.collapsed && end > start ? null : range;
}

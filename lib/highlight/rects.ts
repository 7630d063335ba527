/** Rectangles in the top window's viewport, one per line of text, for drawing underlines and hit-testing. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The iframe a document is shown in, when it is not the top document (and is same-origin with its parent). */
export function outerFrame(doc: Document): HTMLIFrameElement | undefined {
  try {
    const el = doc.defaultView?.frameElement;
    return el && el.tagName === 'IFRAME' ? (el as HTMLIFrameElement) : undefined;
  } catch {
    return undefined;
  }
}

/** Where a frame's content viewport sits in the top viewport (0,0 when not in a frame), through nested frames. */
export function frameOrigin(frame: HTMLIFrameElement | undefined): { x: number; y: number } {
  if (!frame) return { x: 0, y: 0 };
  const r = frame.getBoundingClientRect();
  const cs = getComputedStyle(frame);
  const outer = frameOrigin(outerFrame(frame.ownerDocument));
  return {
    x: outer.x + r.left + frame.clientLeft + (parseFloat(cs.paddingLeft) || 0),
    y: outer.y + r.top + frame.clientTop + (parseFloat(cs.paddingTop) || 0),
  };
}

/**
 * The part of an element's box that can be seen: its own box cut by every ancestor that clips its content
 * (an editor that scrolls inside its own box, Froala's wrapper), in its document's viewport. The body and root
 * are left out: their overflow is the viewport's.
 */
export function visibleAreaOf(el: Element): Box {
  let area = boxOf(el.getBoundingClientRect());
  for (let node = el.parentElement; node && node !== el.ownerDocument.body && node !== el.ownerDocument.documentElement; node = node.parentElement) {
    const cs = getComputedStyle(node);
    if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
    const r = node.getBoundingClientRect();
    const inner = { left: r.left + node.clientLeft, top: r.top + node.clientTop, width: node.clientWidth, height: node.clientHeight };
    area = clipBoxes([area], inner)[0] ?? { left: area.left, top: area.top, width: 0, height: 0 };
    if (cs.position === 'fixed') break;
  }
  return area;
}

/** Joins the rectangles of one line (a range over several inline elements gives several) into one box per line. */
export function mergeLines(rects: ArrayLike<DOMRectReadOnly>, dx = 0, dy = 0): Box[] {
  const lines: Box[] = [];
  for (const r of Array.from(rects)) {
    if (r.width < 0.5 || r.height < 0.5) continue;
    const box = { left: r.left + dx, top: r.top + dy, width: r.width, height: r.height };
    const same = lines.find((l) => Math.abs(l.top + l.height - (box.top + box.height)) < Math.max(3, box.height / 3) &&
      box.left <= l.left + l.width + 2 && box.left + box.width >= l.left - 2);
    if (!same) {
      lines.push(box);
      continue;
    }
    const left = Math.min(same.left, box.left);
    const right = Math.max(same.left + same.width, box.left + box.width);
    const top = Math.min(same.top, box.top);
    const bottom = Math.max(same.top + same.height, box.top + box.height);
    Object.assign(same, { left, top, width: right - left, height: bottom - top });
  }
  return lines;
}

/** The part of each box inside `clip`; boxes wholly outside are left out. */
export function clipBoxes(boxes: Box[], clip: Box): Box[] {
  const out: Box[] = [];
  for (const b of boxes) {
    const left = Math.max(b.left, clip.left);
    const top = Math.max(b.top, clip.top);
    const right = Math.min(b.left + b.width, clip.left + clip.width);
    const bottom = Math.min(b.top + b.height, clip.top + clip.height);
    if (right - left >= 1 && bottom - top >= 1) out.push({ left, top, width: right - left, height: bottom - top });
  }
  return out;
}

export function boxOf(r: DOMRectReadOnly, dx = 0, dy = 0): Box {
  return { left: r.left + dx, top: r.top + dy, width: r.width, height: r.height };
}

export function contains(b: Box, x: number, y: number, slop = 0): boolean {
  return x >= b.left - slop && x <= b.left + b.width + slop && y >= b.top - slop && y <= b.top + b.height + slop;
}

/**
 * Where the docked panel goes on a page: a corner (else a place along an edge) where it covers neither the reply
 * editor nor the helpdesk's own controls (buttons, fields, links, drop zones), measured on the page as it is;
 * compact (header only) when no place is free at full size. A place the agent dragged it to, remembered per site, wins.
 */
import type { Box } from '../highlight/rects';

export interface PanelPlacement {
  left: number;
  top: number;
  /** No corner was free at full size: only the header shows until the agent expands it. */
  compact: boolean;
}

const MARGIN = 16;
const CONTROLS =
  'button, input, select, textarea, a[href], label, summary, iframe, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="textbox"], [contenteditable]:not([contenteditable="false"]), [draggable="true"], [class*="drop" i]';

const area = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));

/**
 * Places a panel of this size can take: the four corners, the usual one first, then along the window's edges
 * (a page whose corners are all taken may still have room on an edge).
 */
function candidates(vw: number, vh: number, width: number, height: number): Box[] {
  const right = vw - MARGIN - width;
  const bottom = vh - MARGIN - height;
  const out: Box[] = [
    { left: right, top: bottom, width, height },
    { left: MARGIN, top: bottom, width, height },
    { left: right, top: MARGIN, width, height },
    { left: MARGIN, top: MARGIN, width, height },
  ];
  for (let y = MARGIN + 40; y < bottom; y += 40) out.push({ left: right, top: y, width, height }, { left: MARGIN, top: y, width, height });
  for (let x = MARGIN + 80; x < right; x += 80) out.push({ left: x, top: bottom, width, height }, { left: x, top: MARGIN, width, height });
  return out;
}

/** The boxes of the page's own controls in the viewport (the overlay's are not the page's). */
export function controlBoxes(doc: Document, isOurs: (el: Element) => boolean): Box[] {
  const win = doc.defaultView!;
  const out: Box[] = [];
  for (const el of doc.querySelectorAll(CONTROLS)) {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2 || r.bottom < 0 || r.right < 0 || r.top > win.innerHeight || r.left > win.innerWidth) continue;
    if (isOurs(el) || win.getComputedStyle(el).visibility === 'hidden') continue;
    out.push({ left: r.left, top: r.top, width: r.width, height: r.height });
  }
  return out;
}

/** How much of the page's interface a box would cover, in square pixels: the reply editor counts double. */
export function coverage(box: Box, keepClear: readonly Box[], controls: readonly Box[]): number {
  let covered = 0;
  for (const k of keepClear) covered += 2 * area(box, k);
  for (const c of controls) covered += area(box, c);
  return covered;
}

export function placePanel(
  doc: Document,
  size: { width: number; height: number; headerHeight: number },
  keepClear: readonly Box[],
  isOurs: (el: Element) => boolean,
  remembered?: { left: number; top: number },
  /** Where it is now: kept while it still covers nothing, so that it does not jump about as the page scrolls. */
  current?: PanelPlacement,
): PanelPlacement {
  const win = doc.defaultView!;
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  if (remembered) {
    // Kept inside the viewport, whatever size the window has now.
    const left = Math.min(Math.max(0, remembered.left), Math.max(0, vw - size.width));
    const top = Math.min(Math.max(0, remembered.top), Math.max(0, vh - size.headerHeight));
    return { left, top, compact: false };
  }
  const controls = controlBoxes(doc, isOurs);
  if (current && !current.compact && current.left + size.width <= vw && current.top + size.height <= vh) {
    const box = { left: current.left, top: current.top, width: size.width, height: current.compact ? size.headerHeight : size.height };
    if (coverage(box, keepClear, controls) === 0) return current;
  }
  let best: { box: Box; score: number; compact: boolean } | undefined;
  for (const compact of [false, true]) {
    const height = compact ? size.headerHeight : size.height;
    for (const box of candidates(vw, vh, size.width, height)) {
      const score = coverage(box, keepClear, controls);
      if (!best || score < best.score) best = { box, score, compact };
      if (score === 0) return { left: box.left, top: box.top, compact };
    }
  }
  return { left: best!.box.left, top: best!.box.top, compact: best!.compact };
}

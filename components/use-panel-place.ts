import { useEffect, useLayoutEffect, useState, type PointerEvent as ReactPointerEvent, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import { placePanel, type PanelPlacement } from '../lib/coach/panel-place';
import type { CoachState } from '../lib/coach/store';
import { useCoach, useCoachStore } from './store-context';

/**
 * The height the panel is placed for, whatever it shows now, and the most it grows to (its body scrolls past
 * that): its top edge stays put as its content changes.
 */
export const reserveHeight = (vh: number) => Math.min(vh * 0.6, 360);
const isOurs = (el: Element) => el.closest('[data-agent-assist]') !== null;
const shownAreas = (drafts: CoachState['drafts']) => Object.values(drafts).map((d) => d.area).filter((a) => a.width > 0 && a.height > 0);

/**
 * Where the panel sits: where the agent dragged it on this site, else a corner clear of the active reply editor
 * and of the page's controls (lib/coach/panel-place.ts). Placed again when the editor moves by more than a line,
 * the window resizes or the panel is collapsed or expanded; not on every scroll frame, nor as its content grows.
 */
export function usePanelPlace(ref: RefObject<HTMLElement | null>, collapsed: boolean, shown: boolean): PanelPlacement | null {
  // Every editor on screen is kept clear (a hidden tab's has no area). Rounded to a line's height: the panel
  // renders again when an editor moved that much, not on every frame of typing or scrolling.
  const store = useCoachStore();
  const areaKey = useCoach((s) => shownAreas(s.drafts).map((a) => [a.left, a.top, a.width, a.height].map((v) => Math.round(v / 24)).join(',')).join(';'));
  const remembered = useCoach((s) => s.panelPosition);
  const [place, setPlace] = useState<PanelPlacement | null>(null);
  const [viewport, setViewport] = useState(() => [window.innerWidth, window.innerHeight]);
  useEffect(() => {
    const onResize = () => setViewport([window.innerWidth, window.innerHeight]);
    window.addEventListener('resize', onResize, { passive: true });
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const head = el.querySelector<HTMLElement>('.aa-panel-head');
    const size = {
      width: el.offsetWidth,
      height: Math.max(collapsed ? 0 : el.offsetHeight, reserveHeight(window.innerHeight)),
      headerHeight: head?.offsetHeight ?? 40,
    };
    const areas = shownAreas(store.getState().drafts);
    setPlace((current) => placePanel(document, size, areas, isOurs, remembered ?? undefined, current ?? undefined));
  }, [areaKey, remembered?.left, remembered?.top, viewport[0], viewport[1], collapsed, shown]);
  return place;
}

/** Lets the agent drag the panel by its header; a double-click gives it back to automatic placement. */
export function useDrag(onMoved: (position: { left: number; top: number } | null) => void) {
  const [drag, setDrag] = useState<{ left: number; top: number } | null>(null);
  const onPointerDown = (e: ReactPointerEvent<HTMLElement>) => {
    if (e.button !== 0 || (e.target as Element).closest('button')) return;
    const panel = e.currentTarget.parentElement!;
    const r = panel.getBoundingClientRect();
    const dx = e.clientX - r.left;
    const dy = e.clientY - r.top;
    const head = e.currentTarget;
    head.setPointerCapture(e.pointerId);
    let last: { left: number; top: number } | null = null;
    const move = (m: PointerEvent) => {
      last = {
        left: Math.min(Math.max(0, m.clientX - dx), window.innerWidth - r.width),
        top: Math.min(Math.max(0, m.clientY - dy), window.innerHeight - head.offsetHeight),
      };
      setDrag(last);
    };
    const up = () => {
      head.removeEventListener('pointermove', move);
      head.removeEventListener('pointerup', up);
      head.removeEventListener('pointercancel', up);
      setDrag(null);
      if (last) onMoved(last);
    };
    head.addEventListener('pointermove', move);
    head.addEventListener('pointerup', up);
    head.addEventListener('pointercancel', up);
  };
  const onDoubleClick = (e: ReactMouseEvent) => {
    if (!(e.target as Element).closest('button')) onMoved(null);
  };
  return { drag, handlers: { onPointerDown, onDoubleClick } };
}

// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { placePanel } from '../../../lib/coach/panel-place';

const SIZE = { width: 300, height: 400, headerHeight: 40 };
const isOurs = (el: Element) => el.closest('[data-agent-assist]') !== null;

/** A control laid out at a given box (happy-dom does no layout). */
function control(tag: string, box: { left: number; top: number; width: number; height: number }): HTMLElement {
  const el = document.createElement(tag);
  el.getBoundingClientRect = () => DOMRect.fromRect({ x: box.left, y: box.top, width: box.width, height: box.height });
  document.body.append(el);
  return el;
}

beforeEach(() => {
  document.body.innerHTML = '';
  Object.assign(window, { innerWidth: 1400, innerHeight: 800 });
});

describe('placePanel', () => {
  test('the usual bottom-right corner when it is free', () => {
    expect(placePanel(document, SIZE, [], isOurs)).toEqual({ left: 1400 - 16 - 300, top: 800 - 16 - 400, compact: false });
  });

  test('another corner when a control or the reply editor is in the way', () => {
    control('button', { left: 1300, top: 760, width: 80, height: 30 });
    const editor = { left: 0, top: 380, width: 700, height: 400 };
    expect(placePanel(document, SIZE, [editor], isOurs)).toEqual({ left: 1400 - 16 - 300, top: 16, compact: false });
  });

  test('only its header where no corner is free at full size', () => {
    const editor = { left: 0, top: 100, width: 1400, height: 600 };
    const place = placePanel(document, SIZE, [editor], isOurs);
    expect(place.compact).toBe(true);
    expect(place.top === 16 || place.top === 800 - 16 - 40).toBe(true);
  });

  test('its own elements are not the page\'s controls', () => {
    const ours = control('button', { left: 1300, top: 760, width: 80, height: 30 });
    ours.setAttribute('data-agent-assist', '');
    expect(placePanel(document, SIZE, [], isOurs).top).toBe(800 - 16 - 400);
  });

  test('where the agent put it, kept inside the window', () => {
    expect(placePanel(document, SIZE, [], isOurs, { left: 2000, top: -50 })).toEqual({ left: 1100, top: 0, compact: false });
  });

  test('stays where it is while that still covers nothing', () => {
    const current = { left: 16, top: 16, compact: false };
    expect(placePanel(document, SIZE, [], isOurs, undefined, current)).toBe(current);
    control('input', { left: 20, top: 20, width: 100, height: 20 });
    expect(placePanel(document, SIZE, [], isOurs, undefined, current)).not.toBe(current);
  });
});

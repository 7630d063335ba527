import { describe, expect, test } from 'vitest';
import { AfterPaint, type PaintClock } from '../../../lib/coach/after-paint';

/**
 * A page's event loop, stepped by hand: `frame()` runs the animation-frame callbacks then "paints"; `tasks()`
 * runs the tasks queued so far. `log` records the order things happened in.
 */
function fakeLoop() {
  const log: string[] = [];
  let nextId = 1;
  let frames = new Map<number, () => void>();
  let tasks = new Map<number, () => void>();
  const clock: PaintClock = {
    requestAnimationFrame: (cb) => {
      const id = nextId++;
      frames.set(id, () => cb(0));
      return id;
    },
    cancelAnimationFrame: (id) => void frames.delete(id),
    setTimeout: ((cb: () => void) => {
      const id = nextId++;
      tasks.set(id, cb);
      return id;
    }) as PaintClock['setTimeout'],
    clearTimeout: (id) => void tasks.delete(id as number),
  };
  return {
    clock,
    log,
    frame() {
      const due = frames;
      frames = new Map();
      for (const cb of due.values()) cb();
      log.push('paint');
    },
    tasks() {
      const due = tasks;
      tasks = new Map();
      for (const cb of due.values()) cb();
    },
  };
}

describe('AfterPaint', () => {
  test('runs the work in a task after the next frame is painted, not in that frame', () => {
    const loop = fakeLoop();
    const after = new AfterPaint(() => loop.log.push('work'), loop.clock);
    after.schedule();
    loop.tasks();
    expect(loop.log).toEqual([]);
    loop.frame();
    expect(loop.log).toEqual(['paint']);
    expect(after.pending).toBe(true);
    loop.tasks();
    expect(loop.log).toEqual(['paint', 'work']);
    expect(after.pending).toBe(false);
  });

  test('runs once however often it is scheduled while pending, and again when scheduled after running', () => {
    const loop = fakeLoop();
    let runs = 0;
    const after = new AfterPaint(() => runs++, loop.clock);
    after.schedule();
    after.schedule();
    loop.frame();
    after.schedule();
    loop.tasks();
    expect(runs).toBe(1);
    after.schedule();
    loop.frame();
    loop.tasks();
    expect(runs).toBe(2);
  });

  test('cancel drops the work, whether it waits for the frame or for its task', () => {
    const loop = fakeLoop();
    let runs = 0;
    const after = new AfterPaint(() => runs++, loop.clock);
    after.schedule();
    after.cancel();
    loop.frame();
    loop.tasks();
    after.schedule();
    loop.frame();
    after.cancel();
    loop.tasks();
    expect(runs).toBe(0);
    expect(after.pending).toBe(false);
  });
});

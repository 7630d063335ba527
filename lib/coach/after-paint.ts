/**
 * Work that follows a keystroke (re-reading the draft, moving the underlines, the panel's re-render) runs after
 * the frame that shows the keystroke has been painted: in a task queued from the next animation frame, rather
 * than inside that frame, where every millisecond of it would delay the character appearing on screen.
 */

/** What a page's window offers for this (a test can pass a fake one). */
export type PaintClock = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'>;

/**
 * One pending piece of work at a time: scheduling again while one is pending keeps that one (it will see the
 * latest state when it runs); `cancel` drops it.
 */
export class AfterPaint {
  private frame = 0;
  private task: number | undefined;

  constructor(
    private readonly work: () => void,
    private readonly clock: PaintClock = window,
  ) {}

  get pending(): boolean {
    return this.frame !== 0 || this.task !== undefined;
  }

  schedule(): void {
    if (this.pending) return;
    this.frame = this.clock.requestAnimationFrame(() => {
      this.frame = 0;
      // A task queued from the frame runs once the frame is painted.
      this.task = this.clock.setTimeout(() => {
        this.task = undefined;
        this.work();
      }, 0);
    });
  }

  cancel(): void {
    if (this.frame) this.clock.cancelAnimationFrame(this.frame);
    if (this.task !== undefined) this.clock.clearTimeout(this.task);
    this.frame = 0;
    this.task = undefined;
  }
}

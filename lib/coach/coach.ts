/**
 * The coach on one page: finds the reply editors, gives each a DraftSession, and keeps the overlay's state
 * (boxes, the open card) following scrolling, resizing, hovering and the keyboard shortcut.
 */
import { editorFor, findEditors, type EditorTarget } from '../highlight/detect';
import { guard } from './guard';
import { contains } from '../highlight/rects';
import { createTarget } from '../highlight/target';
import { caretOffset, editorFocused, editorSelection, restoreSelection, shiftOffset } from './caret';
import { DraftSession, type CoachDeps } from './draft-session';
import type { NeverFlagChoice } from './never-flag';
import { mayBeDraft, mayBeReply } from './reply-editor';
import type { CoachActions, CoachStore, PanelPosition } from './store';

const altShift = (e: KeyboardEvent, code: string) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === code;

/** Alt+Shift+J: go to the next flag after the caret and apply its first suggestion (Ctrl+Z undoes it). */
export function isNextFlagShortcut(e: KeyboardEvent): boolean {
  return altShift(e, 'KeyJ');
}

/** Alt+Shift+K: open the card of the flag at the caret (or the next after it), with focus in the card. */
export function isOpenCardShortcut(e: KeyboardEvent): boolean {
  return altShift(e, 'KeyK');
}

/** How long the toast of "Never flag this again" offers its undo. */
export const UNDO_MS = 8000;

/** Where focus goes back to when a card closes: the editor, with the selection it had. */
interface ReturnPoint {
  session: DraftSession;
  selection: [number, number] | null;
}

export class Coach {
  private readonly sessions = new Map<HTMLElement, DraftSession>();
  private readonly listened = new Set<Document>();
  /** The reply editors the site adapter named: where there are any, only they become the panel's draft. */
  private readonly named = new Set<Element>();
  private seq = 0;
  private frame = 0;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where focus returns when the open card closes. */
  private returnTo: ReturnPoint | null = null;
  /** The last "Never flag this again", while its toast can undo it. */
  private lastNever: { choice: NeverFlagChoice; back: ReturnPoint | null } | null = null;
  /** Each draft's selection when its editor last lost focus: where a card opened from the panel returns it. */
  private readonly lastSelection = new WeakMap<DraftSession, [number, number] | null>();
  /** Every listener and observer of the coach lives until this aborts: on dispose, or when the content script's context goes. */
  private readonly lifetime = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly store: CoachStore,
    private readonly deps: CoachDeps,
    /** Where textarea mirrors are laid out: inside the overlay's shadow root. */
    private readonly layer: HTMLElement | ShadowRoot,
    /** Remembers what the agent did to the panel (collapsed it, dragged it). */
    private readonly panel: { collapsed(collapsed: boolean): void; moved(position: PanelPosition | null): void },
    /** The content script's lifetime (WXT's ctx.signal). */
    signal?: AbortSignal,
  ) {
    signal?.addEventListener('abort', () => this.dispose(), { once: true, signal: this.signal });
    store.setState({ actions: this.actions() });
    this.listen(doc);
    doc.defaultView!.addEventListener('resize', guard('coach: redraw', () => this.scheduleRedraw()), { passive: true, signal: this.signal });
    const observer = new MutationObserver(guard('coach: page change', (records: MutationRecord[]) => {
      // Typing in an editor we already coach is the session's business, not a page change.
      if (records.some((r) => !this.insideEditor(r.target))) this.scheduleScan();
    }));
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    this.onDispose(() => observer.disconnect());
    this.scan();
  }

  private get signal(): AbortSignal {
    return this.lifetime.signal;
  }

  private onDispose(fn: () => void) {
    this.signal.addEventListener('abort', fn, { once: true });
  }

  private insideEditor(node: Node): boolean {
    for (const el of this.sessions.keys()) if (el.contains(node)) return true;
    return false;
  }

  get drafts(): DraftSession[] {
    return [...this.sessions.values()];
  }

  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private scheduleScan() {
    if (this.scanTimer) return;
    this.scanTimer = setTimeout(guard('coach: scan', () => {
      this.scanTimer = undefined;
      this.scan();
    }), 250);
  }

  /** Attaches to new editors, lets go of removed ones, and redraws (the page's layout may have moved). */
  scan(): void {
    for (const [el, session] of this.sessions) {
      if (!session.target.isAlive()) {
        session.dispose();
        this.sessions.delete(el);
      }
    }
    for (const editor of findEditors(this.doc)) if (this.coachable(editor)) this.attach(editor);
    this.scheduleRedraw();
  }

  /**
   * The site adapter's reply editor for the open ticket: coached even where the generic detection would miss it,
   * and made the active draft (switching tickets switches the draft the panel shows).
   */
  adopt(element: Element): DraftSession | undefined {
    const editor = editorFor(element);
    if (!editor) return undefined;
    const session = this.attach(editor);
    this.named.add(session.target.element);
    this.store.setState({ activeDraft: session.id });
    this.scheduleRedraw();
    return session;
  }

  private attach(editor: EditorTarget): DraftSession {
    const existing = this.sessions.get(editor.element);
    if (existing) return existing;
    const target = createTarget(editor, this.layer);
    const session = new DraftSession(`d${++this.seq}`, target, this.deps, this.store);
    this.sessions.set(editor.element, session);
    if (target.doc !== this.doc) this.listen(target.doc);
    const el = target.element;
    // On every keystroke: the store (and the panel reading it) changes only when another draft becomes active.
    const activate = guard('coach: activate', () => {
      if (mayBeDraft(el, this.named) && this.store.getState().activeDraft !== session.id) this.store.setState({ activeDraft: session.id });
    });
    el.addEventListener('focus', activate, { signal: this.signal });
    el.addEventListener('input', activate, { signal: this.signal });
    el.addEventListener('focusout', guard('coach: remember caret', () => this.lastSelection.set(session, editorSelection(target))), { signal: this.signal });
    if (!this.store.getState().activeDraft) activate();
    // An editor that grows or reflows moves its text without scrolling.
    const resize = new ResizeObserver(guard('coach: resize', () => this.scheduleRedraw()));
    resize.observe(el);
    this.onDispose(() => resize.disconnect());
    return session;
  }

  /** Pointer, keyboard and scroll listeners for a document holding editors (the page, or an editor's iframe). */
  private listen(doc: Document) {
    if (this.listened.has(doc)) return;
    this.listened.add(doc);
    const onMove = guard('coach: hover', (e: MouseEvent) => this.hover(doc, e, false));
    const onClick = guard('coach: click', (e: MouseEvent) => this.hover(doc, e, true));
    const onKey = guard('coach: key', (e: KeyboardEvent) => this.key(doc, e));
    const onFocus = guard('coach: focus', (e: FocusEvent) => {
      const editor = editorFor(e.target as Element);
      if (!editor || !this.coachable(editor)) return;
      const session = this.attach(editor);
      if (mayBeDraft(session.target.element, this.named)) this.store.setState({ activeDraft: session.id });
    });
    const signal = this.signal;
    doc.addEventListener('mousemove', onMove, { capture: true, passive: true, signal });
    doc.addEventListener('click', onClick, { capture: true, signal });
    doc.addEventListener('keydown', onKey, { capture: true, signal });
    doc.addEventListener('focusin', onFocus, { capture: true, signal });
    // Typing anywhere but in the card closes it: it explains words the agent has moved on from.
    doc.addEventListener('input', guard('coach: typed', (e: Event) => {
      if (this.store.getState().card && !this.inOverlay(e.target)) this.closeCard();
    }), { capture: true, signal });
    const redraw = guard('coach: redraw', () => {
      this.scrolled = true;
      this.scheduleRedraw();
    });
    doc.defaultView?.addEventListener('scroll', redraw, { capture: true, passive: true, signal });
  }

  /** Coached: the editors the adapter named, and any other that may be a reply (never a title or search field). */
  private coachable(editor: EditorTarget): boolean {
    return this.named.has(editor.element) || mayBeReply(editor.element);
  }

  private inOverlay(node: EventTarget | null): boolean {
    return !!(node as Element | null)?.hasAttribute?.('data-agent-assist');
  }

  /** The element with focus inside the overlay's shadow root, if any. */
  private overlayFocus(): Element | null {
    const root = this.layer instanceof ShadowRoot ? this.layer : this.layer.getRootNode();
    return root instanceof ShadowRoot ? root.activeElement : null;
  }

  /** Focus is in the card or its toast, or was dropped to the page's body (the button it was on went away). */
  private focusToReturn(): boolean {
    if (this.overlayFocus()?.closest('.aa-card, .aa-toast')) return true;
    const active = this.doc.activeElement;
    return !active || active === this.doc.body;
  }

  private returnFocus(to: ReturnPoint | null) {
    if (to?.session.target.isAlive()) restoreSelection(to.session.target, to.selection);
  }

  /** Closes the card; focus that was in it (or was lost) goes back to the editor where it was. */
  private closeCard() {
    const to = this.returnTo;
    const back = this.focusToReturn();
    this.returnTo = null;
    if (this.store.getState().card) this.store.setState({ card: null });
    if (back) this.returnFocus(to);
  }

  /** Where focus returns from a card on this draft: the selection it has now if focused, else when it last was. */
  private returnPointFor(session: DraftSession): ReturnPoint {
    const focused = editorFocused(session.target);
    return { session, selection: focused ? editorSelection(session.target) : (this.lastSelection.get(session) ?? null) };
  }

  private sessionIn(doc: Document, node: EventTarget | null): DraftSession | undefined {
    for (const s of this.sessions.values()) {
      // Not `instanceof Node`: the nodes of an editor in an iframe (CKEditor 4, TinyMCE) belong to that iframe's realm.
      const n = node as Node | null;
      if (s.target.doc === doc && n && typeof n.nodeType === 'number' && s.target.element.contains(n)) return s;
    }
    return undefined;
  }

  /** Opens the card of the flag under the pointer: on hover for a moment, or pinned on click. */
  private hover(doc: Document, e: MouseEvent, click: boolean) {
    if ((e.target as Element | null)?.hasAttribute?.('data-agent-assist')) return; // over our own card or panel
    const session = this.sessionIn(doc, e.target);
    const { card, drafts, actions } = this.store.getState();
    if (!session) {
      // A click anywhere else closes even a pinned card; moving away closes a hovered one after a moment.
      if (card && click) this.closeCard();
      else if (card && !card.pinned) this.scheduleClose();
      return;
    }
    const origin = session.target.origin();
    const x = e.clientX + origin.x;
    const y = e.clientY + origin.y;
    const view = drafts[session.id];
    const hit = view?.flags.find((f) => view.boxes[f.key]?.some((b) => contains(b, x, y, 1)));
    if (hit) {
      if (card?.key !== hit.key || card.draftId !== session.id || (click && !card.pinned)) {
        this.returnTo = this.returnPointFor(session);
        actions.openCard(session.id, hit.key, click);
      }
      clearTimeout(this.closeTimer);
    } else if (card && (!card.pinned || click)) {
      if (click) this.closeCard();
      else this.scheduleClose();
    }
  }

  private scheduleClose() {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(guard('coach: close card', () => {
      const { card } = this.store.getState();
      if (card && !card.pinned) this.closeCard();
    }), 400);
  }

  private key(doc: Document, e: KeyboardEvent) {
    if (e.key === 'Escape' && this.store.getState().card) {
      this.closeCard();
      return;
    }
    const open = isOpenCardShortcut(e);
    if (!open && !isNextFlagShortcut(e)) return;
    const session = this.sessionIn(doc, e.target) ?? this.activeSession();
    if (!session) return;
    e.preventDefault();
    e.stopPropagation();
    const flag = session.nextFlag(caretOffset(session.target));
    if (!flag) return;
    if (!open) return void session.apply(flag.key, 0);
    clearTimeout(this.closeTimer);
    this.returnTo = this.returnPointFor(session);
    this.store.setState({ card: { draftId: session.id, key: flag.key, pinned: true, focus: true }, activeDraft: session.id });
    this.scheduleRedraw();
  }

  private activeSession(): DraftSession | undefined {
    const id = this.store.getState().activeDraft;
    return this.drafts.find((s) => s.id === id);
  }

  private byId(id: string): DraftSession | undefined {
    return this.drafts.find((s) => s.id === id);
  }

  scheduleRedraw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(guard('coach: draw', () => {
      this.frame = 0;
      for (const s of this.sessions.values()) s.redraw();
      if (this.scrolled) this.closeIfScrolledAway();
      this.scrolled = false;
    }));
  }

  private scrolled = false;

  /** A card whose words the agent scrolled out of view closes: it would point at nothing. */
  private closeIfScrolledAway() {
    const { card, drafts } = this.store.getState();
    if (!card) return;
    const win = this.doc.defaultView!;
    const lines = drafts[card.draftId]?.boxes[card.key] ?? [];
    const inView = lines.some((b) => b.top + b.height > 0 && b.top < win.innerHeight && b.left + b.width > 0 && b.left < win.innerWidth);
    if (!inView) this.closeCard();
  }

  private actions(): CoachActions {
    const store = this.store;
    return {
      apply: guard('card: apply', async (draftId: string, key: string, index: number) => {
        const to = this.returnTo;
        const back = this.focusToReturn();
        this.returnTo = null;
        store.setState({ card: null });
        const applied = await this.byId(draftId)?.apply(key, index);
        // A blank of the rewrite is selected to type over; else the caret goes back where it was, moved with the text.
        if (!back || !to || to.session.id !== draftId || applied?.blankSelected) return;
        const shift = (o: number) => (applied ? shiftOffset(o, applied.start, applied.end, applied.text.length) : o);
        this.returnFocus({ ...to, selection: to.selection && [shift(to.selection[0]), shift(to.selection[1])] });
      }),
      dismiss: guard('card: dismiss', (draftId: string, key: string) => {
        this.closeCard();
        this.byId(draftId)?.dismiss(key);
      }),
      neverFlag: guard('card: never flag', (draftId, key, scope, at) => {
        const back = this.returnTo;
        this.closeCard();
        const done = this.byId(draftId)?.neverFlag(key, scope);
        if (!done) return;
        this.lastNever = { choice: done.choice, back };
        store.setState({ toast: { scope, what: scope === 'rule' ? done.flag.rule : done.flag.match, at } });
        clearTimeout(this.toastTimer);
        this.toastTimer = setTimeout(guard('toast: expire', () => this.endToast()), UNDO_MS);
      }),
      undoNeverFlag: guard('toast: undo', () => {
        const last = this.lastNever;
        const back = this.focusToReturn();
        this.endToast();
        if (!last) return;
        this.deps.undoNeverFlag(last.choice);
        for (const s of this.sessions.values()) s.analyseNow();
        if (back) this.returnFocus(last.back);
      }),
      openCard: (draftId, key, pinned) => {
        clearTimeout(this.closeTimer);
        store.setState({ card: { draftId, key, pinned } });
      },
      closeCard: () => this.closeCard(),
      holdCard: (hold) => {
        if (hold) clearTimeout(this.closeTimer);
        else if (!store.getState().card?.pinned) this.scheduleClose();
      },
      setCollapsed: guard('panel: collapse', (collapsed: boolean) => {
        store.setState({ collapsed });
        this.panel.collapsed(collapsed);
      }),
      movePanel: guard('panel: move', (position: PanelPosition | null) => {
        store.setState({ panelPosition: position });
        this.panel.moved(position);
      }),
      reveal: guard('panel: reveal', (draftId: string, key: string) => {
        const session = this.byId(draftId);
        const flag = session?.currentFlags.find((f) => f.key === key);
        if (!session || !flag) return;
        if (session.target.kind !== 'textarea') session.target.element.scrollIntoView({ block: 'nearest' });
        clearTimeout(this.closeTimer);
        this.returnTo = this.returnPointFor(session);
        store.setState({ card: { draftId, key, pinned: true, focus: true, fromPanel: true }, activeDraft: draftId });
        this.scheduleRedraw();
      }),
    };
  }

  private endToast() {
    clearTimeout(this.toastTimer);
    this.lastNever = null;
    if (this.store.getState().toast) this.store.setState({ toast: null });
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.closeTimer);
    clearTimeout(this.toastTimer);
    clearTimeout(this.scanTimer);
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    this.lifetime.abort();
  }
}

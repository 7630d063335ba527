import type { Scope } from '../types';

/** Collapses runs of spaces and trims; keeps nothing when the result is empty. */
export function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

export function textOf(el: Element | null | undefined): string | undefined {
  return clean(el?.textContent);
}

/** The first element that one of the selectors matches, in the order given (not document order). */
export function first(scope: Scope, ...selectors: string[]): Element | null {
  for (const sel of selectors) {
    const el = scope.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** Text of an element or value of a form field. */
export function valueOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    return clean((el as HTMLInputElement).value || el.getAttribute('value'));
  }
  return textOf(el);
}

/** True when the element or an ancestor is hidden by attribute or inline style (no layout needed). */
export function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    const style = e.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

/** An email address inside a string ("Dana <dana@x.com>", "mailto:…"), lower-cased. */
export function emailIn(s: string | null | undefined): string | undefined {
  return s?.match(/[^\s<>()"':,;]+@[^\s<>()"':,;]+\.[a-z]{2,}/i)?.[0].toLowerCase();
}

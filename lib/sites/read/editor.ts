import { EDITOR_SELECTORS } from '../../editors';
import type { Scope } from '../types';

export { EDITOR_SELECTORS };

/** The reply editor inside a composer element: the first library marker found (lib/editors), else a textarea. */
export function editorIn(scope: Scope | null | undefined): Element | null {
  if (!scope) return null;
  for (const sel of EDITOR_SELECTORS) {
    const el = scope.querySelector(sel);
    if (el) return el;
  }
  return null;
}

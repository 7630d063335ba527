import { createRoot } from 'react-dom/client';
import type { CoachStore } from '../lib/coach/store';
import { Overlay } from './Overlay';
import { OVERLAY_CSS } from './overlay-styles';

export interface MountedOverlay {
  /** Where the highlighter lays out what it measures (textarea mirrors). */
  layer: HTMLElement;
  unmount: () => void;
}

/**
 * Closed in release builds: the page's scripts cannot read the panel, the ticket summary or the cards (the
 * host element's `shadowRoot` is null to them). Open in the e2e and demo builds, whose tests and launcher read
 * the overlay (lib/coach/panel-reader.ts, Playwright locators) through it.
 */
export function overlayShadowMode(buildMode: string | undefined): ShadowRootMode {
  return buildMode === 'e2e' || buildMode === 'demo' ? 'open' : 'closed';
}

/**
 * The overlay's host: one element on the page, outside the editors, with a shadow root (see overlayShadowMode)
 * holding the underlines, the card and the panel. Attached to <html> so that a transformed <body> cannot move it.
 */
export function mountOverlay(doc: Document, store: CoachStore, shadowMode: ShadowRootMode = 'closed'): MountedOverlay {
  const host = doc.createElement('agent-assist-overlay');
  host.setAttribute('data-agent-assist', '');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646;';
  const shadow = host.attachShadow({ mode: shadowMode });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const layer = doc.createElement('div');
  layer.className = 'aa-layer';
  const app = doc.createElement('div');
  shadow.append(style, layer, app);
  doc.documentElement.append(host);
  const root = createRoot(app);
  root.render(<Overlay store={store} />);
  return {
    layer,
    unmount: () => {
      root.unmount();
      host.remove();
    },
  };
}

/** The overlay's CSS, injected into its shadow root so that the page's styles and ours never meet. */
export const OVERLAY_CSS = `
:host {
  all: initial;
  /* Every colour pair below is at least 4.5:1 (tests/e2e/accessibility.test.ts measures them). */
  --aa-fg: #1f2328; --aa-bg: #fff; --aa-border: #d0d7de; --aa-rule: #eaeef2; --aa-subtle: #f6f8fa; --aa-hover: #eaeef2;
  --aa-secondary: #424a53; --aa-muted: #57606a; --aa-accent: #0969da; --aa-focus: #0969da;
  --aa-chip: #eef2f6; --aa-suggest: #eef6ff; --aa-suggest-hover: #d6e9ff; --aa-suggest-fg: #0b4fa8;
  --aa-warn: #fff1d6; --aa-warn-fg: #8a4b00; --aa-bad: #ffebe9; --aa-bad-fg: #a40e26; --aa-good: #dafbe1; --aa-good-fg: #116329;
  --aa-note: #fff8c5; --aa-note-fg: #6c4a00; --aa-shadow: rgba(31, 35, 40, 0.18);
  /* Mid-tones: the underlines stay visible on a light or a dark editor. */
  --aa-apology: #d97706; --aa-blame: #dc2626;
}
@media (prefers-color-scheme: dark) {
  :host {
    --aa-fg: #e6edf3; --aa-bg: #161b22; --aa-border: #3d444d; --aa-rule: #30363d; --aa-subtle: #21262d; --aa-hover: #262c36;
    --aa-secondary: #c9d1d9; --aa-muted: #9198a1; --aa-accent: #4493f8; --aa-focus: #4493f8;
    --aa-chip: #30363d; --aa-suggest: #0d2a4d; --aa-suggest-hover: #16375f; --aa-suggest-fg: #9ecbff;
    --aa-warn: #3b2e00; --aa-warn-fg: #f2cc60; --aa-bad: #3c1618; --aa-bad-fg: #ff9492; --aa-good: #12361f; --aa-good-fg: #6fdd8b;
    --aa-note: #3b2e00; --aa-note-fg: #f2cc60; --aa-shadow: rgba(1, 4, 9, 0.6);
  }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
* { box-sizing: border-box; }
.aa-underlines, .aa-mirror { pointer-events: none; }
.aa-underline {
  position: fixed;
  pointer-events: none;
  border-radius: 2px;
  --aa-color: var(--aa-apology);
  background: linear-gradient(to top, var(--aa-color) 0, var(--aa-color) 2px, transparent 2px);
}
.aa-underline.aa-customer-blame { --aa-color: var(--aa-blame); }
.aa-underline.aa-active { background-color: color-mix(in srgb, var(--aa-color) 16%, transparent); }

.aa-card, .aa-panel {
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--aa-fg);
  background: var(--aa-bg);
  border: 1px solid var(--aa-border);
  border-radius: 8px;
  box-shadow: 0 8px 24px var(--aa-shadow);
  pointer-events: auto;
}
.aa-card { position: fixed; padding: 12px 14px 10px; z-index: 2; border-top: 3px solid var(--aa-apology); }
.aa-card.aa-customer-blame { border-top-color: var(--aa-blame); }
.aa-card-category { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--aa-muted); }
.aa-card-message { margin: 2px 0 4px; font-weight: 600; }
.aa-card-why { margin: 0 0 8px; color: var(--aa-secondary); }
.aa-suggestions { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 4px; }
.aa-suggestion {
  all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer;
  padding: 6px 8px; border-radius: 6px; background: var(--aa-suggest); color: var(--aa-suggest-fg);
}
.aa-suggestion:hover, .aa-suggestion:focus-visible { background: var(--aa-suggest-hover); outline: 2px solid var(--aa-focus); outline-offset: -2px; }
.aa-suggestion-label { display: block; font-weight: 600; }
.aa-suggestion-text { display: block; font-size: 12px; color: var(--aa-fg); }
.aa-card-footer { display: flex; gap: 12px; align-items: center; border-top: 1px solid var(--aa-rule); padding-top: 6px; }
.aa-link { all: unset; cursor: pointer; color: var(--aa-muted); font-size: 12px; }
.aa-link:hover, .aa-link:focus-visible { color: var(--aa-accent); text-decoration: underline; }
.aa-link:focus-visible { outline: 2px solid var(--aa-focus); outline-offset: 2px; border-radius: 2px; }
.aa-hint { margin-left: auto; font-size: 11px; color: var(--aa-muted); }
.aa-card-footer { flex-wrap: wrap; }
.aa-never-label { font-size: 12px; color: var(--aa-muted); }
.aa-button-small:focus-visible, .aa-flag-item:focus-visible { outline: 2px solid var(--aa-focus); outline-offset: 1px; }
.aa-toast {
  position: fixed; z-index: 3; display: flex; gap: 10px; align-items: center; padding: 8px 12px; pointer-events: auto;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; background: #24292f; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18);
}
.aa-toast-text { flex: 1; }
.aa-button-small { all: unset; cursor: pointer; font-weight: 600; color: #9fd1ff; padding: 2px 6px; border-radius: 4px; }
.aa-button-small:hover { text-decoration: underline; }
.aa-toast .aa-button-small:focus-visible { outline-color: #9fd1ff; }

.aa-panel { position: fixed; right: 16px; bottom: 16px; width: 300px; max-height: 60vh; display: flex; flex-direction: column; z-index: 1; }
.aa-panel.aa-collapsed { width: auto; }
.aa-panel-head { display: flex; align-items: center; gap: 8px; padding: 8px 10px; cursor: move; touch-action: none; user-select: none; }
.aa-title { font-weight: 600; }
.aa-count { min-width: 20px; padding: 0 6px; border-radius: 10px; background: var(--aa-chip); text-align: center; font-size: 12px; }
.aa-count.aa-has-flags { background: var(--aa-warn); color: var(--aa-warn-fg); }
.aa-toggle { all: unset; cursor: pointer; margin-left: auto; padding: 0 6px; border-radius: 4px; }
.aa-toggle:focus-visible { outline: 2px solid var(--aa-focus); }
.aa-panel-body { overflow: auto; min-height: 0; padding: 0 10px 10px; border-top: 1px solid var(--aa-rule); }
.aa-muted { color: var(--aa-muted); margin: 8px 0; }
.aa-panel .aa-hint { display: block; margin: 8px 0 0; }
.aa-flag-list { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 4px; }
.aa-flag-item {
  all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; padding: 6px 8px;
  border-radius: 6px; border-left: 3px solid var(--aa-apology); background: var(--aa-subtle);
}
.aa-flag-item.aa-customer-blame { border-left-color: var(--aa-blame); }
.aa-flag-item:hover, .aa-flag-item:focus-visible { background: var(--aa-hover); }
.aa-flag-item:focus-visible { outline: 2px solid var(--aa-focus); outline-offset: -2px; }
.aa-flag-match { display: block; font-weight: 600; }
.aa-flag-message { display: block; color: var(--aa-muted); font-size: 12px; }
.aa-effort { margin: 8px 0; }
.aa-effort-head { display: flex; gap: 8px; justify-content: space-between; }
.aa-ticket { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.aa-score { font-size: 12px; padding: 0 6px; border-radius: 10px; background: var(--aa-good); color: var(--aa-good-fg); white-space: nowrap; }
.aa-score.aa-medium { background: var(--aa-warn); color: var(--aa-warn-fg); }
.aa-score.aa-high { background: var(--aa-bad); color: var(--aa-bad-fg); }
.aa-signals { margin: 4px 0; padding-left: 18px; }
.aa-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

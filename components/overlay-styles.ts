/** The overlay's CSS, injected into its shadow root so that the page's styles and ours never meet. */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.aa-underlines, .aa-mirror { pointer-events: none; }
.aa-underline {
  position: fixed;
  pointer-events: none;
  border-radius: 2px;
  --aa-color: #d97706;
  background: linear-gradient(to top, var(--aa-color) 0, var(--aa-color) 2px, transparent 2px);
}
.aa-underline.aa-customer-blame { --aa-color: #dc2626; }
.aa-underline.aa-active { background-color: color-mix(in srgb, var(--aa-color) 16%, transparent); }

.aa-card, .aa-panel {
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2328;
  background: #fff;
  border: 1px solid #d0d7de;
  border-radius: 8px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18);
  pointer-events: auto;
}
.aa-card { position: fixed; padding: 12px 14px 10px; z-index: 2; border-top: 3px solid #d97706; }
.aa-card.aa-customer-blame { border-top-color: #dc2626; }
.aa-card-category { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #6e7781; }
.aa-card-message { margin: 2px 0 4px; font-weight: 600; }
.aa-card-why { margin: 0 0 8px; color: #424a53; }
.aa-suggestions { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 4px; }
.aa-suggestion {
  all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer;
  padding: 6px 8px; border-radius: 6px; background: #eef6ff; color: #0b4fa8;
}
.aa-suggestion:hover, .aa-suggestion:focus-visible { background: #d6e9ff; outline: 2px solid #0969da; outline-offset: -2px; }
.aa-suggestion-label { display: block; font-weight: 600; }
.aa-suggestion-text { display: block; font-size: 12px; color: #24292f; }
.aa-card-footer { display: flex; gap: 12px; align-items: center; border-top: 1px solid #eaeef2; padding-top: 6px; }
.aa-link { all: unset; cursor: pointer; color: #57606a; font-size: 12px; }
.aa-link:hover, .aa-link:focus-visible { color: #0969da; text-decoration: underline; }
.aa-hint { margin-left: auto; font-size: 11px; color: #8c959f; }
.aa-card-footer { flex-wrap: wrap; }
.aa-never-label { font-size: 12px; color: #57606a; }
.aa-link:focus-visible, .aa-button-small:focus-visible, .aa-flag-item:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
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
.aa-count { min-width: 20px; padding: 0 6px; border-radius: 10px; background: #eaeef2; text-align: center; font-size: 12px; }
.aa-count.aa-has-flags { background: #fff1d6; color: #8a4b00; }
.aa-toggle { all: unset; cursor: pointer; margin-left: auto; padding: 0 6px; border-radius: 4px; }
.aa-toggle:focus-visible { outline: 2px solid #0969da; }
.aa-panel-body { overflow: auto; padding: 0 10px 10px; border-top: 1px solid #eaeef2; }
.aa-muted { color: #6e7781; margin: 8px 0; }
.aa-panel .aa-hint { display: block; margin: 8px 0 0; }
.aa-flag-list { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 4px; }
.aa-flag-item {
  all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; padding: 6px 8px;
  border-radius: 6px; border-left: 3px solid #d97706; background: #f6f8fa;
}
.aa-flag-item.aa-customer-blame { border-left-color: #dc2626; }
.aa-flag-item:hover, .aa-flag-item:focus-visible { background: #eef2f6; }
.aa-flag-match { display: block; font-weight: 600; }
.aa-flag-message { display: block; color: #57606a; font-size: 12px; }
.aa-effort { margin: 8px 0; }
.aa-effort-head { display: flex; gap: 8px; justify-content: space-between; }
.aa-ticket { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.aa-score { font-size: 12px; padding: 0 6px; border-radius: 10px; background: #dafbe1; color: #116329; white-space: nowrap; }
.aa-score.aa-medium { background: #fff1d6; color: #8a4b00; }
.aa-score.aa-high { background: #ffebe9; color: #a40e26; }
.aa-signals { margin: 4px 0; padding-left: 18px; }
.aa-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

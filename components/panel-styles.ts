/** Styles of the panel's ticket, effort and health sections (rendered with the panel, inside the overlay's shadow root). */
export const PANEL_CSS = `
.aa-panel { width: 320px; max-height: 75vh; }
.aa-panel-head { border-bottom: 0; }
.aa-title::before {
  content: ''; display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 3px;
  background: linear-gradient(135deg, #0969da, #8250df); vertical-align: 0;
}
.aa-section-title { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; color: var(--aa-muted); }
.aa-draft-title { margin: 12px 0 0; }
.aa-ticket-card { margin: 10px 0 0; padding: 8px 10px; border-radius: 6px; background: var(--aa-subtle); }
.aa-ticket-meta { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; font-size: 11px; color: var(--aa-muted); }
.aa-helpdesk { font-weight: 600; }
.aa-ticket-id { font-variant-numeric: tabular-nums; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 50%; }
.aa-ticket-subject { margin: 2px 0 0; font-weight: 600; font-size: 14px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.aa-requester { margin: 0; color: var(--aa-secondary); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.aa-email { color: var(--aa-muted); }
.aa-message-counts { margin: 4px 0 0; font-size: 12px; color: var(--aa-muted); }
.aa-effort { margin: 12px 0 0; }
.aa-effort-head { align-items: center; }
.aa-score { font-weight: 600; padding: 1px 8px; }
.aa-signals { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.aa-signal { font-size: 11px; padding: 1px 7px; border-radius: 10px; background: var(--aa-chip); color: var(--aa-secondary); }
.aa-why { margin: 6px 0 0; font-size: 12px; color: var(--aa-muted); }
.aa-why summary { cursor: pointer; color: var(--aa-accent); width: max-content; max-width: 100%; }
.aa-why summary:focus-visible { outline: 2px solid var(--aa-focus); border-radius: 3px; }
.aa-reasons { list-style: none; margin: 4px 0 0; padding: 0; display: grid; gap: 2px; }
.aa-reasons li { display: flex; gap: 4px; }
.aa-why-meaning { margin: 4px 0 0; }
.aa-evidence { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 2px; }
.aa-evidence-signal { font-weight: 600; color: var(--aa-secondary); }
.aa-points { flex: none; min-width: 26px; font-variant-numeric: tabular-nums; color: var(--aa-muted); }
.aa-health { margin: 10px 0 0; padding: 6px 8px; border-radius: 6px; background: var(--aa-note); color: var(--aa-note-fg); font-size: 12px; }
.aa-log-health { margin: 8px 10px; background: var(--aa-bad); color: var(--aa-bad-fg); }
`;

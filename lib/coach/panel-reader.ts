/**
 * What the panel shows, read back from the overlay's shadow root through its test hooks (data-testid). Used by
 * the demo launcher and the e2e tests, inside the page: the function must stay self-contained (no imports, no
 * outer variables) so that Playwright can send it there.
 */
export interface PanelView {
  /** The adapter's id, and the helpdesk's name as shown. */
  helpdesk: string | null;
  helpdeskName: string | null;
  ticketId: string | null;
  subject: string | null;
  requester: string | null;
  messages: { customer: number; agent: number; internal: number } | null;
  effort: { score: number; level: string; signals: string[]; reasons: string[] } | null;
  /** With no score shown: whether it is being scored, unavailable, or there is nothing to score (null: no ticket). */
  effortState: 'shown' | 'scoring' | 'unavailable' | 'none' | null;
  health: string | null;
  /** The draft's flags, by rule id, and their flagged words. */
  flags: { rule: string; match: string }[];
}

export function readPanel(): PanelView | null {
  const root = document.querySelector('agent-assist-overlay')?.shadowRoot;
  const panel = root?.querySelector('.aa-panel');
  if (!root || !panel) return null;
  const one = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const all = (id: string) => Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const text = (id: string) => one(id)?.textContent?.trim() ?? null;
  const counts = one('aa-message-counts');
  const score = one('aa-effort-score');
  return {
    helpdesk: one('aa-helpdesk')?.dataset.helpdesk ?? null,
    helpdeskName: text('aa-helpdesk'),
    ticketId: one('aa-ticket-id')?.dataset.ticketId ?? null,
    subject: text('aa-subject'),
    requester: text('aa-requester'),
    messages: counts
      ? { customer: Number(counts.dataset.customer), agent: Number(counts.dataset.agent), internal: Number(counts.dataset.internal) }
      : null,
    effort: score
      ? {
          score: Number(score.dataset.score),
          level: score.dataset.level ?? '',
          signals: all('aa-signal').map((s) => s.dataset.signal ?? ''),
          reasons: all('aa-reason').map((r) => r.textContent?.trim() ?? ''),
        }
      : null,
    effortState: score
      ? 'shown'
      : one('aa-effort-scoring')
        ? 'scoring'
        : one('aa-effort-unavailable')
          ? 'unavailable'
          : one('aa-effort-none')
            ? 'none'
            : null,
    health: text('aa-health'),
    flags: all('aa-flag').map((f) => ({
      rule: f.dataset.rule ?? '',
      match: f.querySelector('.aa-flag-match')?.textContent?.replace(/^“|”$/g, '') ?? '',
    })),
  };
}

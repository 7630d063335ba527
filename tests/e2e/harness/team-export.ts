/**
 * A generated team export, written to a file as a lead would receive it: `events` events of `agents` agents
 * over the last `days` days, oldest first as the extension exports them, every kind of event, deterministic. Returns what the log must hold after
 * importing it, to check every count.
 */
import fs from 'node:fs';

export interface TeamExport {
  path: string;
  events: number;
  bytes: number;
  /** Events per type, and flags per state. */
  byType: Record<'flag' | 'reply-sent' | 'effort' | 'adapter-health', number>;
  flagStates: Record<'shown' | 'fixed' | 'applied' | 'dismissed' | 'sent', number>;
  /** Tickets with an effort report. */
  effortTickets: number;
}

const RULES = [
  ['apology-empty', 'apology-without-help'],
  ['apology-refusal', 'apology-without-help'],
  ['apology-policy', 'apology-without-help'],
  ['blame-should-have', 'customer-blame'],
  ['blame-repetition', 'customer-blame'],
  ['blame-user-error', 'customer-blame'],
] as const;
const STATES = ['shown', 'shown', 'fixed', 'applied', 'dismissed', 'sent'] as const;
const HELPDESKS = ['zendesk', 'freshdesk', 'request-tracker', 'help-scout'];
const DAY = 86_400_000;

export function writeTeamExport(path: string, { events, agents = 50, days = 90, now = Date.now() }: { events: number; agents?: number; days?: number; now?: number }): TeamExport {
  const fd = fs.openSync(path, 'w');
  const byType = { flag: 0, 'reply-sent': 0, effort: 0, 'adapter-health': 0 };
  const flagStates = { shown: 0, fixed: 0, applied: 0, dismissed: 0, sent: 0 };
  let buffer: string[] = [JSON.stringify({ format: 'agent-assist-log', version: 1, agent: 'team', exportedAt: now, events })];
  let bytes = 0;
  const effortTickets = new Set<string>();
  const flush = () => {
    const text = `${buffer.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    fs.writeSync(fd, text);
    buffer = [];
  };
  for (let n = 0; n < events; n++) {
    const h = Math.imul(n, 2654435761) >>> 0;
    const helpdesk = HELPDESKS[(h >>> 8) % HELPDESKS.length];
    const ticketId = String(10_000 + (h % 20_000));
    const base = {
      eventId: `team-${String(n).padStart(9, '0')}`,
      at: now - 60_000 - Math.floor(((events - n) / events) * days * DAY),
      ticket: { helpdesk, id: ticketId, url: `https://${helpdesk}.example.com/tickets/${ticketId}`, subject: `Order ${ticketId} refund` },
      agent: `agent-${String(h % agents).padStart(2, '0')}`,
    };
    const kind = n % 20;
    const [rule, category] = RULES[(h >>> 16) % RULES.length];
    let event: object;
    if (kind < 14) {
      const state = STATES[n % STATES.length];
      flagStates[state]++;
      byType.flag++;
      event = { ...base, type: 'flag', flagKey: `k${n >> 2}`, rule, category, state, snippet: "… I'm sorry, but there's nothing I can do about …", words: "nothing I can do" };
    } else if (kind < 18) {
      byType['reply-sent']++;
      event = { ...base, type: 'reply-sent', flagsPresent: n % 3, rules: n % 3 ? [rule] : [] };
    } else if (kind < 19) {
      byType.effort++;
      effortTickets.add(`${helpdesk}|${ticketId}`);
      const score = n % 100;
      event = { ...base, type: 'effort', score, level: score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low', signals: ['long-wait'], reasons: ['Waited 9 days for an answer'] };
    } else {
      byType['adapter-health']++;
      event = { ...base, type: 'adapter-health', missing: ['subject'] };
    }
    buffer.push(JSON.stringify(event));
    if (buffer.length >= 10_000) flush();
  }
  flush();
  fs.closeSync(fd);
  return { path, events, bytes, byType, flagStates, effortTickets: effortTickets.size };
}

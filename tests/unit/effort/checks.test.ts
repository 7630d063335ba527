/**
 * The checks on rule matches (issue 12's tenth pass, precision): wait-check.ts drops a long-wait match its clause
 * reads as no wait of the customer's, threat-check.ts an escalation match that is a plain request or a lawyer in the
 * story. Through the whole detector: each message must, or must not, show the signal.
 */
import { describe, expect, test } from 'vitest';
import { detectEffortSignals } from '../../../lib/effort';
import { CHECK_EXAMPLES } from '../../../lib/effort/check-examples';
import type { EffortSignalId } from '../../../lib/taxonomy';

const shows = (text: string, id: EffortSignalId) => detectEffortSignals(text).some((s) => s.id === id);

for (const [name, { id, match, allow }] of Object.entries(CHECK_EXAMPLES))
  describe(name, () => {
    test.each(match)(`shows ${id}: %s`, (text) => expect(shows(text, id)).toBe(true));
    test.each(allow)(`does not show ${id}: %s`, (text) => expect(shows(text, id)).toBe(false));
  });

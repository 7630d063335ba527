import { describe, expect, test } from 'vitest';
import { ADAPTERS, HOSTED_MATCH_PATTERNS, adapterForUrl } from '../../../lib/sites';
import { matchesAny, matchesPattern } from '../../../lib/sites/match-pattern';
import { examplesOf } from './adapter-examples';

describe('URL detectors (each accepts its own examples and rejects every other adapter\'s)', () => {
  for (const adapter of ADAPTERS) {
    test(adapter.id, () => {
      expect(examplesOf(adapter).length).toBeGreaterThan(0);
      for (const example of examplesOf(adapter)) expect(adapter.detect(new URL(example)), example).toBe(true);
      for (const other of ADAPTERS) {
        if (other === adapter) continue;
        for (const example of examplesOf(other)) expect(adapter.detect(new URL(example)), `${adapter.id} on ${example}`).toBe(false);
      }
    });
  }

  test('adapterForUrl finds the adapter of each example, and none for other pages', () => {
    for (const adapter of ADAPTERS) for (const e of examplesOf(adapter)) expect(adapterForUrl(e)?.id).toBe(adapter.id);
    for (const url of [
      'https://acme.zendesk.com/agent/filters/360',
      'https://mail.google.com/mail/u/0/#inbox',
      'https://secure.helpscout.net/mailbox/1234/',
      'https://example.com/',
      'not a url',
    ]) expect(adapterForUrl(url)).toBeNull();
  });

  test('hosted products cover their own examples with their match patterns; self-hosted ones have none', () => {
    for (const adapter of ADAPTERS) {
      if (adapter.matches.length === 0) {
        expect(['zammad', 'freescout', 'request-tracker', 'osticket']).toContain(adapter.id);
        continue;
      }
      for (const e of examplesOf(adapter)) expect(matchesAny(adapter.matches, e), e).toBe(true);
    }
  });
});

describe('HOSTED_MATCH_PATTERNS', () => {
  test('are exactly the hosted products\' domains', () => {
    expect([...HOSTED_MATCH_PATTERNS].sort()).toEqual(
      [
        'https://*.zendesk.com/*',
        'https://*.freshdesk.com/*',
        'https://secure.helpscout.net/*',
        'https://app.intercom.com/*',
        'https://app.frontapp.com/*',
        'https://mail.google.com/*',
        'https://app.hubspot.com/*',
        'https://app-eu1.hubspot.com/*',
        'https://desk.zoho.com/*',
        'https://desk.zoho.eu/*',
        'https://desk.zoho.in/*',
        'https://desk.zoho.com.au/*',
        'https://desk.zoho.jp/*',
        'https://desk.zoho.com.cn/*',
        'https://desk.zoho.sa/*',
        'https://desk.zoho.uk/*',
        'https://desk.zohocloud.ca/*',
        'https://*.lightning.force.com/*',
        'https://*.atlassian.net/*',
      ].sort(),
    );
  });

  test('cover no self-hosted example and no look-alike domain', () => {
    for (const id of ['zammad', 'freescout', 'request-tracker', 'osticket']) {
      for (const e of examplesOf(ADAPTERS.find((a) => a.id === id)!)) expect(matchesAny(HOSTED_MATCH_PATTERNS, e), e).toBe(false);
    }
    for (const url of ['https://zendesk.com.evil.example/agent/tickets/1', 'https://evilzendesk.com/agent/tickets/1', 'http://acme.zendesk.com/x']) {
      expect(matchesAny(HOSTED_MATCH_PATTERNS, url), url).toBe(false);
    }
  });

  test('match patterns follow the browser\'s rules', () => {
    expect(matchesPattern('https://*.zendesk.com/*', 'https://zendesk.com/')).toBe(true);
    expect(matchesPattern('https://*.zendesk.com/*', 'https://a.b.zendesk.com/agent')).toBe(true);
    expect(matchesPattern('https://mail.google.com/*', 'https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(() => matchesPattern('zendesk.com', 'https://x')).toThrow();
  });
});

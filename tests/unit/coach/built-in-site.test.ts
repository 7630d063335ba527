import { expect, test } from 'vitest';
import { isBuiltInSite } from '../../../lib/coach/built-in-site';

const ZENDESK_TICKET = 'https://acme.zendesk.com/agent/tickets/4821';
const manifestListing = (js: string[]) => ({
  content_scripts: [
    { matches: ['https://*.zendesk.com/*'], js },
    { matches: ['https://shop.example.com/*'], js: ['content-scripts/log-test.js'] },
  ],
});

test('a helpdesk the manifest coaches is built in, whether the browser lists script paths bare (Chromium) or as full URLs (Firefox)', () => {
  expect(isBuiltInSite(ZENDESK_TICKET, manifestListing(['content-scripts/content.js']))).toBe(true);
  expect(isBuiltInSite(ZENDESK_TICKET, manifestListing(['moz-extension://0b6c1a4e-5d2f-4a61-9b8e-7f3c2d1e0a99/content-scripts/content.js']))).toBe(true);
  expect(isBuiltInSite(ZENDESK_TICKET, manifestListing(['/content-scripts/content.js']))).toBe(true);
});

test('a site matched only by another script, or by none, is not built in', () => {
  const manifest = manifestListing(['moz-extension://0b6c1a4e-5d2f-4a61-9b8e-7f3c2d1e0a99/content-scripts/content.js']);
  expect(isBuiltInSite('https://shop.example.com/orders/77', manifest)).toBe(false);
  expect(isBuiltInSite('https://help.example.org/ticket/1', manifest)).toBe(false);
  expect(isBuiltInSite(ZENDESK_TICKET, manifestListing(['moz-extension://0b6c1a4e/content-scripts/content.js.map']))).toBe(false);
});

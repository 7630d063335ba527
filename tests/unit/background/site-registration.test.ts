import { expect, test } from 'vitest';
import { originPattern, originsOfPatterns, siteOrigin } from '../../../lib/background/site-registration';

test('a granted exact-origin pattern names the site the user enabled; wildcard and other schemes name none', () => {
  expect(originsOfPatterns(['https://help.example.com/*', 'http://127.0.0.1:8080/*'])).toEqual(['https://help.example.com', 'http://127.0.0.1:8080']);
  expect(originsOfPatterns(['*://*/*', 'https://*.zendesk.com/*', 'file:///*', 'https://a.example.com/path/*'])).toEqual([]);
});

test('origin, pattern and back again agree', () => {
  const origin = siteOrigin('https://desk.example.org/scp/tickets.php?id=4')!;
  expect(origin).toBe('https://desk.example.org');
  expect(originsOfPatterns([originPattern(origin)])).toEqual([origin]);
  expect(siteOrigin('chrome://extensions')).toBeNull();
  expect(siteOrigin('not a url')).toBeNull();
});

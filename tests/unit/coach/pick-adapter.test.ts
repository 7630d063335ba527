// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { hostedAdapter, pickAdapter, whenAdapter } from '../../../lib/coach/pick-adapter';
import { ADAPTERS, type SiteAdapter } from '../../../lib/sites';
import { loadFixture } from '../sites/fixture-pages';

/** A fixture page as a static document (its scripts not run). */
function fixtureDoc(name: string): Document {
  const parsed = new DOMParser().parseFromString(loadFixture(name).html, 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script:not([src])'))) script.remove();
  return parsed;
}

function blankDoc(): Document {
  return new DOMParser().parseFromString('<!doctype html><html><head><title>Welcome</title></head><body><p>Hello</p></body></html>', 'text/html');
}

/** A document that records every property read of it: the hosted path must not look at the page. */
function watchedDoc(): { doc: Document; touched: PropertyKey[] } {
  const touched: PropertyKey[] = [];
  const doc = new Proxy({} as Document, {
    get(_, key) {
      touched.push(key);
      return () => null;
    },
  });
  return { doc, touched };
}

const adapter = (id: string): SiteAdapter => ADAPTERS.find((a) => a.id === id)!;

const SELF_HOSTED = ['zammad', 'freescout', 'request-tracker', 'request-tracker-update', 'osticket'];

describe('pickAdapter', () => {
  test.each([
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/4821'],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/2207'],
    ['front', 'https://app.frontapp.com/open/cnv_1a2b3c4d'],
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxvWmnkCGxFgPNkbBZBsqTsn'],
    ['hubspot', 'https://app-eu1.hubspot.com/help-desk/21550011/view/all/ticket/8812345678'],
    ['jira-service-management', 'https://acme.atlassian.net/browse/HELP-311'],
    ['salesforce', 'https://acme.lightning.force.com/lightning/r/Case/5003t00002AbCdEAAV/view'],
  ])('a hosted %s ticket URL picks its adapter without looking at the page', (id, url) => {
    const { doc, touched } = watchedDoc();
    expect(pickAdapter(doc, url)?.id).toBe(id);
    expect(touched).toEqual([]);
  });

  test("a hosted domain's other pages (no ticket in the URL) still pick that domain's adapter, not the page's", () => {
    // The page is a Zammad ticket, but the URL is a Zendesk dashboard: on a hosted domain the URL decides.
    const zammadPage = fixtureDoc('zammad');
    expect(pickAdapter(zammadPage, 'http://127.0.0.1:8080/')?.id).toBe('zammad');
    expect(adapter('zendesk').detect(new URL('https://acme.zendesk.com/agent/dashboard'))).toBe(false);
    expect(pickAdapter(zammadPage, 'https://acme.zendesk.com/agent/dashboard')?.id).toBe('zendesk');
    const { doc, touched } = watchedDoc();
    expect(pickAdapter(doc, 'https://acme.freshdesk.com/a/dashboard/default')?.id).toBe('freshdesk');
    expect(touched).toEqual([]);
  });

  test.each(SELF_HOSTED)('a self-hosted %s page is recognised from the page, on any host', (name) => {
    const doc = fixtureDoc(name);
    const expected = loadFixture(name).expected.adapter;
    expect(hostedAdapter('http://127.0.0.1:8080/anything')).toBeNull();
    expect(pickAdapter(doc, 'http://127.0.0.1:8080/anything')?.id).toBe(expected);
    expect(pickAdapter(doc, loadFixture(name).expected.url)?.id).toBe(expected);
  });

  test('an unknown page gives the generic mode (null), even where a self-hosted detector would accept the URL', () => {
    expect(pickAdapter(blankDoc(), 'https://example.com/blog/post-1')).toBeNull();
    // FreeScout's and Request Tracker's detectors accept these paths on any host; off the hosted domains only the page decides.
    expect(adapter('freescout').detect(new URL('https://help.example.com/conversation/318'))).toBe(true);
    expect(pickAdapter(blankDoc(), 'https://help.example.com/conversation/318')).toBeNull();
    expect(pickAdapter(blankDoc(), 'https://rt.example.org/rt/Ticket/Display.html?id=42')).toBeNull();
  });

  test('hostedAdapter: by match pattern only', () => {
    expect(hostedAdapter('https://acme.zendesk.com/agent/dashboard')?.id).toBe('zendesk');
    expect(hostedAdapter('https://zendesk.com.evil.example/agent/tickets/1')).toBeNull();
    expect(hostedAdapter('http://acme.zendesk.com/agent/tickets/1')).toBeNull();
    expect(hostedAdapter('not a url')).toBeNull();
  });
});

describe('whenAdapter', () => {
  let stop: (() => void) | undefined;
  const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  /** Mutates the page (the observer's trigger) and lets its callback run. */
  const mutate = async (html = '<span>x</span>') => {
    document.body.insertAdjacentHTML('beforeend', html);
    await vi.advanceTimersByTimeAsync(0);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>Loading…</p>';
    for (const a of Array.from(document.body.attributes)) document.body.removeAttribute(a.name);
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  test('a hosted URL: called at once, with no observing', async () => {
    setURL('https://acme.zendesk.com/agent/tickets/4821');
    const onAdapter = vi.fn();
    stop = whenAdapter(document, onAdapter);
    expect(onAdapter.mock.calls.map(([a]) => a.id)).toEqual(['zendesk']);
    await mutate();
    await vi.advanceTimersByTimeAsync(5000);
    expect(onAdapter).toHaveBeenCalledTimes(1);
  });

  test('an already recognisable self-hosted page: called at once', () => {
    setURL('http://127.0.0.1:8080/#ticket/zoom/1042');
    document.body.innerHTML = fixtureDoc('zammad').body.innerHTML;
    const onAdapter = vi.fn();
    stop = whenAdapter(document, onAdapter);
    expect(onAdapter.mock.calls.map(([a]) => a.id)).toEqual(['zammad']);
  });

  test('a page that renders its ticket later: recognised on the next look, a second after the first change', async () => {
    setURL('http://127.0.0.1:8080/#ticket/zoom/1042');
    const onAdapter = vi.fn();
    stop = whenAdapter(document, onAdapter);
    expect(onAdapter).not.toHaveBeenCalled();

    await mutate('<div class="ticket-zoom"><div class="ticket-article-item">Hi</div></div>');
    await vi.advanceTimersByTimeAsync(999);
    expect(onAdapter).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onAdapter.mock.calls.map(([a]) => a.id)).toEqual(['zammad']);

    // Found once: later changes do not call again.
    await mutate('<div class="ticket-article-item">More</div>');
    await vi.advanceTimersByTimeAsync(5000);
    expect(onAdapter).toHaveBeenCalledTimes(1);
  });

  test('looks at the page at most once a second however often it changes', async () => {
    setURL('http://127.0.0.1:8080/');
    const zammad = adapter('zammad');
    const looks = vi.spyOn(zammad, 'recognise');
    const onAdapter = vi.fn();
    stop = whenAdapter(document, onAdapter);
    expect(looks).toHaveBeenCalledTimes(1); // the first look, at start

    // A mutation every 100 ms for 3 s.
    for (let t = 0; t < 30; t++) {
      await mutate();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(looks.mock.calls.length - 1).toBeGreaterThanOrEqual(2);
    expect(looks.mock.calls.length - 1).toBeLessThanOrEqual(3);
    expect(onAdapter).not.toHaveBeenCalled();

    // No change, no look.
    const before = looks.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(looks).toHaveBeenCalledTimes(before);
  });

  test('the throttle is configurable', async () => {
    setURL('http://127.0.0.1:8080/');
    const onAdapter = vi.fn();
    stop = whenAdapter(document, onAdapter, 50);
    await mutate('<div class="ticket-zoom"></div>');
    await vi.advanceTimersByTimeAsync(49);
    expect(onAdapter).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onAdapter.mock.calls.map(([a]) => a.id)).toEqual(['zammad']);
  });

  test('stopped: a pending look and later changes call nothing', async () => {
    setURL('http://127.0.0.1:8080/');
    const onAdapter = vi.fn();
    stop = whenAdapter(document, onAdapter);
    await mutate('<div class="ticket-zoom"></div>');
    stop();
    await vi.advanceTimersByTimeAsync(2000);
    await mutate('<div class="ticket-article-item"></div>');
    await vi.advanceTimersByTimeAsync(2000);
    expect(onAdapter).not.toHaveBeenCalled();
  });
});

/**
 * The built extension on a real, unmodified Request Tracker 5 in real Chromium: the panel reads the real ticket
 * page (id, subject, requester, who wrote what, the internal comment, the effort signals); on the reply page,
 * which shows no thread, it shows the ticket as the ticket page read it; it coaches the agent inside RT's
 * CKEditor 4 (underlines over the words, a suggestion applied through CKEditor, Ctrl+Z); sending logs the reply
 * with the flags still in it, and RT stores what was sent. Skipped, with the reason in the test names and on the
 * console, where RT is neither installed nor installable (see rt-server.ts rtAvailability()).
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPanel } from '../../../lib/coach/panel-reader';
import { analyzeThread } from '../../../lib/effort';
import { launchWithExtension, type ExtensionBrowser } from '../harness/browser';
import { openLogPage, type LogPage } from '../harness/log-hooks';
import { EditorPage, overlaps, plain } from '../pages/editors/driver';
import { rtAvailability, startRt, type RtServer } from './rt-server';

const availability = rtAvailability();
const skipNote = availability.ok ? '' : ` [SKIPPED: ${availability.reason}]`;
if (!availability.ok) console.warn(`rt-extension.test.ts: skipped: ${availability.reason}`);
const rtTest = test.skipIf(!availability.ok);

/** An empty apology and a sentence that blames the customer. */
const REPLY = "Hi Dana, I'm sorry, but there's nothing I can do. You should have read the instructions.";

type Row = {
  type: string;
  state?: string;
  rule?: string;
  flagsPresent?: number;
  rules?: string[];
  ticket: { helpdesk: string; id: string | null; url: string; subject?: string };
};

/** Extension pages' storage API (the log page is one). */
declare const chrome: { storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>> }> };

const panel = (page: Page) => page.evaluate(readPanel);
/** The panel's "from the ticket page" note, when it shows a ticket remembered from its ticket page. */
const fromTicketPage = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('agent-assist-overlay')
        ?.shadowRoot?.querySelector('[data-testid="aa-from-ticket-page"]')
        ?.textContent?.trim() ?? null,
  );
/** What CKEditor itself holds: getData(), as HTML and as text. */
const editorData = (page: Page) =>
  page.evaluate(() => {
    const html = (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR
      .instances.UpdateContent.getData();
    const div = document.createElement('div');
    div.innerHTML = html;
    return { html, text: div.textContent ?? '' };
  });

describe('the extension on a real Request Tracker 5', () => {
  let rt: RtServer;
  let browser: ExtensionBrowser;
  let log: LogPage;
  let page: Page;
  let editor: EditorPage;
  const requests: Request[] = [];
  const timings: Record<string, number> = {};
  const ticketRows = async () =>
    ((await log.rawEvents()) as unknown as Row[]).filter(
      (r) => r.ticket.helpdesk === 'request-tracker' && r.ticket.id === String(rt.tickets.refund.id),
    );

  beforeAll(async () => {
    if (!availability.ok) return;
    // Requests made by the extension's service worker are reported to the context only with this on.
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    let t0 = Date.now();
    rt = await startRt(); // installs RT first if missing (CI runs install.sh before the tests)
    timings.startRt = Date.now() - t0;
    t0 = Date.now();
    browser = await launchWithExtension();
    log = await openLogPage(browser.context, browser.extensionId);
    timings.browser = Date.now() - t0;
    browser.context.on('request', (r) => requests.push(r));
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    editor = new EditorPage(page, 'ckeditor4');
    await page.goto(rt.url('/', 'agent1'));
    const who = await page.locator('.current-user').first().textContent({ timeout: 20_000 });
    if (who?.trim() !== 'agent1') throw new Error(`URL log-in failed: .current-user is ${JSON.stringify(who)}`);
  }, 15 * 60_000);

  afterAll(async () => {
    if (availability.ok) console.log(`rt-extension.test.ts: timings (ms) ${JSON.stringify(timings)}`);
    await browser?.close();
    await rt?.stop();
  });

  rtTest(`ticket page: the panel shows the real ticket, who wrote what, and the customer's effort${skipNote}`, async () => {
    const ticket = rt.tickets.refund;
    const dana = rt.users['dana@example.com'];
    await page.goto(rt.url(`/Ticket/Display.html?id=${ticket.id}`));
    await expect.poll(async () => (await panel(page))?.ticketId, { timeout: 10_000 }).toBe(String(ticket.id));
    // The background worker scores the effort after the reading: wait for its answer.
    await expect.poll(async () => (await panel(page))?.effortState, { timeout: 15_000 }).toBe('shown');
    const shown = (await panel(page))!;
    expect(shown.helpdesk).toBe('request-tracker');
    expect(shown.subject).toBe(ticket.subject);
    expect(shown.requester).toBe(`${dana.realName} · ${dana.email}`);
    // The requestor's messages are the customer's; agent1's reply is a reply; the comment is internal.
    const byDana = ticket.messages.filter((m) => m.author === dana.name);
    const comments = ticket.messages.filter((m) => m.kind === 'comment');
    expect(shown.messages).toEqual({
      customer: byDana.length,
      agent: ticket.messages.length - byDana.length - comments.length,
      internal: comments.length,
    });
    expect(shown.messages).toEqual({ customer: 3, agent: 1, internal: 1 });
    expect(shown.health).toBeNull();
    expect(await fromTicketPage(page)).toBeNull();

    // The signals the seed wrote into Dana's messages (README: third time, two weeks, receipt twice, ridiculous,
    // manager), and exactly what the effort detector finds in the thread as seeded, with its real roles.
    expect(shown.effort!.signals).toEqual(
      expect.arrayContaining(['repeat-contact', 'long-wait', 'repeated-information', 'frustration', 'escalation-demand']),
    );
    const seeded = analyzeThread({
      messages: ticket.messages.map((m) => ({
        role: m.author === dana.name ? ('customer' as const) : ('agent' as const),
        text: m.text.split('\n').filter((l) => !l.startsWith('>')).join('\n'),
        ...(m.kind === 'comment' ? { internal: true } : {}),
      })),
    });
    // The page also gives each message its time, which the seed's texts alone do not: the only extra points are
    // for the longest wait for a reply (the create, 14 days ago, was answered a day later).
    const reason = (r: string) => r.replace(/^\+\d+\s*/, '');
    const extra = shown.effort!.reasons.map(reason).filter((r) => !seeded.reasons.some((s) => s.detail === r));
    expect(extra).toEqual(['The longest wait for a reply was 1 day']);
    expect(shown.effort!.level).toBe(seeded.level);
    // Those points are added to the seeded score (which may already be at the 100 cap).
    const waitLine = shown.effort!.reasons.find((r) => reason(r) === 'The longest wait for a reply was 1 day')!;
    expect(shown.effort!.score).toBe(Math.min(100, seeded.score + Number(/^\+(\d+)/.exec(waitLine)?.[1])));
    expect([...new Set(shown.effort!.signals)].sort()).toEqual([...new Set(seeded.signals.map((s) => s.id))].sort());

    // One effort report in the log, under the ticket page's link.
    await expect.poll(async () => (await ticketRows()).filter((r) => r.type === 'effort').length, { timeout: 15_000 }).toBe(1);
    const [effort] = (await ticketRows()).filter((r) => r.type === 'effort');
    expect(effort!.ticket).toEqual({ helpdesk: 'request-tracker', id: String(ticket.id), url: page.url(), subject: ticket.subject });
  });

  rtTest(`reply page: no thread on it, the panel shows the ticket as its ticket page read it${skipNote}`, async () => {
    const ticket = rt.tickets.refund;
    const onTicketPage = (await panel(page))!;
    await page.goto(rt.url(`/Ticket/Update.html?id=${ticket.id}&Action=Respond`));
    await page.locator('iframe.cke_wysiwyg_frame').waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => fromTicketPage(page), { timeout: 10_000 }).toMatch(/^From the ticket page/);
    const shown = (await panel(page))!;
    expect(await page.locator('div.transaction.message').count()).toBe(0);
    expect(shown).toMatchObject({
      helpdesk: 'request-tracker',
      ticketId: String(ticket.id),
      subject: ticket.subject,
      requester: onTicketPage.requester,
      messages: onTicketPage.messages,
      effort: onTicketPage.effort,
      health: null,
    });
    // What was kept, and where: one entry for this ticket, its summary and effort, none of the thread's text.
    const kept = await log.page.evaluate(async () => {
      const pick = (all: Record<string, unknown>) => Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('ticket-cache:')));
      return { local: pick(await chrome.storage.local.get(null)), session: pick(await chrome.storage.session.get(null)) };
    });
    const area = Object.keys(kept.session).length ? 'session' : 'local';
    console.log(`rt-extension.test.ts: the ticket cache is in storage.${area}`);
    const entries = kept[area];
    expect(Object.keys(entries)).toEqual([`ticket-cache:${rt.baseUrl}|request-tracker|${ticket.id}`]);
    const stored = JSON.stringify(entries);
    for (const m of ticket.messages) {
      for (const line of m.text.split('\n').filter((l) => l.length > 40)) expect(stored).not.toContain(line);
    }
    expect(stored).not.toContain('Display.html');
    // The reply page does not log the ticket's effort again.
    expect((await ticketRows()).filter((r) => r.type === 'effort')).toHaveLength(1);
  });

  rtTest(`reply page: underlines over the words in RT's CKEditor 4; a suggestion applied through CKEditor; Ctrl+Z${skipNote}`, async () => {
    await editor.type(REPLY);
    await expect.poll(async () => plain((await editorData(page)).text)).toBe(REPLY);
    await expect.poll(() => editor.underlines().count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const categories = await editor.underlines().evaluateAll((els) => els.map((e) => e.getAttribute('data-flag-category')));
    expect(new Set(categories)).toEqual(new Set(['apology-without-help', 'customer-blame']));

    // Each underline sits over its words: the words' Range in the iframe, offset by the iframe's position.
    for (const underline of await editor.underlines().all()) {
      const words = (await underline.getAttribute('data-flag-key'))!.split('|')[1]!;
      const wordsBox = await editor.wordsBox(words);
      expect(wordsBox, `"${words}" in the editor`).not.toBeNull();
      expect(overlaps((await underline.boundingBox())!, wordsBox!), `underline over "${words}"`).toBe(true);
    }
    expect((await panel(page))!.flags.map((f) => f.rule).length).toBeGreaterThanOrEqual(2);

    // Apply the blame flag's first suggestion: CKEditor's own getData() returns the rewrite.
    const typed = await editorData(page);
    const blame = editor.underlines().and(page.locator('[data-flag-category="customer-blame"]')).first();
    const key = (await blame.getAttribute('data-flag-key'))!;
    const box = (await blame.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => editor.card().count()).toBe(1);
    const suggestion = editor.card().locator('button.aa-suggestion').first();
    const replacement = plain((await suggestion.locator('.aa-suggestion-text').textContent())!);
    await suggestion.click();
    await expect.poll(async () => (await editorData(page)).html).not.toBe(typed.html);
    const applied = plain((await editorData(page)).text);
    expect(applied.toLowerCase()).toContain(replacement.toLowerCase().slice(0, 12));
    expect(applied).not.toContain('You should have read');
    await expect.poll(() => page.locator(`[data-agent-assist] [data-flag-key="${key}"]`).count()).toBe(0);

    // Ctrl+Z in CKEditor restores the typed reply, and its flag.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => plain((await editorData(page)).text), { timeout: 3000 }).toBe(REPLY);
    await expect.poll(() => page.locator(`[data-agent-assist] [data-flag-key="${key}"]`).count(), { timeout: 3000 }).toBeGreaterThan(0);
  });

  rtTest(`sending: the log records the reply sent with its flags; RT stores the reply as typed${skipNote}`, async () => {
    const ticket = rt.tickets.refund;
    const replyUrl = page.url();
    const flagged = (await panel(page))!.flags.map((f) => f.rule);
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    await Promise.all([page.waitForURL(/\/Ticket\/Display\.html/, { timeout: 20_000 }), page.locator('input[name="SubmitTicket"]').click()]);

    // The log: one reply-sent with the flags still in the reply, and a 'sent' for each.
    await expect.poll(async () => (await ticketRows()).filter((r) => r.type === 'reply-sent').length, { timeout: 15_000 }).toBe(1);
    const rows = await ticketRows();
    const sent = rows.find((r) => r.type === 'reply-sent')!;
    expect(sent.ticket).toMatchObject({ helpdesk: 'request-tracker', id: String(ticket.id), url: replyUrl, subject: ticket.subject });
    expect(sent.flagsPresent).toBe(flagged.length);
    expect([...sent.rules!].sort()).toEqual([...new Set(flagged)].sort());
    const sentFlags = rows.filter((r) => r.type === 'flag' && r.state === 'sent').map((r) => r.rule);
    expect(sentFlags.sort()).toEqual([...flagged].sort());
    expect(rows.some((r) => r.type === 'flag' && r.state === 'applied')).toBe(true);

    // RT: the ticket's history ends with agent1's correspondence holding the reply as typed.
    await page.goto(rt.url(`/Ticket/Display.html?id=${ticket.id}`));
    const last = page.locator('div.transaction.message[data-transaction-id]').last();
    expect(await last.locator('.metadata .description').innerText()).toMatch(/^agent1 \(Alex Morgan\) - Correspondence added$/);
    expect(plain(await last.locator('.messagebody').innerText())).toBe(REPLY);
    // And RT's REST2 API (asked by the test, with the page's session) calls it a Correspond transaction.
    const txn = Number(await last.getAttribute('data-transaction-id'));
    const type = await page.evaluate(async (id) => {
      const res = await fetch(`/REST/2.0/transaction/${id}`, { credentials: 'same-origin' });
      return ((await res.json()) as { Type: string }).Type;
    }, txn);
    expect(type).toBe('Correspond');
  });

  rtTest(`the extension made no request of its own: everything went to RT or loaded the extension's files${skipNote}`, async () => {
    const own = `chrome-extension://${browser.extensionId}/`;
    const urls = requests.map((r) => r.url());
    expect(urls.filter((u) => !u.startsWith(`${rt.baseUrl}/`) && !u.startsWith(own) && !u.startsWith('data:'))).toEqual([]);
    // RT's pages never call REST2; the only REST2 request is the test's own, at the end of the previous test.
    expect(urls.filter((u) => u.includes('/REST/2.0/'))).toHaveLength(1);
    expect(urls.length).toBeGreaterThan(0);
  });
});

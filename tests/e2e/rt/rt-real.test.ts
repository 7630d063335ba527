/**
 * Against a real Request Tracker 5 (Debian 12 packages), checks the page structure the extension's RT adapter
 * relies on: the ticket page's thread (authors, correspondence vs internal comment, bodies, requestors) and the
 * reply page's CKEditor 4. Skipped, with the reason in the test name and on the console, when RT is neither
 * installed nor installable here (see rt-server.ts rtAvailability()).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/browser';
import { artifactsDir } from '../harness/paths';
import { rtAvailability, startRt, type RtServer } from './rt-server';

const availability = rtAvailability();
const skipNote = availability.ok ? '' : ` [SKIPPED: ${availability.reason}]`;
if (!availability.ok) console.warn(`rt-real.test.ts: skipped: ${availability.reason}`);

const shotsDir = path.join(artifactsDir, 'rt');

/** What the ticket page shows, read in the page with the selectors documented in README.md. */
interface PageTransaction {
  id: number;
  classes: string[];
  userId: number | null;
  author: string | null;
  description: string;
  body: string | null;
  bodyTextContent: string | null;
  bodyVisible: string | null;
  date: string | null;
}

interface TicketPage {
  title: string;
  bodyId: string;
  compatMode: string;
  transactions: PageTransaction[];
  requestors: { userId: number; text: string }[];
  messageCount: number;
  lowercaseClassCount: number;
  delayedHistory: number;
}

async function readTicketPage(page: Page): Promise<TicketPage> {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const withBreaks = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
      copy.querySelectorAll('.message-stanza-folder').forEach((f) => f.remove()); // "Show quoted text" toggles
      return copy.textContent ?? '';
    };
    const transactions = [...document.querySelectorAll<HTMLElement>('div.transaction[data-transaction-id]')].map(
      (el) => {
        const user = el.querySelector<HTMLElement>(':scope > .metadata .description span.user');
        const body = el.querySelector<HTMLElement>(':scope > .content .messagebody');
        return {
          id: Number(el.dataset.transactionId),
          classes: [...el.classList],
          userId: user?.dataset.userId ? Number(user.dataset.userId) : null,
          author: user?.querySelector('a') ? text(user.querySelector('a')) : user ? text(user) : null,
          description: text(el.querySelector(':scope > .metadata .description')),
          // Lines are <br>s, not newlines: textContent runs them together. Turn each <br> into "\n" first.
          body: body ? withBreaks(body) : null,
          bodyTextContent: body ? body.textContent : null,
          bodyVisible: body ? body.innerText : null,
          date: text(el.querySelector(':scope > .metadata .date')) || null,
        };
      },
    );
    const requestors = [
      ...document.querySelectorAll<HTMLElement>('.form-row.requestors .value .current-value span.user'),
    ].map((u) => ({ userId: Number(u.dataset.userId), text: text(u) }));
    return {
      title: document.title.trim(),
      bodyId: document.body.id,
      compatMode: document.compatMode,
      transactions,
      requestors,
      messageCount: document.querySelectorAll('div.transaction.Ticket-transaction.message[data-transaction-id]').length,
      lowercaseClassCount: document.querySelectorAll('div.transaction.ticket-transaction').length,
      delayedHistory: document.querySelectorAll('#delayed_ticket_history').length,
    };
  });
}

/** Plain text as RT renders it: <br> → newline, each line trimmed, blank runs collapsed. */
const norm = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();

describe('real Request Tracker 5', () => {
  let rt: RtServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    if (!availability.ok) return;
    fs.mkdirSync(shotsDir, { recursive: true });
    const t0 = Date.now();
    rt = await startRt(); // installs RT first if missing (CI runs install.sh before the tests)
    console.log(`rt-real.test.ts: RT ready at ${rt.baseUrl} (pid ${rt.pid}) in ${Date.now() - t0} ms`);
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    // Log in through the URL, at the exact host RT is configured for; the session cookie carries over.
    await page.goto(rt.url('/', 'agent1'));
    const who = await page.locator('.current-user').first().textContent({ timeout: 20_000 });
    if (who?.trim() !== 'agent1') throw new Error(`URL log-in failed: .current-user is ${JSON.stringify(who)} at ${page.url()}`);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
    await rt?.stop();
  });

  test.skipIf(!availability.ok)(`ticket page: title, thread, authors, comment vs correspondence, requestors${skipNote}`, async () => {
    const ticket = rt.tickets.refund;
    await page.goto(rt.url(`/Ticket/Display.html?id=${ticket.id}`));
    await page.screenshot({ path: path.join(shotsDir, 'ticket-display.png'), fullPage: true });
    fs.writeFileSync(path.join(shotsDir, 'ticket-display.html'), await page.content());
    const seen = await readTicketPage(page);

    expect(seen.title).toBe(`#${ticket.id}: ${ticket.subject}`);
    expect(seen.bodyId).toBe('comp-Ticket-Display'); // the Mason component: names the page whatever the WebPath
    expect(seen.compatMode).toBe('CSS1Compat'); // standards mode: class selectors are case-sensitive
    expect(seen.delayedHistory).toBe(0); // ShowHistory 'always': the thread is in the page, not loaded later
    // The record-type class is "Ticket-transaction" (capital T); "ticket-transaction" matches nothing.
    expect(seen.lowercaseClassCount).toBe(0);
    expect(seen.messageCount).toBe(ticket.messages.length);

    const messages = seen.transactions.filter((t) => t.classes.includes('message'));
    expect(messages.map((t) => t.id)).toEqual(ticket.messages.map((m) => m.transactionId));
    // Everything else in the history is not a message: outgoing mail records, owner and status changes.
    const others = seen.transactions.filter((t) => !t.classes.includes('message'));
    expect(others.length).toBeGreaterThan(0);
    for (const t of others) {
      expect(t.body).toBeNull();
      expect(t.bodyTextContent).toBeNull();
      expect(t.classes.some((c) => ['other', 'people', 'basics'].includes(c))).toBe(true);
    }
    expect(others.some((t) => /Outgoing email recorded$/.test(t.description) && t.author === 'The RT System itself')).toBe(true);

    const kindText = { create: 'Ticket created', correspond: 'Correspondence added', comment: 'Comments added' };
    const requestor = rt.users['dana@example.com'];
    const agent = rt.users.agent1;
    for (const [i, m] of ticket.messages.entries()) {
      const t = messages[i];
      const author = rt.users[m.author as keyof typeof rt.users];
      expect(t.userId).toBe(author.id);
      // Unprivileged users show as "Real Name <email>", privileged ones as "name (Real Name)".
      expect(t.author).toBe(author.privileged ? `${author.name} (${author.realName})` : `${author.realName} <${author.email}>`);
      expect(t.description).toBe(`${t.author} - ${kindText[m.kind]}`);
      expect(t.date).toMatch(/^\w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} \d{4}$/);
      expect(norm(t.body!)).toBe(norm(m.text));
    }
    // textContent alone loses the line breaks (RT renders them as <br>).
    expect(messages[0].bodyTextContent).toContain('manager.Order #48213');
    // Requestors: the customer's messages are those whose author is a requestor.
    expect(seen.requestors).toEqual([{ userId: requestor.id, text: `${requestor.realName} <${requestor.email}>` }]);
    expect(messages.filter((t) => t.userId === requestor.id).map((t) => t.id)).toEqual(
      ticket.messages.filter((m) => m.author === requestor.name).map((m) => m.transactionId),
    );
    const comment = messages[ticket.messages.findIndex((m) => m.kind === 'comment')];
    expect(comment.userId).toBe(agent.id);
    expect(comment.description.endsWith(' - Comments added')).toBe(true);

    // Language-independent kind: RT's REST2 API answers with the page's session cookie.
    const types = await page.evaluate(async (ids) => {
      const out: string[] = [];
      for (const id of ids) {
        const res = await fetch(`/REST/2.0/transaction/${id}`, { credentials: 'same-origin' });
        out.push(res.ok ? ((await res.json()) as { Type: string }).Type : `HTTP ${res.status}`);
      }
      return out;
    }, ticket.messages.map((m) => m.transactionId));
    expect(types).toEqual(
      ticket.messages.map((m) => ({ create: 'Create', correspond: 'Correspond', comment: 'Comment' })[m.kind]),
    );

    // Quoted lines ("> ...") are folded into a hidden .message-stanza.closed: in textContent, not in innerText.
    const followup = messages[ticket.messages.findIndex((m) => m.key === 'followup')];
    expect(followup.body).toContain("> I'll update you within two business days.");
    expect(followup.bodyVisible).not.toContain('> I');
    expect(followup.bodyVisible).toContain('It has been four business days.');
    const folded = await page
      .locator(`div.transaction[data-transaction-id="${followup.id}"] .messagebody .message-stanza.closed`)
      .first();
    expect(await folded.isVisible()).toBe(false);

    // The calm ticket: one message by its requestor.
    const calm = rt.tickets.calm;
    await page.goto(rt.url(`/Ticket/Display.html?id=${calm.id}`));
    const calmSeen = await readTicketPage(page);
    expect(calmSeen.title).toBe(`#${calm.id}: ${calm.subject}`);
    const calmMessages = calmSeen.transactions.filter((t) => t.classes.includes('message'));
    expect(calmMessages.map((t) => t.id)).toEqual([calm.messages[0].transactionId]);
    expect(norm(calmMessages[0].body!)).toBe(norm(calm.messages[0].text));
    expect(calmSeen.requestors.map((r) => r.userId)).toEqual([rt.users['sam@example.com'].id]);
  });

  test.skipIf(!availability.ok)(`reply page: CKEditor 4 in iframe.cke_wysiwyg_frame, getData() after typing${skipNote}`, async () => {
    const ticket = rt.tickets.refund;
    await page.goto(rt.url(`/Ticket/Update.html?id=${ticket.id}&Action=Respond`));
    const frameEl = page.locator('iframe.cke_wysiwyg_frame');
    await frameEl.waitFor({ state: 'visible', timeout: 20_000 });
    const info = await page.evaluate(() => {
      const w = window as unknown as { CKEDITOR?: { version: string; instances: Record<string, unknown> } };
      return {
        title: document.title.trim(),
        bodyId: document.body.id,
        ticketId: (document.querySelector('form[name="TicketUpdate"] input[name="id"]') as HTMLInputElement | null)?.value,
        container: document.querySelector('.messagebox-container')?.className ?? null,
        ckeditor: w.CKEDITOR?.version ?? null,
        instances: Object.keys(w.CKEDITOR?.instances ?? {}),
        form: !!document.querySelector('form[name="TicketUpdate"]'),
        textarea: !!document.querySelector('textarea#UpdateContent'),
        updateType: (document.querySelector('select#UpdateType') as HTMLSelectElement | null)?.value ?? null,
        threadMessages: document.querySelectorAll('div.transaction.message').length,
        frameSrc: document.querySelector('iframe.cke_wysiwyg_frame')?.getAttribute('src') ?? null,
        frameUrl: document.querySelector<HTMLIFrameElement>('iframe.cke_wysiwyg_frame')?.contentDocument?.URL ?? null,
      };
    });
    expect(info.title).toBe(`Update ticket #${ticket.id}: ${ticket.subject}`);
    expect(info.bodyId).toBe('comp-Ticket-Update');
    expect(info.ticketId).toBe(String(ticket.id));
    // Who the reply goes to: the "Scrips and Recipients" box (#previewscrips) is loaded by script after the page.
    await expect
      .poll(() => page.locator('#previewscrips input[name="TxnSendMailTo"]').getAttribute('value', { timeout: 200 }).catch(() => null))
      .toBe(rt.users['dana@example.com'].email);
    expect(info.container).toContain('action-response');
    expect(info.threadMessages).toBe(0); // the thread is not on the reply page
    // src="" and CKEditor document.write()s the frame, so its document URL is the page's own URL; same-origin,
    // reachable from the page as iframe.contentDocument.
    expect(info.frameSrc).toBe('');
    expect(info.frameUrl).toBe(page.url());
    expect(info.ckeditor).toMatch(/^4\./);
    expect(info.instances).toContain('UpdateContent');
    expect(info.form).toBe(true);
    expect(info.textarea).toBe(true);
    expect(info.updateType).toBe('response');

    const frame = page.frameLocator('iframe.cke_wysiwyg_frame');
    const editable = frame.locator('body.cke_editable');
    await editable.click();
    const typed = 'Hi Dana, I have escalated your refund to our finance lead today.';
    await page.keyboard.type(typed);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (
            window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }
          ).CKEDITOR.instances.UpdateContent.getData(),
        ),
      )
      .toContain(typed);
    expect(await editable.innerText()).toContain(typed);
    const data = await page.evaluate(() =>
      (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR.instances.UpdateContent.getData(),
    );
    // RT's empty editor already holds a blank paragraph, which stays after the typed text.
    expect(data.trim().replace(/\s*<p>&nbsp;<\/p>$/, '')).toBe(`<p>${typed}</p>`);
    // The reply box shows pink in screenshots: that is RT's own style (public replies pink, comments yellow, in
    // elevator-light/ticket-form.css with !important), not the extension's, which adds no style to the page.
    const pink = await page.evaluate(() => {
      const rule = Array.from(document.styleSheets)
        .flatMap((sheet) => {
          try {
            return Array.from(sheet.cssRules).map((r) => ({ r, href: sheet.href ?? '' }));
          } catch {
            return [];
          }
        })
        .find(({ r }) => r instanceof CSSStyleRule && r.selectorText.includes('.messagebox-container.action-response iframe'));
      const frameEl = document.querySelector('iframe.cke_wysiwyg_frame')!;
      return {
        computed: getComputedStyle(frameEl).backgroundColor,
        ruleColor: rule && (rule.r as CSSStyleRule).style.backgroundColor,
        ruleSheet: rule?.href ?? null,
        extensionStyles: Array.from(document.querySelectorAll('style, link[rel="stylesheet"]')).filter((n) => /extension:/.test(n.getAttribute('href') ?? '')).length,
      };
    });
    expect(pink.ruleSheet).toMatch(/\.css/);
    expect(pink.ruleColor).toBe('rgb(255, 204, 204)');
    expect(pink.computed).toBe(pink.ruleColor);
    expect(pink.extensionStyles).toBe(0);
    await page.screenshot({ path: path.join(shotsDir, 'ticket-reply.png'), fullPage: true });
    fs.writeFileSync(path.join(shotsDir, 'ticket-reply.html'), await page.content());
    console.log(`rt-real.test.ts: reply page ${JSON.stringify(info)}`);

    // Action=Comment is the same form with UpdateType "private".
    await page.goto(rt.url(`/Ticket/Update.html?id=${ticket.id}&Action=Comment`));
    await page.locator('iframe.cke_wysiwyg_frame').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.locator('select#UpdateType').inputValue()).toBe('private');
    expect(await page.locator('.messagebox-container').getAttribute('class')).toContain('action-private');
  });
});

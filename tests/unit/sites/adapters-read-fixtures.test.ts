// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../../lib/effort';
import { ADAPTERS, readTicket } from '../../../lib/sites';
import { fixtureNames, loadFixture } from './fixture-pages';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const adapterOf = (id: string) => ADAPTERS.find((a) => a.id === id)!;

describe.each(fixtureNames())('fixture %s', (name) => {
  const { html, expected } = loadFixture(name);
  const adapter = adapterOf(expected.adapter);

  test('reads exactly the expected ticket', () => {
    const doc = parse(html);
    const { ticket, editor, missing, error } = readTicket(adapter, doc, expected.url);
    expect(error).toBeUndefined();
    expect(missing).toEqual([]);
    expect(ticket).not.toBeNull();
    expect(ticket!.helpdesk).toBe(adapter.id);
    expect(ticket!.id).toBe(expected.id);
    expect(ticket!.number).toBe(expected.number);
    expect(ticket!.subject).toBe(expected.subject);
    expect(ticket!.requester).toMatchObject(expected.requester);
    expect(ticket!.messages.map((m) => [m.role, !!m.internal])).toEqual(expected.messages.map((m) => [m.role, m.internal]));
    ticket!.messages.forEach((m, i) => {
      expect(m.text).toContain(expected.messages[i].has);
      if (expected.messages[i].author) expect(m.author).toBe(expected.messages[i].author);
    });
    for (const quoted of expected.absent) for (const m of ticket!.messages) expect(m.text).not.toContain(quoted);
    if (expected.editor) expect(editor).toBe(doc.querySelector(expected.editor));
    else expect(editor).toBeNull();
  });

  test.skipIf(!expected.structure && !expected.effort)('its thread reads as the expected structure (waits, hand-offs, reopened) and effort', () => {
    const { ticket } = readTicket(adapter, parse(html), expected.url);
    const report = analyzeThread(ticket!);
    if (expected.structure) expect(report.structure).toMatchObject(expected.structure);
    if (expected.effort) {
      expect({ score: report.score, level: report.level }).toEqual({ score: expected.effort.score, level: expected.effort.level });
      expect([...new Set(report.signals.map((s) => s.id))].sort()).toEqual([...expected.effort.signals].sort());
    }
  });

  test('names the thread\'s latest customer message: the card keeps its words in sight', () => {
    const { latestCustomer } = readTicket(adapter, parse(html), expected.url);
    const latest = [...expected.messages].reverse().find((m) => m.role === 'customer' && !m.internal);
    if (!latest) return expect(latestCustomer ?? null).toBeNull();
    expect(latestCustomer?.textContent).toContain(latest.has);
  });

  test('the URL detector accepts the page\'s URL', () => {
    expect(adapter.detect(new URL(expected.url))).toBe(true);
  });

  test.each(Object.entries(expected.breaks))('reports %s missing when it is gone, without throwing', (part, selectors) => {
    const doc = parse(html);
    for (const sel of selectors) for (const el of Array.from(doc.querySelectorAll(sel))) el.remove();
    const reading = readTicket(adapter, doc, expected.url);
    expect(reading.error).toBeUndefined();
    expect(reading.missing).toContain(part);
  });

  test('an empty page reads as missing everything, and a throwing adapter as missing "*"', () => {
    const empty = readTicket(adapter, parse('<html><body></body></html>'), expected.url);
    expect(empty.missing.length).toBeGreaterThan(0);
    expect(empty.editor).toBeNull();
    const broken = readTicket({ ...adapter, read: () => { throw new TypeError('x is null'); } }, parse(html), expected.url);
    expect(broken).toEqual({ ticket: null, editor: null, missing: ['*'], error: 'TypeError: x is null' });
  });
});

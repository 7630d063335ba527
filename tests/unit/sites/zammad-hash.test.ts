// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import zammad from '../../../lib/sites/adapters/zammad';
import { loadFixture } from './fixture-pages';

test('Zammad: a hash naming another task than the one shown still reads one ticket (id, subject and thread of the shown task)', () => {
  const { html } = loadFixture('zammad');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const shown = doc.querySelector('.content.active .ticket-number')!.textContent!.trim();
  const other = Array.from(doc.querySelectorAll('.content:not(.active) .ticket-number'))[0]!.textContent!.trim();
  expect(other).not.toBe(shown);
  const reading = zammad.read(doc, `https://support.example.com/#ticket/zoom/${other}`);
  expect(reading.ticket?.id).toBe(shown);
  expect(reading.ticket?.subject).toBe(doc.querySelector('.content.active .ticket-title-update')!.textContent!.trim());
});

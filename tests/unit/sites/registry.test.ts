// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, recogniseAdapter } from '../../../lib/sites';
import { examplesOf } from './adapter-examples';
import { HELPDESK_PAGES, fixtureNames, loadFixture } from './fixture-pages';

const ADAPTER_DIR = path.resolve(import.meta.dirname, '../../../lib/sites/adapters');

describe('registry', () => {
  test('every file in lib/sites/adapters is registered under its file name, once', async () => {
    const files = fs.readdirSync(ADAPTER_DIR).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(files.sort());
    for (const file of files) {
      const mod = (await import(path.join(ADAPTER_DIR, `${file}.ts`))) as { default: unknown };
      expect(ADAPTERS).toContain(mod.default);
    }
  });

  test('every adapter has example URLs, a fixture page with its expectation, and is tested through it', () => {
    const tested = new Set(fixtureNames().map((n) => loadFixture(n).expected.adapter));
    for (const adapter of ADAPTERS) {
      expect(examplesOf(adapter).length, adapter.id).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(HELPDESK_PAGES, `${adapter.id}.html`)), `${adapter.id}.html`).toBe(true);
      expect(fs.existsSync(path.join(HELPDESK_PAGES, `${adapter.id}.expected.json`)), `${adapter.id}.expected.json`).toBe(true);
      expect(tested.has(adapter.id), adapter.id).toBe(true);
    }
  });
});

describe('recogniseAdapter (self-hosted installs and custom domains)', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  test.each(['request-tracker', 'request-tracker-update', 'zammad', 'freescout', 'osticket', 'zendesk'])(
    'recognises the %s page from the page itself',
    (name) => {
      const { html, expected } = loadFixture(name);
      expect(recogniseAdapter(parse(html))?.id).toBe(expected.adapter);
    },
  );

  test('recognises Jira Data Center by its application meta tag', () => {
    expect(recogniseAdapter(parse('<meta name="application-name" content="JIRA" data-name="jira"><body></body>'))?.id).toBe(
      'jira-service-management',
    );
  });

  test('recognises nothing on an unrelated page, and survives a recogniser that throws', () => {
    expect(recogniseAdapter(parse('<body><textarea></textarea><blockquote>hi</blockquote></body>'))).toBeNull();
    const throwing = { querySelector: () => { throw new Error('boom'); } } as unknown as Document;
    expect(recogniseAdapter(throwing)).toBeNull();
  });
});

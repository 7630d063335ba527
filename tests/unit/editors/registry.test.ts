// @vitest-environment happy-dom
/**
 * The editor registry's meta-test: every kind in lib/editors/kinds is registered, has its fixture pages (run by
 * the shared e2e check, tests/e2e/editors-coaching.test.ts) and example markup that the detector and the site
 * readers recognise as that kind and no other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EDITOR_SELECTORS, EDITORS } from '../../../lib/editors';
import { EDITOR_EXAMPLES } from '../../../lib/editors/examples';
import { editorFor } from '../../../lib/highlight/detect';
import { editorIn } from '../../../lib/sites/read/editor';

const KINDS_DIR = path.resolve(import.meta.dirname, '../../../lib/editors/kinds');
const PAGES_DIR = path.resolve(import.meta.dirname, '../../e2e/pages/editors');

/** The example rendered in a fresh document; its deepest last element (where the caret would be). */
function render(html: string): { root: HTMLElement; inner: Element } {
  document.body.innerHTML = `<div id="host">${html}</div>`;
  const host = document.getElementById('host')!;
  let inner: Element = host;
  while (inner.lastElementChild) inner = inner.lastElementChild;
  return { root: host, inner };
}

describe('editor registry', () => {
  test('every file in lib/editors/kinds is registered under its file name, once', async () => {
    const files = fs.readdirSync(KINDS_DIR).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect(EDITORS.map((e) => e.kind).sort()).toEqual(files.sort());
    for (const file of files) {
      const mod = (await import(path.join(KINDS_DIR, `${file}.ts`))) as { default: unknown };
      expect(EDITORS).toContain(mod.default);
    }
  });

  test('every kind has its fixture pages, and every editor page belongs to a kind', () => {
    const fixtures = EDITORS.flatMap((e) => e.fixtures);
    expect(new Set(fixtures).size).toBe(fixtures.length);
    for (const e of EDITORS) expect(e.fixtures.length, e.kind).toBeGreaterThan(0);
    const pages = fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
    expect(pages.sort()).toEqual([...fixtures].sort());
  });

  test('the shared e2e check runs every fixture page', () => {
    const spec = fs.readFileSync(path.resolve(import.meta.dirname, '../../e2e/editors-coaching.test.ts'), 'utf8');
    expect(spec).toMatch(/describe\.each\(EDITOR_KINDS/);
    expect(spec).toMatch(/checkEditor\(editor\)/);
  });

  test('snapshot-undo kinds say what makes them record a snapshot', () => {
    for (const e of EDITORS) if (e.inputPath === 'snapshot') expect('snapshotOn' in e && e.snapshotOn, e.kind).toBeTruthy();
  });

  test('frame kinds name their iframe; every other kind has example markup', () => {
    for (const e of EDITORS) {
      if ('inFrame' in e && e.inFrame) expect(e.roots.every((r) => r.startsWith('iframe')), e.kind).toBe(true);
      else expect(EDITOR_EXAMPLES[e.kind], e.kind).toBeTruthy();
    }
  });
});

const WITH_EXAMPLES = EDITORS.filter((e) => !!EDITOR_EXAMPLES[e.kind]).map((e) => [e.kind, e, EDITOR_EXAMPLES[e.kind]!] as const);

describe.each(WITH_EXAMPLES)('%s', (kind, def, example) => {
  test('its example is detected as this kind, from the caret\'s element', () => {
    const { inner } = render(example);
    expect(editorFor(inner)?.kind).toBe(kind);
  });

  test('the site readers find its editable', () => {
    const { root } = render(example);
    const found = editorIn(root);
    expect(found, EDITOR_SELECTORS.join('\n')).not.toBeNull();
    expect(editorFor(found)?.kind).toBe(kind);
  });

  // Detection takes the first kind that claims an editable, so no kind listed before this one may claim it (a
  // later, more general one may: a Tiptap root is a ProseMirror root too).
  test('no kind listed before it claims its example', () => {
    const { inner } = render(example);
    const target = editorFor(inner)!;
    for (const other of EDITORS.slice(0, EDITORS.indexOf(def))) {
      const claims = other.roots.some((r) => target.element.closest(r) !== null);
      expect(claims, `${other.kind} claims ${kind}'s editable`).toBe(false);
    }
  });
});

/**
 * Accessibility checks run in a page: axe-core (WCAG 2.1 A and AA rules) and a text-contrast measure of our own
 * that walks every text node, open shadow roots included (the overlay's, in e2e builds), and compares its
 * computed colour with the background actually behind it (ancestors' backgrounds composited, opacity applied,
 * every stop of a gradient).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './paths';

const AXE_SOURCE = fs.readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yFinding {
  rule: string;
  impact?: string | null;
  where: string[];
}

export interface AxeReport {
  violations: A11yFinding[];
  /** How many elements inside a shadow root axe checked (a selector path through a host), rule by rule. */
  inShadow: number;
}

/** axe's WCAG 2.1 AA violations on the page, or only inside the elements `include` selects (shadow roots are searched). */
export async function axeViolations(page: Page, include?: string): Promise<AxeReport> {
  // Evaluated through the debugging protocol: no page's or extension page's CSP applies.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, include }) => {
      type Rule = { id: string; impact?: string | null; nodes: { target: unknown[]; failureSummary?: string }[] };
      type AxeResult = Record<'violations' | 'passes' | 'incomplete', Rule[]>;
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
      const result = await axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: tags } });
      const inShadow = [...result.passes, ...result.incomplete, ...result.violations]
        .flatMap((r) => r.nodes)
        .filter((n) => Array.isArray(n.target[0])).length;
      return {
        inShadow,
        violations: result.violations.map((v) => ({
          rule: v.id,
          impact: v.impact,
          where: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
        })),
      };
    },
    { tags: WCAG_AA, include },
  );
}

export interface ContrastFailure {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/** Every visible text's contrast with what is behind it, below `min`; text over an image is reported (ratio 0). */
export async function contrastFailures(page: Page, min = 4.5): Promise<{ measured: number; failures: ContrastFailure[] }> {
  return page.evaluate((min) => {
    type Rgba = [number, number, number, number];
    const probe = document.createElement('canvas').getContext('2d')!;
    const parse = (css: string): Rgba => {
      const m = css.match(/^rgba?\(([^)]+)\)$/);
      if (m) {
        const [r, g, b, a = '1'] = m[1]!.split(/[,\s/]+/).filter(Boolean);
        return [Number(r), Number(g), Number(b), Number(a)];
      }
      // Other colour syntaxes (color-mix, oklch): let a canvas turn them into sRGB.
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3] + below[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + below[i]! * below[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
    const canvas = (): Rgba => {
      for (const el of [document.body, document.documentElement]) {
        const c = parse(getComputedStyle(el).backgroundColor);
        if (c[3] > 0) return over(c, [255, 255, 255, 1]);
      }
      return matchMedia('(prefers-color-scheme: dark)').matches && getComputedStyle(document.documentElement).colorScheme.includes('dark')
        ? [18, 18, 18, 1]
        : [255, 255, 255, 1];
    };
    /** An opaque gradient's colour stops; null for an image or a gradient that lets the page show through. */
    const gradientStops = (image: string): Rgba[] | null => {
      if (!/^(linear|radial|conic)-gradient\(/.test(image)) return null;
      const stops = (image.match(/rgba?\([^)]*\)/g) ?? []).map(parse);
      return stops.length && stops.every((c) => c[3] >= 1) ? stops : null;
    };
    /**
     * The backgrounds behind `el`: its own and its ancestors' colours composited; each stop of an opaque gradient
     * (the text must read on every one); null over an image.
     */
    const backgrounds = (el: Element): Rgba[] | null => {
      const layers: Rgba[] = [];
      for (let e: Element | null = el; e; e = parentOf(e)) {
        const style = getComputedStyle(e);
        if (style.backgroundImage !== 'none') {
          const stops = gradientStops(style.backgroundImage);
          if (!stops) return null;
          return stops.map((stop) => layers.reduceRight((bg, layer) => over(layer, bg), stop));
        }
        const c = parse(style.backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let bg = layers.at(-1)?.[3] === 1 ? layers.pop()! : canvas();
      while (layers.length) bg = over(layers.pop()!, bg);
      return [bg];
    };
    const opacity = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = parentOf(e)) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const hidden = (el: Element) => {
      if (el.closest('option')) return true;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) return true; // visually hidden, for screen readers only
      // Disabled controls are exempt from the contrast criterion (WCAG 1.4.3).
      return !!el.closest('button:disabled, input:disabled, select:disabled, textarea:disabled');
    };
    const failures: { text: string; ratio: number; color: string; background: string }[] = [];
    let measured = 0;
    const seen = new Set<Element>();
    const walk = (root: Node) => {
      const tw = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n: Node | null = tw.currentNode; n; n = tw.nextNode()) {
        if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
        if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue;
        const el = n.parentElement;
        if (!el || seen.has(el) || ['STYLE', 'SCRIPT', 'NOSCRIPT', 'TITLE'].includes(el.tagName) || hidden(el)) continue;
        seen.add(el);
        measured++;
        const style = getComputedStyle(el);
        const text = n.textContent.trim().slice(0, 60);
        const behind = backgrounds(el);
        if (!behind) {
          failures.push({ text, ratio: 0, color: style.color, background: 'image' });
          continue;
        }
        // SVG text is painted with its fill.
        const fg = parse(el instanceof SVGElement ? style.fill : style.color);
        fg[3] *= opacity(el);
        for (const bg of behind) {
          const shown = over(fg, bg);
          const [hi, lo] = [luminance(shown), luminance(bg)].sort((a, b) => b - a);
          const ratio = (hi! + 0.05) / (lo! + 0.05);
          if (ratio < min) {
            const css = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`;
            failures.push({ text, ratio: Math.round(ratio * 100) / 100, color: css(shown), background: css(bg) });
            break;
          }
        }
      }
    };
    walk(document.documentElement);
    return { measured, failures };
  }, min);
}

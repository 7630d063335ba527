import { quotedRanges } from '../../text/quotes';

/** Quoted history that mail clients and helpdesks put in its own element. */
const QUOTE_ELEMENTS = [
  'blockquote',
  '.gmail_quote',
  '.gmail_extra',
  '.yahoo_quoted',
  '[type="cite"]',
  '#divRplyFwdMsg',
  '#appendonsend',
  '.moz-cite-prefix',
].join(',');

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'svg', 'SVG']);

/**
 * Text as the reader sees it: blocks and <br> become line breaks, so that quoted lines (`> …`) and "On … wrote:"
 * attributions stay on lines of their own. Works the same without layout (happy-dom) as in a browser.
 */
function renderText(root: Node, skip: (el: Element) => boolean): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || skip(el)) return;
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) out += '\n';
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) out += '\n';
  };
  walk(root);
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Removes quoted lines and everything after an attribution line, as lib/text/quotes defines them. */
export function withoutQuotedText(text: string): string {
  const ranges = quotedRanges(text);
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    out += text.slice(at, start);
    at = end;
  }
  return (out + text.slice(at)).replace(/\n{3,}/g, '\n\n').trim();
}

/** A message body's own words: quote elements, quoted lines and forwarded history removed. */
export function messageText(body: Element, extraQuotes?: string): string {
  const selector = extraQuotes ? `${QUOTE_ELEMENTS},${extraQuotes}` : QUOTE_ELEMENTS;
  return withoutQuotedText(renderText(body, (el) => el.matches(selector)));
}

/**
 * User-facing strings of the extension pages (dashboard, settings, macro audit, popup) and of the in-page
 * overlay (content scripts have browser.i18n too), from the extension's
 * `_locales/<lang>/messages.json` (assets/public), looked up with browser.i18n.getMessage, which itself falls
 * back to the default locale (English) for a key missing from a translation.
 *
 * The messages are NOT bundled: that would add ~5 KB gzipped to the content script. Code running outside the
 * browser (unit tests: tests/unit/setup-i18n.ts) hands the English messages to `setFallbackMessages` instead.
 *
 * Placeholders are named, `{count}`, and filled here rather than by the browser's `$1` mechanism, so that call
 * sites read `t('importDone', { added })`.
 */
import type en from '../assets/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Substitutions = Record<string, string | number>;
export type Messages = Record<string, { message: string }>;

let fallback: Messages | undefined;

/** Where there is no browser.i18n (node): the messages t() reads instead, normally the English messages.json. */
export function setFallbackMessages(messages: Messages | undefined): void {
  fallback = messages;
}

interface I18nApi {
  getMessage(key: string): string;
  getUILanguage(): string;
}

function browserI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

export function locale(): string {
  return browserI18n()?.getUILanguage() ?? 'en';
}

const numberFormat = new Map<string, Intl.NumberFormat>();

function formatValue(value: string | number): string {
  if (typeof value === 'string') return value;
  const lang = locale();
  let f = numberFormat.get(lang);
  if (!f) numberFormat.set(lang, (f = new Intl.NumberFormat(lang)));
  return f.format(value);
}

export function t(key: MessageKey, substitutions?: Substitutions): string {
  const template = browserI18n()?.getMessage(key) || fallback?.[key]?.message || key;
  if (!substitutions) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in substitutions ? formatValue(substitutions[name]) : whole));
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** A count in words: the `one` message or the `other` one, as the UI language's plural rules pick; both take {count}. */
export function tCount(count: number, one: MessageKey, other: MessageKey): string {
  const lang = locale();
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return t(rules.select(count) === 'one' ? one : other, { count });
}

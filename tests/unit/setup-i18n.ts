/**
 * Unit tests run in node, without browser.i18n: t() reads the English messages.json given here (the extension
 * looks messages up with browser.i18n and never bundles the JSON).
 */
import en from '../../assets/public/_locales/en/messages.json';
import { setFallbackMessages } from '../../lib/i18n';

setFallbackMessages(en);

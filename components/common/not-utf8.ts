import { t } from '../../lib/i18n';
import type { NotUtf8Error } from '../../lib/text/utf8';

/** Why a file was refused for its encoding, and how to fix it: the reason part of an import's refusal. */
export function notUtf8Reason(error: NotUtf8Error): string {
  return error.looksLike === 'utf-16' ? t('fileNotUtf8Utf16') : t('fileNotUtf8');
}

/**
 * Why a team export was refused, as data (a worker without browser.i18n can post it), and in a lead's words
 * from messages.json, with what to do next.
 */
import { t } from '../i18n';
import { issueText, type IssueFacts } from '../validation/plain-issue';

export type ImportRefusal =
  | { kind: 'not-json' }
  | { kind: 'not-header'; issue: IssueFacts }
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'invalid-event'; issue: IssueFacts }
  | { kind: 'empty' }
  | { kind: 'count-mismatch'; announced: number; found: number }
  | { kind: 'not-utf8' }
  | { kind: 'line-too-long'; maxBytes: number };

export function refusalText(line: number, refusal: ImportRefusal): string {
  switch (refusal.kind) {
    case 'not-json':
      return t('importRefusedNotJson', { line });
    case 'not-header':
      return t('importRefusedNotHeader', { line, issue: issueText(refusal.issue) });
    case 'newer-version':
      return t('importRefusedNewer', { version: refusal.version, supported: refusal.supported });
    case 'invalid-event':
      return t('importRefusedEvent', { line, issue: issueText(refusal.issue) });
    case 'empty':
      return t('importRefusedEmpty');
    case 'count-mismatch':
      return t('importRefusedCount', { announced: refusal.announced, found: refusal.found });
    case 'not-utf8':
      return t('importRefusedEncoding', { line });
    case 'line-too-long':
      return t('importRefusedLineTooLong', { line });
  }
}

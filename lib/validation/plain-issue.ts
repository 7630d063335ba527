/**
 * A schema problem in words a team lead (or a CLI user) can act on: which field, what is wrong with it, in terms
 * of the data rather than of the validator ("“kind” is “flg”, which this version does not know (flag, …)" instead
 * of "Invalid discriminator value. Expected 'flag' | …"). In two steps: `issueFacts` reads the problem off the
 * value (pure data, so a worker without browser.i18n can post it), `issueText` words it from messages.json.
 */
import type { core } from 'zod/mini';
import { t } from '../i18n';

export type ValueKind = 'text' | 'number' | 'whole-number' | 'boolean' | 'object' | 'list' | 'null' | 'other';

/** What is wrong, and where; `field` is absent when the line itself is the problem. */
export type IssueFacts =
  | { code: 'missing'; field?: string }
  | { code: 'wrong-kind'; field?: string; expected: ValueKind; found: ValueKind }
  | { code: 'unknown-option'; field?: string; value: string; options: string[] }
  | { code: 'no-shape-fits'; field?: string }
  | { code: 'too-big' | 'too-small'; field?: string; limit: string }
  | { code: 'empty'; field?: string }
  | { code: 'unknown-fields'; field?: string; fields: string[] }
  | { code: 'other'; field?: string; detail: string };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'other';
  }
}

const EXPECTED: Record<string, ValueKind> = { string: 'text', number: 'number', int: 'whole-number', boolean: 'boolean', object: 'object', array: 'list' };

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

const fieldName = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : undefined);

/** `root` is the value that was checked, so that a missing field can be told from a field of the wrong kind. */
export function issueFacts(issue: core.$ZodIssue, root: unknown): IssueFacts {
  const field = fieldName(issue.path);
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'missing', field };
      return { code: 'wrong-kind', field, expected: EXPECTED[issue.expected] ?? 'other', found: kindOf(value) };
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator && Array.isArray(options) && options.length) {
        const at = issue.path.at(-1) === discriminator ? issue.path : [...issue.path, discriminator];
        const found = valueAt(root, at);
        if (found === undefined) return { code: 'missing', field: fieldName(at) };
        return { code: 'unknown-option', field: fieldName(at), value: quote(found), options: options.map(String) };
      }
      return { code: 'no-shape-fits', field };
    }
    case 'invalid_value':
      return { code: 'unknown-option', field, value: quote(value), options: issue.values.map(String) };
    case 'too_big':
      return { code: 'too-big', field, limit: String(issue.maximum) };
    case 'too_small':
      return value === '' || (Array.isArray(value) && value.length === 0) ? { code: 'empty', field } : { code: 'too-small', field, limit: String(issue.minimum) };
    case 'unrecognized_keys':
      return { code: 'unknown-fields', field, fields: issue.keys };
    default:
      return { code: 'other', field, detail: issue.message };
  }
}

const KIND_WORDS: Record<ValueKind, () => string> = {
  text: () => t('valueKindText'),
  number: () => t('valueKindNumber'),
  'whole-number': () => t('valueKindWholeNumber'),
  boolean: () => t('valueKindBoolean'),
  object: () => t('valueKindObject'),
  list: () => t('valueKindList'),
  null: () => t('valueKindNull'),
  other: () => t('valueKindOther'),
};

export function issueText(facts: IssueFacts): string {
  const field = facts.field ?? t('issueTheLine');
  switch (facts.code) {
    case 'missing':
      return t('issueMissing', { field });
    case 'wrong-kind':
      return t('issueWrongKind', { field, expected: KIND_WORDS[facts.expected](), found: KIND_WORDS[facts.found]() });
    case 'unknown-option':
      return t('issueUnknownOption', { field, value: facts.value, options: facts.options.join(', ') });
    case 'no-shape-fits':
      return t('issueNoShapeFits', { field });
    case 'too-big':
      return t('issueTooBig', { field, limit: facts.limit });
    case 'too-small':
      return t('issueTooSmall', { field, limit: facts.limit });
    case 'empty':
      return t('issueEmpty', { field });
    case 'unknown-fields':
      return t('issueUnknownFields', { fields: facts.fields.join(', '), where: field });
    case 'other':
      return t('issueOther', { field, detail: facts.detail });
  }
}

export const plainIssue = (issue: core.$ZodIssue, root: unknown): string => issueText(issueFacts(issue, root));

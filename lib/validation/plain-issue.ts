/**
 * A schema problem in words a team lead (or a CLI user) can act on: which field, what is wrong with it, in terms
 * of the data rather than of the validator ("“kind” is “flg”, which this version does not know (flag, …)" instead
 * of "Invalid discriminator value. Expected 'flag' | …"). The wording is in messages.json.
 */
import type { core } from 'zod/mini';
import { t } from '../i18n';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return t('valueKindNull');
  if (Array.isArray(value)) return t('valueKindList');
  switch (typeof value) {
    case 'string':
      return t('valueKindText');
    case 'number':
      return t('valueKindNumber');
    case 'boolean':
      return t('valueKindBoolean');
    case 'object':
      return t('valueKindObject');
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, () => string> = {
  string: () => t('valueKindText'),
  number: () => t('valueKindNumber'),
  int: () => t('valueKindWholeNumber'),
  boolean: () => t('valueKindBoolean'),
  object: () => t('valueKindObject'),
  array: () => t('valueKindList'),
};

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

/** `root` is the value that was checked, so that a missing field can be told from a field of the wrong kind. */
export function plainIssue(issue: core.$ZodIssue, root: unknown): string {
  const field = issue.path.length ? issue.path.map(String).join('.') : undefined;
  const value = valueAt(root, issue.path);
  const name = field ?? t('issueTheLine');
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return t('issueMissing', { field: name });
      return t('issueWrongKind', { field: name, expected: EXPECTED[issue.expected]?.() ?? issue.expected, found: kindOf(value) });
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator && Array.isArray(options) && options.length) {
        const at = issue.path.at(-1) === discriminator ? issue.path : [...issue.path, discriminator];
        const found = valueAt(root, at);
        if (found === undefined) return t('issueMissing', { field: at.map(String).join('.') });
        return t('issueUnknownOption', { field: at.map(String).join('.'), value: quote(found), options: options.map(String).join(', ') });
      }
      return t('issueNoShapeFits', { field: name });
    }
    case 'invalid_value':
      return t('issueUnknownOption', { field: name, value: quote(value), options: issue.values.map(String).join(', ') });
    case 'too_big':
      return t('issueTooBig', { field: name, limit: String(issue.maximum) });
    case 'too_small':
      return value === '' || (Array.isArray(value) && value.length === 0) ? t('issueEmpty', { field: name }) : t('issueTooSmall', { field: name, limit: String(issue.minimum) });
    case 'unrecognized_keys':
      return t('issueUnknownFields', { fields: issue.keys.join(', '), where: name });
    default:
      return t('issueOther', { field: name, detail: issue.message });
  }
}

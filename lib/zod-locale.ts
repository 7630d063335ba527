/**
 * zod/mini carries no error messages of its own ("Invalid input" for everything): this gives every schema the
 * English messages classic zod had ("Too small: expected string to have >=1 characters"). Imported by each
 * module that defines schemas; calling it more than once is harmless.
 *
 * Not zod's own English locale (zod/v4/locales/en.js): its tables of string formats (email, UUID, IPv6, JWT…)
 * would ship in the content script for nothing. This is the same wording, word for word, for the issue codes
 * our schemas can produce (types, enums and literals, lengths and bounds, regex checks, strict objects,
 * unions); a string format we do not use reads as "Invalid <format>". Checks that state their own message
 * (refine, minLength(1, 'must not be empty')…) keep it.
 */
import { config, type core } from 'zod/mini';

const UNIT: Record<string, string> = { string: 'characters', file: 'bytes', array: 'items', set: 'items', map: 'entries' };

function typeName(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (typeof value !== 'object') return typeof value;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const ctor = Object.getPrototypeOf(value) !== Object.prototype && 'constructor' in value ? (value.constructor as { name: string }) : undefined;
  return ctor ? ctor.name : 'object';
}

function primitive(value: unknown): string {
  return typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? `"${value}"` : `${value as string}`;
}

/** too_big / too_small: `op` is '<' or '>'; zod's wording says "value" for a missing origin only when too big. */
function sized(
  issue: { origin?: string; exact?: boolean; inclusive?: boolean },
  word: string,
  bound: number | bigint,
  op: string,
  missingOrigin?: string,
): string {
  const adj = issue.exact ? 'exactly ' : issue.inclusive ? `${op}=` : op;
  const unit = UNIT[issue.origin ?? ''];
  return unit
    ? `${word}: expected ${issue.origin} to have ${adj}${bound.toString()} ${unit}`
    : `${word}: expected ${issue.origin ?? missingOrigin} to be ${adj}${bound.toString()}`;
}

function englishMessage(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected === 'nan' ? 'NaN' : issue.expected}, received ${typeName(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${primitive(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(primitive).join('|')}`;
    case 'too_big':
      return sized(issue, 'Too big', issue.maximum, '<', 'value');
    case 'too_small':
      return sized(issue, 'Too small', issue.minimum, '>');
    case 'invalid_format':
      return issue.format === 'regex' ? `Invalid string: must match pattern ${issue.pattern}` : `Invalid ${issue.format}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(primitive).join(', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length > 0) return `Invalid discriminator value. Expected ${options.map((o) => `'${o}'`).join(' | ')}`;
      return (issue as { inclusive?: boolean }).inclusive === false ? 'Invalid input: more than one option matched' : 'Invalid input';
    }
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    default:
      return 'Invalid input';
  }
}

config({ localeError: englishMessage });

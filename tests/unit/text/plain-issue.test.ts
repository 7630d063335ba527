import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import '../../../lib/zod-locale';
import { plainIssue } from '../../../lib/validation/plain-issue';

const Event = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flag'), rule: z.string(), at: z.number() }),
  z.object({ kind: z.literal('reply-sent'), flags: z.array(z.string()).check(z.minLength(1)) }),
]);

function problems(schema: z.ZodMiniType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a problem');
  return parsed.error.issues.map((issue) => plainIssue(issue, value));
}

describe('plainIssue: a schema problem in words about the data, not the validator', () => {
  test('an unknown kind names the field, the value and the kinds this version knows', () => {
    expect(problems(Event, { kind: 'flg', rule: 'x', at: 1 })).toEqual(['“kind” is “flg”, which this version does not know (it knows: flag, reply-sent).']);
  });
  test('a missing field is told from a field of the wrong kind', () => {
    expect(problems(Event, { kind: 'flag', at: 1 })).toEqual(['“rule” is missing.']);
    expect(problems(Event, { kind: 'flag', rule: 'x', at: 'yesterday' })).toEqual(['“at” should be a number, but it is text.']);
    expect(problems(Event, { rule: 'x' })).toEqual(['“kind” is missing.']);
  });
  test('empty lists, unknown fields and a line that is not an object', () => {
    expect(problems(Event, { kind: 'reply-sent', flags: [] })).toEqual(['“flags” is empty.']);
    expect(problems(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual(['the line has fields this version does not know: b, c.']);
    expect(problems(z.object({ a: z.string() }), [1, 2])).toEqual(['“the line” should be a group of fields, but it is a list.']);
  });
  test("nothing of the validator's vocabulary leaks through", () => {
    const words = problems(Event, { kind: 'nope' }).join(' ');
    expect(words).not.toMatch(/discriminator|Invalid input|Expected '/);
  });
});

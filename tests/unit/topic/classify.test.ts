import { describe, expect, test } from 'vitest';
import { classifyTopic, TOPICS } from '../../../lib/topic';
import { TOPIC_EXAMPLES } from '../../../lib/topic/examples';
import { TOPIC_SPECS } from '../../../lib/topic/topics';

describe('ticket topic', () => {
  test('every topic is specified once and has examples both ways', () => {
    expect(TOPIC_SPECS.map((s) => s.id).sort()).toEqual([...TOPICS].sort());
    for (const topic of TOPICS) {
      expect(TOPIC_EXAMPLES[topic].match.length, topic).toBeGreaterThanOrEqual(3);
      expect(TOPIC_EXAMPLES[topic].allow.length, topic).toBeGreaterThanOrEqual(1);
    }
  });

  for (const topic of TOPICS) {
    test(`${topic}: its examples are read as ${topic}, the others' are not`, () => {
      for (const ex of TOPIC_EXAMPLES[topic].match) expect(classifyTopic({ subject: ex.subject, thread: ex.message ? [ex.message] : [] }), ex.subject).toBe(topic);
      for (const ex of TOPIC_EXAMPLES[topic].allow) expect(classifyTopic({ subject: ex.subject, thread: ex.message ? [ex.message] : [] }), ex.subject).not.toBe(topic);
    });
  }

  test('nothing to go on, or a tie, is no topic; the reply is read only when subject and thread say nothing', () => {
    expect(classifyTopic({})).toBeNull();
    expect(classifyTopic({ subject: 'Question', thread: ['Hello, I have a question about your shop.'] })).toBeNull();
    expect(classifyTopic({ subject: 'Refund for the parcel' })).toBeNull();
    expect(classifyTopic({ reply: 'Sorry your parcel is late, the courier lost it.' })).toBe('delivery');
    expect(classifyTopic({ subject: 'Invoice', reply: 'Sorry your parcel is late.' })).toBe('billing');
  });

  test('hostile input: huge or odd text is read fast and without throwing', () => {
    const huge = 'refund '.repeat(200_000);
    const t0 = performance.now();
    expect(classifyTopic({ subject: huge, thread: [huge, '\u0000\uFFFF'], reply: huge })).toBe('refund');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

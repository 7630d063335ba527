/**
 * (h80) A count that is a rate, not contacts made or a stretch waited: "429 Too Many Requests after about 60 calls a
 * minute" (an API's calls), "I am working from home 2 days a week now" (a routine). Read on the text right after a
 * counted noun, or right before a duration that is the rate's "a week".
 */

/** Per a short unit of time, right after a count and its noun: "a minute", "per second", "/min", "an hour". A day is
 * left out: "3 calls a day" can be the customer's own calls. */
const PER_SHORT_UNIT = /^\s*(?:a|an|per|each|every|\/)\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b/;

/** Whether the counted thing ending at `end` of `lower` is counted per second, minute or hour (a machine's rate). */
export function isRateAfter(lower: string, end: number): boolean {
  return PER_SHORT_UNIT.test(lower.slice(end, end + 16));
}

/** A count of days, hours or times right before a rate's "a week": "2 days a week", "three times a month". */
const COUNT_BEFORE = /\b(?:\d{1,2}|one|two|three|four|five|six|seven|a few|several|a couple of)\s+(?:days?|hours?|times|nights?|mornings?|afternoons?|evenings?|shifts?)\s+$/;

/** Whether a duration starting at `start` ("a week now") is the "per week" of a rate: "2 days a week now". */
export function isRateUnit(lower: string, start: number): boolean {
  return /^(?:a|an|per|each|every)\s/.test(lower.slice(start, start + 6)) && COUNT_BEFORE.test(lower.slice(Math.max(0, start - 30), start));
}

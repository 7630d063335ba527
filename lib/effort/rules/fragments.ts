/**
 * Regular-expression pieces the signal rules share, inserted with `{{NAME}}`. Every quantifier is bounded and
 * no group repeats another repeating group, so no pattern built from them can backtrack catastrophically.
 */
const AMOUNT_WORD = String.raw`(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|several|a few|few|many|a couple of|a couple|couple of|multiple)`;
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?|yrs?)`;

export const FRAGMENTS: Record<string, string> = {
  /** How many times: "3", "three", "several", "so many". */
  COUNT: String.raw`(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|several|multiple|many|numerous|countless|a few|a couple of|a dozen|dozens of|so many|too many|a hundred|hundreds of|a million|a thousand)`,
  /** Second and later, never first: "third", "3rd", "umpteenth". */
  ORDINAL: String.raw`(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|umpteenth|nth|[2-9](?:nd|rd|th)|\d{2,3}(?:st|nd|rd|th))`,
  UNIT,
  /** A stretch of time: "2 hours", "Five (5) days", "40mins", "1 Hour 25 mins", "an hour and a half", "over a week", "5 DAYS". */
  DURATION: String.raw`(?:(?:over|more than|almost|nearly|about|around|at least|close to|well over|a good|another) )?(?:\d{1,4}(?:[.,]\d{1,2})?\+? ?|${AMOUNT_WORD} (?:\(\d{1,4}\) )?)${UNIT}(?: (?:and )?(?:\d{1,2}|a half) ?${UNIT}?)?`,
  /** A past contact: "called", "emailed", "DM'd", "reached out". */
  CONTACTED: String.raw`(?:called|phoned|rang|rung|dialed|dialled|e-?mailed|messaged|texted|contacted|reached out|dm'?e?d|tweeted|chatted|written|wrote|complained|followed up|asked|requested)`,
  /** Someone on the company's side. */
  PERSON: String.raw`(?:agents?|reps?|representatives?|persons?|people|advisors?|advisers?|associates?|employees?|staff|someone|somebody|anyone|operators?|specialists?|technicians?|techs?|guy|lady|woman|man|girl|support|customer service|customer care|team|colleagues?|supervisors?|managers?)`,
  /** The company's side as the subject of a sentence. */
  THEY: String.raw`(?:you|you guys|y'?all|they|he|she|someone|somebody|the (?:agent|rep|representative|person|lady|guy|woman|man|girl|team|bank|store|company|website|site|app|email|letter|message)|your (?:agent|rep|representative|colleague|team|staff|support|website|site|app|email|letter|bot)|(?:customer )?(?:service|support|care)|the bot|an? (?:agent|rep|representative))`,
};

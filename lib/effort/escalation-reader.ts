/**
 * A reader pass over sentences (issue 12, h54): escalation told by the shape of what the customer will do, not by the
 * word "manager" or "complaint".
 *
 * - Leaving, as the customer's own coming act that takes their custom away: a first-person future ("I'll", "I will",
 *   "I'm going to", "I will have to", "I'll be …ing") whose verb moves something (move, take, find, look for, switch,
 *   go) and whose object ends elsewhere: "I'll be moving my savings elsewhere", "if it persists I will have to find a
 *   new calendar", "I'm taking the whole team's licences somewhere else".
 * - An ultimatum: a deadline given to the company, then what the customer will do after it: "I'll give you until
 *   Monday. After that I'm going to my MP.", "If I do not hear by 24 May I will start a dispute with the scheme."; a
 *   demand with its "or else": "Refund me by Friday or I walk."
 * - Someone above asked after: whom to escalate or complain to ("Any advice on who to escalate to?"), where or how to
 *   complain ("Where do we complain about this?"), who is above the agent, someone who can decide.
 * - The message itself sent above, asked of the agent: "Please pass this to your branch manager", "Could you forward
 *   my complaint to the complaints team" (not told of someone else: "they said they'd pass it to a supervisor").
 * - Others told, as the customer's coming act: "I'll be telling everyone exactly why", "I'll let Trustpilot know".
 * - The escalation already asked for, told by what came of it: a manager as the one who would call ("I have been told
 *   3 times a manager would email me"), a manager refused ("refused to get me a manager", "no supervisor was
 *   available").
 * - A third party copied in by the customer: "I have copied in the council's housing team", "cc: our DPO".
 *
 * Not a negation ("I won't be moving anywhere"), a question about a plan ("should I move my savings elsewhere?"), an
 * offer or condition the company sets ("you'll have until Monday to reply"), an act told of someone else ("my
 * husband will find a new charger"), nor a deadline with no act after it ("please reply by Monday. Thanks").
 * Reads the first 60 sentences, each at most 400 characters: a pasted 100 KB costs no more.
 */
import type { EffortSignal } from './types';
import { listSentences } from './sentence-list';

const SENTENCE = /[^.!?\n]{1,400}[.!?\n]*/g;
const MAX_SENTENCES = 60;

/** The customer's own coming act: "I'll", "I will", "I am going to", "I will have to", "we'll be". */
const OWN_FUTURE = String.raw`\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna| am gonna|'ll have to| will have to| have to| need to)(?: (?:just|simply|now|probably|definitely|be|have to|need to|then))*`;
/** …or said as under way ("I'm moving my savings elsewhere", "time to find a new bank"). */
const OWN_ACT = String.raw`(?:${OWN_FUTURE}|\b(?:i'm|i am|we're|we are)(?: (?:just|now|already|seriously))?|\btime to)`;
/** What a new or other one is when it is no custom taken away: a time, a way, a home ("moving to a new flat"). */
const NOT_CUSTOM = String.raw`(?:time|day|date|way|slot|moment|go|try|chance|look|one to|password|card|address|number|flat|house|home|apartment|place|city|town|area|country|office|building|room|job|school)`;
/** Where the custom goes: elsewhere, a new or another one (not another time or way), a rival. */
const ELSEWHERE = String.raw`(?:elsewhere|somewhere else|(?:a|an) (?:new|different|better|other) (?!${NOT_CUSTOM}\b)[\w-]+|another (?!${NOT_CUSTOM}\b)[\w-]+|(?:to|with) (?:a |an )?(?:competitor|rival))\b`;
/** A verb that takes the customer's custom away, then what it takes (up to four words), then where it goes. */
const LEAVE = new RegExp(
  String.raw`(?:${OWN_ACT} (?:mov|tak|switch|shop|spend|bank|transfer|port)\w*|(?:${OWN_FUTURE}|\btime to) (?:find|look for|go|put)\w*)(?: [\w'-]+){0,4}? ` + ELSEWHERE,
);
/** A negation or a question right before the act: no threat. */
const NOT_OWN_ACT = /\b(?:won'?t|will not|wouldn'?t|not|never|should|shall i|do i|can i|could i|whether)\b[^.!?]{0,20}$/;

/** A deadline given to the company ("I'll give you until Monday", "you have until Friday", "by 24 May"). */
const DEADLINE = /\b(?:(?:i'll|i will|i am|i'm) (?:give|giving) (?:you|them|your \w+) (?:until|till|til|to|one more|another|\d+|a|an|two|three)|you (?:have|'ve got|got) (?:until|till|til) |if (?:i|we) (?:do not|don't|dont|haven't|have not|hear nothing|get nothing|receive nothing)(?: [\w']+){0,4}? (?:by|before|within|until|till|in the next))\b/;
/** What the customer will do once it passes, opening the same sentence's end or the next one. */
const AFTER_THAT = new RegExp(
  String.raw`\b(?:after that|otherwise|or else|failing that|if not|after which)\b[,\s]*(?:i'm|i am|we're|we are) \w+ing\b|` +
    String.raw`(?:^\s*(?:after that|otherwise|or else|failing that|if not|after which|then|or)\b[,\s]*|,\s*)?` +
    OWN_FUTURE +
    String.raw` (?!(?:be )?(?:happy|glad|grateful|pleased|available|around|in touch|waiting|thankful)\b)\w+`,
);

/**
 * A demand with its "or else" in one sentence: "Refund me by Friday or I walk.", "I want this fixed today, otherwise
 * I'm done." — the demand an imperative or "I want/expect/demand", the act after it the customer's own (not "or I can").
 */
const OR_ELSE =
  /^\s*(?:(?:please |just )?(?:fix|sort|refund|give|send|pay|resolve|repair|replace|return|credit|reverse|reinstate|call|reply|respond|deliver)\b|(?:i|we) (?:want|expect|demand|need)\b)[^.!?]{0,120}?(?:,\s*|\s)(?:or|or else|otherwise)[,\s]+(?:i|we)(?:'ll| will|'m| am| shall|'re| are)?(?: (?:just|simply|be|going to))* (?!(?:can|could|might|may|would|will|shall|am|are|happy|glad|wait|try|miss|lose|be late|have to)\b)[a-z]+/;
/**
 * Someone above asked after: whom to escalate or complain to, who is above the agent, someone who can decide (asked,
 * not told: "who do I send the form to?" is no escalation).
 */
const ESCALATE_TO =
  /\bwho (?:(?:do|can|should|could|would) (?:i|we) |to |is the (?:right )?(?:person|one) to )(?:escalate|complain|appeal|go above|take this)\b(?:[^.!?]{0,40})?(?:\?|$)|\b(?:where|how) (?:do|can|should|could|would) (?:i|we) (?:go to )?(?:escalate|complain)\b(?:[^.!?]{0,40})?(?:\?|$)|\bwho(?:'s| is| are) (?:above|over|higher than) you\b|\bwho (?:do|does) (?:you|your \w+) (?:report|answer) to\b|\b(?:someone|somebody|anyone|anybody|a person) (?:who|that) (?:can|could|is able to|gets to) (?:actually )?decide\b/;
/**
 * A bad rating announced to the company ("Expect a one-star review from me"), or who is above demanded by name ("Give
 * me the name of your complaints manager") — not a bare rating ("1 star until…") nor a name asked to thank someone.
 */
const LEVERAGE =
  /\b(?:expect|you'?ll (?:be )?get(?:ting)?|you will (?:be )?get(?:ting)?|there will be|enjoy)(?: [\w-]+){0,3}? (?:1|one|0|zero|2|two)[- ]star\b|\b(?:give me|i want|i need|i demand|send me|provide)(?: me)? (?:the )?(?:name|details|contact details|email|e-mail|number) (?:of|for) (?:your|the) (?:[\w-]+ )?(?:manager|supervisor|boss|ceo|director|head of \w+)\b(?![\s\S]{0,80}\b(?:thank|thanks|card|praise|compliment))/;
/**
 * The message itself sent above, asked of the agent as a request that opens its sentence ("Please pass this to your
 * branch manager", "Can you forward my complaint to a team leader?"); one told of others ("they'd pass it to a
 * supervisor") opens no sentence and asks nothing.
 */
const PASS_ABOVE =
  /^\s*(?:(?:hi|hello|ok|okay|so|then|and),?\s+)?(?:(?:please|kindly|could you|can you|would you|will you)\s+)*(?:please\s+)?(?:pass|forward|send|refer|escalate|hand|give)\s+(?:this|it|my (?:complaint|email|e-mail|letter|message|case|file|concerns?))(?:\s+(?:on|up|over))?\s+to\s+(?:your|a|the|an)\s+(?:[\w-]+\s+){0,2}?(?:manager|supervisor|team leader|complaints? (?:team|department|manager|officer)|director|head of [\w-]+|senior [\w-]+)\b/;
/** Others told, as the customer's own coming act: "I'll be telling everyone why", "I'll let Trustpilot know". */
const TELL_OTHERS = new RegExp(
  OWN_FUTURE +
    String.raw` (?:tell|telling|let|letting|warn|warning)\w* (?:everyone|everybody|the world|my (?:friends|followers|family|colleagues|network)|people|others|(?:trustpilot|yelp|google|reddit|twitter|facebook|tripadvisor|the internet)(?: know)?)\b`,
);

/** The escalation already asked for, told by what came of it: a manager who would call, a manager refused. */
const MANAGER_AFTER = /\b(?:(?:a|the|your) (?:manager|supervisor|team leader|senior \w+)(?: [\w']+){0,2}? (?:would|will|was going to|is going to|'d|'ll) (?:call|ring|phone|email|e-mail|contact|get back|reach out|be in touch)|refus\w* (?:to )?(?:get|put|let|transfer|connect) (?:me|us) (?:to |through to |speak to |talk to )?(?:an? |the |their |your )?(?:manager|manger|supervisor)|(?:no|none of the) (?:manager|supervisor)s? (?:was|were|is|are) (?:available|free|around))\b/;

/** A third party copied in by the customer ("I have copied in our DPO", "cc: the council"). */
const COPIED = /(?:\b(?:i|we)(?:'ve| have)? (?:also )?(?:copied|cc'?d|cc'?ed|included) (?:in )?(?!you\b)(?:our|my|the|a) [\w' -]{2,40}?\b|^\s*cc\s*:\s*\S)/m;

/** The escalation signals the shapes above show in `prepared`; each match is cut from `original` (same offsets). */
export function readEscalation(original: string, prepared: string): EffortSignal[] {
  const lower = prepared.toLowerCase();
  // a word every shape needs (PASS_ABOVE's is whom the message goes to)
  if (!/\b(?:i|we|who|someone|somebody|anyone|anybody|a person|manager|manger|supervisor|team leader|complaints?|director|head of|senior|cc|time to|star|give me)\b/.test(lower)) return [];
  const list = listSentences(lower, SENTENCE, MAX_SENTENCES);
  const out = (start: number, end: number): EffortSignal[] => [{ id: 'escalation-demand', start, end, match: original.slice(start, end) }];
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const leave = LEAVE.exec(s.text);
    if (leave !== null && !s.text.includes('?') && !NOT_OWN_ACT.test(s.text.slice(0, leave.index))) return out(s.start + leave.index, s.start + leave.index + leave[0].length);
    const deadline = DEADLINE.exec(s.text);
    if (deadline !== null) {
      const rest = s.text.slice(deadline.index + deadline[0].length);
      const places = [{ text: rest, start: s.start + deadline.index + deadline[0].length }, ...list.slice(i + 1, i + 2)];
      for (const p of places) {
        const act = AFTER_THAT.exec(p.text);
        if (act === null || p.text.includes('?')) continue;
        return out(s.start + deadline.index, p.start + act.index + act[0].length);
      }
    }
    for (const re of [ESCALATE_TO, PASS_ABOVE, MANAGER_AFTER, TELL_OTHERS, LEVERAGE, OR_ELSE]) {
      // a demand for a name reads on into the next sentence, where a thank-you may say it is none
      const f = re.exec(re === LEVERAGE ? s.text + (list[i + 1]?.text ?? '') : s.text);
      if (f !== null) return out(s.start + f.index, s.start + f.index + f[0].length);
    }
  }
  const copied = COPIED.exec(lower);
  if (copied !== null) return out(copied.index, copied.index + copied[0].length);
  return [];
}

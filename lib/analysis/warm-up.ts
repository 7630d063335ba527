/**
 * V8 compiles a regex to bytecode on its first run and to machine code on its second, and the engine's
 * phrase-family regexes (above all the help signals) are large: the first analyses of a session pay a few hundred
 * ms of compilation on the 2-core box under load. Call warmUp() at idle time (e.g. requestIdleCallback in the
 * content script) so the agent's first keystrokes don't.
 */
import { analyzeReply } from './analyze';

// Touches every rule family (each pattern compiles only when its own trigger fires: the most used ones here) and both help judgments (it has an apology and no help, so both run in full).
const EXERCISE = [
  "Hi Sam, I'm so sorry, but there's nothing I can do; that's our policy and it isn't supported.",
  'Sorry you feel that way. Please contact the courier.',
  'As I already explained, you should have read the terms you agreed to. Next time, please check.',
  'You failed to follow the steps. This is user error, not our fault; it is clearly stated and most users find it easy.',
  "This is not true. You simply don't understand it.",
  'You ignored the reminders we did send you twice. You are expected to check the terms you accepted, so the fee applies.',
].join('\n');
// V8 compiles each regex separately for one-byte (Latin-1) and two-byte text: warm both.
const TWO_BYTE = `${EXERCISE}\nThanks — 👍`;

export function warmUp(): void {
  for (let i = 0; i < 3; i++) {
    analyzeReply(EXERCISE);
    analyzeReply(TWO_BYTE);
  }
}

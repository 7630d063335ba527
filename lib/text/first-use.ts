/**
 * V8 runs a regex's first matches on short text in its bytecode interpreter, which for an alternation of dozens
 * of phrases costs several times what compiling it to machine code does; a first run on text of 1,000+
 * characters compiles it to machine code straight away, and later runs keep that code. So each regex is run once
 * on a long subject no pattern can match a character of (microseconds once compiled) before it meets a sentence.
 */
const LONG_SUBJECT = '\u0001'.repeat(1024);

export function firstUse(re: RegExp): void {
  re.lastIndex = 0;
  re.test(LONG_SUBJECT);
  re.lastIndex = 0;
}

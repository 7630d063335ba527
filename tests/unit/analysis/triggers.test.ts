/**
 * The trigger pre-filter must never hide a match: on every labeled reply (shared corpus and our cases) and rule
 * example, each rule run on every sentence without the pre-filter finds nothing that the trigger scan would not
 * have sent it to — the rules' trigger lists are hand-written, and a missing trigger silently loses flags.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../../lib/analysis';
import { compileRules, lowerAscii, readyUnit, type CompiledSequence, type Unit } from '../../../lib/analysis/compile';
import { splitSentences } from '../../../lib/analysis/sentences';
import { RULE_FILES } from '../../../lib/analysis/rules/examples';
import { scanTriggers } from '../../../lib/analysis/trigger-index';
import { foldTypography } from '../../../lib/text/normalize';
import { corpusFile } from '../../../lib/cli/corpus';

const here = path.dirname(fileURLToPath(import.meta.url));
const casesDir = path.join(here, 'cases');
const corpus = ['replies.dev.jsonl', 'replies.train.jsonl'].map(corpusFile).filter((f) => fs.existsSync(f));
const ownData = path.resolve(here, '../../../lib/analysis/train/data/own-replies.jsonl');
const jsonlTexts = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
const texts = [
  ...corpus.flatMap(jsonlTexts),
  ...(fs.existsSync(ownData) ? jsonlTexts(ownData) : []),
  ...fs
    .readdirSync(casesDir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => jsonlTexts(path.join(casesDir, f))),
  ...RULE_FILES.flatMap((f) => Object.values(f.examples).flatMap((e) => [...e.match, ...e.allow])),
];

function matches(unit: Unit, sentence: string): boolean {
  const { re, sequences } = readyUnit(unit);
  if (re) {
    re.lastIndex = 0;
    if (re.test(sentence)) return true;
  }
  return sequences.some((seq) => sequenceMatches(seq, sentence));
}

function sequenceMatches(seq: CompiledSequence, sentence: string): boolean {
  seq.re.lastIndex = 0;
  for (let m = seq.re.exec(sentence); m; m = seq.re.exec(sentence)) {
    if (m[0].length === 0) seq.re.lastIndex++;
    const end = seq.list.endOfMatch(sentence, m.index + m[0].length);
    if (end < 0) continue;
    if (!seq.after) return true;
    seq.after.lastIndex = end;
    if (seq.after.test(sentence)) return true;
  }
  return false;
}

describe('trigger pre-filter', () => {
  test('never hides a match of any unit on the labeled cases and rule examples', () => {
    const { rules, units, triggers } = compileRules(RULES);
    const hidden: string[] = [];
    for (const text of texts) {
      const lower = lowerAscii(foldTypography(text));
      const { starts, ends, count } = splitSentences(lower);
      for (let k = 0; k < count; k++) {
        const sentence = lower.slice(starts[k], ends[k]);
        const fired = new Set<number>();
        scanTriggers(triggers, sentence, (u) => fired.add(u));
        units.forEach((unit, u) => {
          if (!fired.has(u) && matches(unit, sentence)) hidden.push(`${rules[unit.rule]!.rule.id} #${u}: ${sentence}`);
        });
      }
    }
    expect(hidden).toEqual([]);
  });
});

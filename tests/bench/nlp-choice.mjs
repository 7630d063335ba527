/**
 * How the sentence reader was chosen (README, "How judgement works"): mood accuracy on
 * tests/unit/language/mood-cases.jsonl, load time and tagging speed per 1,000 words, for our reader, wink-nlp with
 * wink-eng-lite-web-model, and compromise. The libraries are not dependencies; to rerun:
 *   npm install --no-save wink-nlp wink-eng-lite-web-model compromise
 *   for w in own wink compromise; do npx tsx tests/bench/nlp-choice.mjs $w; done
 * Sizes: esbuild --bundle --minify, gzip -9 (see README).
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
const cases = fs.readFileSync(new URL('../unit/language/mood-cases.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const texts = fs.readFileSync(new URL('../../lib/analysis/train/data/own-replies.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
let draft = ''; for (let i = 0; draft.split(/\s+/).length < 1000; i++) draft += texts[i] + '\n';
const which = process.argv[2];
const SKIP = /^(?:please|kindly|just|simply|then|now|also|first|firstly|next|finally|so|and|but|hi|hello|hey|ok|okay)$/i;
const t0 = performance.now();
let moodOf, tagAll;
if (which === 'wink') {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  nlp.readDoc('warm up.');
  moodOf = (text) => {
    const doc = nlp.readDoc(text);
    if (/\?\s*$/.test(text)) return 'question';
    // First clause start: after a leading subordinate "To …," or "Once …," clause, and openers.
    const toks = doc.tokens().out(); const pos = doc.tokens().out(its.pos);
    let i = 0; const comma = toks.indexOf(',');
    if (comma > 0 && /^(?:to|once|if|when|after)$/i.test(toks[0])) i = comma + 1;
    while (i < toks.length && (SKIP.test(toks[i]) || pos[i] === 'PUNCT' || pos[i] === 'INTJ' || pos[i] === 'PROPN' && /^(?:sam)$/i.test(toks[i]) || pos[i] === 'ADV')) i++;
    return pos[i] === 'VERB' || pos[i] === 'AUX' && /^(?:be|do)$/i.test(toks[i]) ? 'imperative' : 'declarative';
  };
  tagAll = (t) => nlp.readDoc(t).tokens().out(its.pos);
} else if (which === 'compromise') {
  const nlp = (await import('compromise')).default;
  nlp('warm up.');
  moodOf = (text) => {
    const doc = nlp(text);
    if (doc.questions().found || /\?\s*$/.test(text)) return 'question';
    const terms = doc.json()[0]?.terms ?? [];
    let i = 0; const comma = terms.findIndex((t) => /,/.test(t.post));
    if (comma >= 0 && /^(?:to|once|if|when|after)$/i.test(terms[0]?.normal)) i = comma + 1;
    while (i < terms.length && (SKIP.test(terms[i].normal) || terms[i].tags.includes('Adverb') || terms[i].tags.includes('Expression') || /^sam$/.test(terms[i].normal))) i++;
    const t = terms[i];
    return t && (t.tags.includes('Imperative') || t.tags.includes('Infinitive') || (t.tags.includes('Verb') && !t.tags.includes('PastTense') && !t.tags.includes('Gerund'))) ? 'imperative' : 'declarative';
  };
  tagAll = (t) => nlp(t).json();
} else {
  const { readSentences } = await import('../../lib/language/index.ts');
  readSentences('warm up.');
  moodOf = (text) => readSentences(text)[0].mood;
  tagAll = (t) => readSentences(t);
}
const load = performance.now() - t0;
let ok = 0; const wrong = [];
for (const c of cases) { const m = moodOf(c.text); if (m === c.mood) ok++; else wrong.push(`${c.mood}→${m}: ${c.text}`); }
tagAll(draft);
const runs = []; for (let i = 0; i < 10; i++) { const a = performance.now(); tagAll(draft); runs.push(performance.now() - a); }
runs.sort((a, b) => a - b);
console.log(JSON.stringify({ which, loadMs: +load.toFixed(0), per1000WordsMs: +runs[5].toFixed(1), moodAccuracy: `${ok}/${cases.length}`, wrong: wrong.slice(0, 12) }, null, 1));

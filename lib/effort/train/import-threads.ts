/**
 * `npm run --silent train:effort:import-threads -- DIR`: copies the team's own labeled whole threads into the repo
 * (data/own-threads.jsonl). DIR holds threads-NN.jsonl ({id, subject, reopened, messages}) and threads-NN.level.jsonl
 * ({id, level}, the writer's level); where a second labeler rated the file blind (threads-NN.level2.jsonl) only the
 * threads both rated alike are kept. Deterministic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonl } from './corpus';
import { OWN_THREADS_FILE, type OwnThread } from './own-data';

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  process.stderr.write('usage: npm run --silent train:effort:import-threads -- DIR (the folder of threads-NN.jsonl files)\n');
  process.exit(2);
}
const levels = (file: string) => new Map(readJsonl<{ id: string; level: string }>(file).map((l) => [l.id, l.level]));
const kept: OwnThread[] = [];
const summary: string[] = [];
for (const file of fs.readdirSync(dir).filter((f) => /^threads-\d+\.jsonl$/.test(f)).sort()) {
  const base = file.replace('.jsonl', '');
  const levelFile = path.join(dir, `${base}.level.jsonl`);
  if (!fs.existsSync(levelFile)) continue;
  const writer = levels(levelFile);
  const secondFile = path.join(dir, `${base}.level2.jsonl`);
  const second = fs.existsSync(secondFile) ? levels(secondFile) : null;
  let n = 0;
  let dropped = 0;
  for (const t of readJsonl<Omit<OwnThread, 'level' | 'labels'>>(path.join(dir, file))) {
    const level = writer.get(t.id);
    if (level !== 'low' && level !== 'medium' && level !== 'high') continue;
    if (second && second.get(t.id) !== level) {
      dropped++;
      continue;
    }
    kept.push({ id: t.id, subject: t.subject, reopened: t.reopened === true, messages: t.messages, level, labels: second ? 'agreed' : 'writer' });
    n++;
  }
  summary.push(`${base}: ${n} kept${second ? ` (both labelers agreed; ${dropped} dropped)` : ' (writer level only)'}`);
}
fs.writeFileSync(OWN_THREADS_FILE, kept.map((t) => JSON.stringify(t)).join('\n') + '\n');
process.stdout.write(`${summary.join('\n')}\n${kept.length} threads → ${path.relative(process.cwd(), OWN_THREADS_FILE)}\n`);

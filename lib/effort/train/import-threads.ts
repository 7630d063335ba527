/**
 * `npm run --silent train:effort:import-threads -- DIR`: copies the team's own labeled whole threads into the repo
 * (data/own-threads.jsonl). DIR holds threads-NN.jsonl ({id, subject, reopened, messages}) and threads-NN.level.jsonl
 * ({id, level}, the writer's level); where a second labeler rated the file blind (threads-NN.level2.jsonl) only the
 * threads both rated alike are kept. Deterministic.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EffortLevel } from '../types';
import { keptItems } from './labeled-batches';
import { OWN_THREADS_FILE, type OwnThread } from './own-data';

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  process.stderr.write('usage: npm run --silent train:effort:import-threads -- DIR (the folder of threads-NN.jsonl files)\n');
  process.exit(2);
}
const LEVELS: readonly unknown[] = ['low', 'medium', 'high'];
const { kept, summary } = keptItems<Omit<OwnThread, 'level' | 'labels'>, EffortLevel>(
  dir,
  { items: /^threads-\d+\.jsonl$/, itemsSuffix: '.jsonl', writer: '.level.jsonl', second: '.level2.jsonl' },
  (line) => (LEVELS.includes(line.level) ? (line.level as EffortLevel) : undefined),
  (a, b) => a === b,
);
const threads: OwnThread[] = kept.map(({ item: t, label, labels }) => ({
  id: t.id,
  subject: t.subject,
  reopened: t.reopened === true,
  messages: t.messages,
  level: label,
  labels,
}));
fs.writeFileSync(OWN_THREADS_FILE, threads.map((t) => JSON.stringify(t)).join('\n') + '\n');
process.stdout.write(`${summary.join('\n')}\n${threads.length} threads → ${path.relative(process.cwd(), OWN_THREADS_FILE)}\n`);

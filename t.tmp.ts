import { scanSignals } from './lib/effort/detect';
import { builtInRules } from './lib/effort/built-in-rules';
import fs from 'node:fs';
const want = process.argv.slice(2);
for (const l of fs.readFileSync('/tmp/h31/cv-5.txt','utf8').split('\n')) {
  const f = l.split('\t'); if (f.length<3 || !want.includes(f[1])) continue;
  const t = JSON.parse(f[2]);
  console.log(f[1], scanSignals(t, builtInRules(), true).filter(s=>s.id==='unresolved').map(s=>s.match));
}

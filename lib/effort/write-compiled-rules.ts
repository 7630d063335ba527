/**
 * `npm run build:effort-rules`: compiles rules/*.ts into compiled-rules.json, what the detector loads. Run it after
 * changing a rule or fragment; tests/unit/effort/compiled-rules.test.ts fails while the file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeRules } from './compile';
import { SIGNAL_RULES } from './rules/index';

export const COMPILED_RULES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'compiled-rules.json');

export const compiledRulesText = () => `${JSON.stringify(encodeRules(SIGNAL_RULES))}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(COMPILED_RULES_FILE, compiledRulesText());
  console.log(`wrote ${path.relative(process.cwd(), COMPILED_RULES_FILE)}`);
}

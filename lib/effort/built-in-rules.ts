/**
 * The built-in rules as the detector loads them: decoded from compiled-rules.json, which `npm run
 * build:effort-rules` writes from rules/*.ts (a unit test checks it is exactly what they compile to). Nothing
 * here imports the rule sources, their zod schema or the compiler, so none of them ships in the page.
 */
import data from './compiled-rules.json';
import { loadCompiledRules, type CompiledData } from './load-rules';
import type { CompiledRules } from './pattern-groups';

let loaded: CompiledRules | null = null;

/** The built-in rules, decoded on first use. */
export function builtInRules(): CompiledRules {
  loaded ??= loadCompiledRules(data as CompiledData);
  return loaded;
}

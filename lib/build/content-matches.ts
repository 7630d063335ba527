/**
 * Where the content script runs from the manifest: the helpdesks the extension knows (the site adapters'
 * hosted match patterns), plus local pages in `--mode e2e` builds (the tests') and `--mode demo` builds (the demo's). Other sites are registered at
 * runtime when the user enables them from the popup (./site-registration.ts).
 */
import { HOSTED_MATCH_PATTERNS } from '../sites';

export const LOCAL_MATCHES: readonly string[] = ['http://localhost/*', 'http://127.0.0.1/*'];

export function contentMatches(mode: string | undefined): string[] {
  return [...HOSTED_MATCH_PATTERNS, ...(mode === 'e2e' || mode === 'demo' ? LOCAL_MATCHES : [])];
}

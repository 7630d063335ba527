/**
 * Where the content script runs from the manifest: the helpdesks the extension knows (their hosted match
 * patterns come with the site adapters), plus the tests' local pages in `--mode e2e` builds. Other sites are
 * registered at runtime when the user enables them from the popup (./site-registration.ts).
 */
export const KNOWN_HELPDESK_MATCHES: readonly string[] = [];
export const E2E_LOCAL_MATCHES: readonly string[] = ['http://localhost/*', 'http://127.0.0.1/*'];

export function contentMatches(mode: string | undefined): string[] {
  return [...KNOWN_HELPDESK_MATCHES, ...(mode === 'e2e' ? E2E_LOCAL_MATCHES : [])];
}

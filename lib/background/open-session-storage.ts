/**
 * Lets content scripts use storage.session (kept in memory, gone when the browser closes) so that the ticket
 * cache (./ticket-cache.ts) never writes ticket details to disk. Chrome keeps it closed to content scripts
 * until the background opens it; browsers without the call keep the cache's storage.local fallback.
 */
export function openSessionStorageToContentScripts(): void {
  const session = (browser.storage as { session?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } }).session;
  session?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => {});
}

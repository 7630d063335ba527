import { mountOverlay, overlayShadowMode } from '@/components/mount-overlay';
import { startCoaching } from '@/lib/coach/start';
import { contentMatches } from '@/lib/build/content-matches';

const matches = contentMatches(import.meta.env.MODE);

export default defineContentScript({
  matches,
  // Without a known helpdesk (release build, for now) the script is only registered at runtime, per site the user enables.
  registration: matches.length > 0 ? 'manifest' : 'runtime',
  runAt: 'document_idle',
  async main(ctx) {
    // Every listener of the coach lives as long as this context: ctx.signal aborts when the extension goes.
    await startCoaching(document, (store) => mountOverlay(document, store, overlayShadowMode(import.meta.env.MODE)), ctx.signal);
  },
});

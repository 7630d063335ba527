import { browser } from 'wxt/browser';
import { createEffortResponder, listenForEffortRequests } from '../lib/background/effort-scorer';
import { openSessionStorageToContentScripts } from '../lib/background/open-session-storage';
import { startSiteRegistration } from '../lib/background/site-registration';
import { startLogWorker } from '../lib/db/worker';
import { analyzeThread } from '../lib/effort';

export default defineBackground(() => {
  // First: a tab's "score this thread" may be what woke the worker.
  listenForEffortRequests(browser.runtime, createEffortResponder((thread) => analyzeThread(thread)));
  openSessionStorageToContentScripts();
  startLogWorker();
  startSiteRegistration();
});

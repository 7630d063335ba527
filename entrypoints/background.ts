import { openSessionStorageToContentScripts } from '../lib/coach/open-session-storage';
import { startSiteRegistration } from '../lib/coach/site-registration';
import { startLogWorker } from '../lib/db/worker';

export default defineBackground(() => {
  openSessionStorageToContentScripts();
  startLogWorker();
  startSiteRegistration();
});

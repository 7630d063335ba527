import { openSessionStorageToContentScripts } from '../lib/background/open-session-storage';
import { startSiteRegistration } from '../lib/background/site-registration';
import { startLogWorker } from '../lib/db/worker';

export default defineBackground(() => {
  openSessionStorageToContentScripts();
  startLogWorker();
  startSiteRegistration();
});

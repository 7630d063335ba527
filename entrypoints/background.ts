import { startSiteRegistration } from '../lib/coach/site-registration';
import { startLogWorker } from '../lib/db/worker';

export default defineBackground(() => {
  startLogWorker();
  startSiteRegistration();
});

import { startLogWorker } from '../lib/db/worker';

export default defineBackground(() => {
  startLogWorker();
});

/**
 * Test-only (built by `wxt build --mode e2e`, skipped in every other build): the coaching-log client in a real
 * content script, driven by the e2e tests through window messages from pages under http://127.0.0.1/log-test/.
 */
import { createBrowserLogClient, newEventId } from '../lib/db/client';
import type { LogEvent } from '../lib/messages/log-events';

type Request = { to: 'agent-assist-log-test'; id: number; op: 'log' | 'idle' | 'stats' | 'new-ids'; events?: LogEvent[]; count?: number };

export default defineContentScript({
  matches: ['http://127.0.0.1/log-test/*'],
  include: import.meta.env.MODE === 'e2e' ? undefined : ['e2e-builds-only'],
  main() {
    // Short pauses so that the tests see several retries within seconds; the logic is the production client's.
    const client = createBrowserLogClient({ batchDelayMs: 50, retryDelayMs: 100, maxRetryDelayMs: 1000, ackTimeoutMs: 3000 });
    window.addEventListener('message', async (e: MessageEvent<Request>) => {
      if (e.source !== window || e.data?.to !== 'agent-assist-log-test') return;
      const { id, op } = e.data;
      if (op === 'log') client.logEvents(...(e.data.events ?? []));
      if (op === 'idle') await client.idle();
      const result = op === 'new-ids' ? Array.from({ length: e.data.count ?? 1 }, newEventId) : client.stats();
      window.postMessage({ from: 'agent-assist-log-test', id, result }, '*');
    });
    void client.ready.then(() => document.documentElement.setAttribute('data-log-test', 'ready'));
  },
});

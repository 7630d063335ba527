/**
 * The background worker's side of "score this thread" (lib/messages/effort-score.ts): check the request, run the
 * effort detector, answer with the report. The detector is bundled into the worker statically (a service worker
 * cannot import() code later); its rules are compiled on the first request, not at start-up.
 */
import * as z from 'zod/mini';
import type { browser } from 'wxt/browser';
import type { EffortReport, Thread } from '../effort/types';
import { EffortRequestSchema, isEffortRequest, type EffortAnswer } from '../messages/effort-score';

/** Never throws: a bad request is answered `{ok:false}`, a detector failure `{ok:false, retryable:true}`. */
export function createEffortResponder(analyze: (thread: Thread) => EffortReport): (message: unknown) => EffortAnswer {
  return (message) => {
    const parsed = EffortRequestSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: `Invalid effort request:\n${z.prettifyError(parsed.error)}` };
    try {
      return { ok: true, report: analyze(parsed.data.thread) };
    } catch (err) {
      return { ok: false, error: `Could not score the thread: ${err instanceof Error ? err.message : String(err)}`, retryable: true };
    }
  };
}

/** Registered synchronously at start-up: the request that woke the worker must find its listener. */
export function listenForEffortRequests(runtime: typeof browser.runtime, respond: (message: unknown) => EffortAnswer): void {
  runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: EffortAnswer) => void) => {
    if (!isEffortRequest(message)) return undefined;
    sendResponse(respond(message));
    return undefined;
  });
}

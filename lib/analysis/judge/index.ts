/**
 * The shipped judge: the weights built by `npm run train`. Import this only where size does not matter (the CLI,
 * the judge chunk the content script loads on first analysis); the engine itself never imports it.
 */
import weights from './weights.json';
import { createJudge, type ReplyJudge } from './judge';

let shipped: ReplyJudge | undefined;
export const shippedJudge = (): ReplyJudge => (shipped ??= createJudge(weights));
export { createJudge, type ReplyJudge } from './judge';

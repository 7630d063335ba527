import path from 'node:path';
import { serveStatic, type StaticServer } from '../../../lib/cli/static-server';
import { pagesDir, repoRoot } from './paths';

export type PageServer = StaticServer;

/**
 * Serves the tests' local pages on 127.0.0.1, and node_modules under /node_modules/ so that a page can load
 * the real editor libraries from npm.
 */
export function servePages(): Promise<PageServer> {
  return serveStatic([
    ['/node_modules/', path.join(repoRoot, 'node_modules')],
    ['/', pagesDir],
  ]);
}

/**
 * Each adapter file's example URLs (its named export `examples`, kept out of the adapter object so that they do not
 * ship in the content script), by adapter.
 */
import type { SiteAdapter } from '../../../lib/sites/types';

const modules = import.meta.glob<{ default: SiteAdapter; examples?: readonly string[] }>('../../../lib/sites/adapters/*.ts', {
  eager: true,
});

const BY_ADAPTER = new Map(Object.values(modules).map((m) => [m.default, m.examples ?? []]));

/** The example ticket URLs the adapter's file declares (none when it declares none: the registry test fails then). */
export const examplesOf = (adapter: SiteAdapter): readonly string[] => BY_ADAPTER.get(adapter) ?? [];

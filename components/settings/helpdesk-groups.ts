import type { SiteAdapter } from '@/lib/sites/types';

/**
 * Helpdesks as a user meets them: those that work as soon as the extension is installed (their hosted domains are
 * in the manifest), and those that live on the team's own domain and work once the site is turned on from the
 * popup. An adapter with hosted domains can also be met on a custom domain (Zendesk, Jira): it is in both lists.
 */
export function helpdeskGroups(adapters: readonly Pick<SiteAdapter, 'id' | 'name' | 'matches' | 'recognise'>[]) {
  return {
    hosted: adapters.filter((a) => a.matches.length > 0),
    onYourDomain: adapters.filter((a) => a.matches.length === 0 || a.recognise !== undefined),
  };
}

/**
 * WebExtension match patterns (`https://*.zendesk.com/*`), as the browser applies them to host permissions and
 * content scripts: scheme, host with an optional leading `*.`, and a path glob.
 */
export function matchesPattern(pattern: string, href: string): boolean {
  const m = /^(https?|\*):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const glob = new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(url.pathname + url.search);
}

export function matchesAny(patterns: readonly string[], href: string): boolean {
  return patterns.some((p) => matchesPattern(p, href));
}

/**
 * For helpdesks whose markup for a message's kind is unknown: what the item says about itself in its accessible
 * name, title, or a short badge. English only; an unrecognised language reads as public.
 */
export function labelledAs(item: Element, re: RegExp): boolean {
  const own = [item.getAttribute('aria-label'), item.getAttribute('title')];
  const badges = Array.from(item.querySelectorAll('[aria-label], [title], [role="status"], .badge, .label, .tag')).map(
    (el) => el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent,
  );
  return [...own, ...badges].some((s) => !!s && s.length < 80 && re.test(s));
}

import { useCoach } from './store-context';

/**
 * One element per line of each flagged span, over the words; its bottom edge is the underline. Decorative for
 * screen readers: the panel lists every flag and the card is a labelled dialog.
 */
export function Underlines() {
  const drafts = useCoach((s) => s.drafts);
  const card = useCoach((s) => s.card);
  return (
    <div className="aa-underlines" aria-hidden="true">
      {Object.values(drafts).flatMap((draft) =>
        draft.flags.flatMap((flag) =>
          (draft.boxes[flag.key] ?? []).map((b, i) => (
            <div
              key={`${draft.id}:${flag.key}:${i}`}
              className={`aa-underline aa-${flag.category}${card?.draftId === draft.id && card.key === flag.key ? ' aa-active' : ''}`}
              data-flag-rule={flag.rule}
              data-flag-category={flag.category}
              data-flag-key={flag.key}
              style={{ left: b.left, top: b.top, width: b.width, height: b.height }}
            />
          )),
        ),
      )}
    </div>
  );
}

import type { ReactNode } from 'react';

/** What to do next when there is nothing to show yet. */
export function EmptyState({ title, children, testId }: { title: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="aa-empty" role="status" data-testid={testId}>
      <p className="aa-empty-title">{title}</p>
      {children && <div className="aa-empty-body">{children}</div>}
    </div>
  );
}

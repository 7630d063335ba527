/** A labelled progress bar; indeterminate while the total is unknown. */
export function ProgressBar({ label, done, total }: { label: string; done: number; total?: number }) {
  const pct = total ? Math.min(100, Math.round((done / total) * 100)) : undefined;
  return (
    <div className="aa-progress">
      <progress aria-label={label} value={total ? done : undefined} max={total || undefined} />
      <span className="aa-progress-text" aria-live="polite">
        {label}
        {pct !== undefined ? ` ${pct}%` : ''}
      </span>
    </div>
  );
}

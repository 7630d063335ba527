/** The extension's mark and a page title, as every extension page opens. */
export function Brand({ title, className = 'aa-brand' }: { title: string; className?: string }) {
  return (
    <div className={className}>
      <span className="aa-logo" aria-hidden="true">
        AA
      </span>
      <h1>{title}</h1>
    </div>
  );
}

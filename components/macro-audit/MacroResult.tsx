import type { ReactNode } from 'react';
import type { MacroAudit } from '@/lib/macros/audit';
import { t } from '@/lib/i18n';
import { categoryLabel, ruleLabel } from '../common/labels';

/** The macro's text with the flagged words marked, then each flag with its message and rewrites. */
function MarkedText({ text, flags }: MacroAudit['macro'] & { flags: MacroAudit['flags'] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of [...flags].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={`${f.rule}-${f.start}`} className={`aa-mark aa-${f.category}`}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return <blockquote className="aa-macro-text">{parts}</blockquote>;
}

export function MacroResult({ audit }: { audit: MacroAudit }) {
  const { macro, flags } = audit;
  const where = t(macro.source.kind === 'line' ? 'macroSourceLine' : 'macroSourceItem', { n: macro.source.n });
  return (
    <article className={`aa-card aa-macro ${flags.length ? `aa-flagged aa-${flags[0].category}` : 'aa-clean'}`} aria-labelledby={`macro-${macro.source.kind}-${macro.source.n}`} data-macro={macro.title}>
      <header className="aa-section-head">
        <h3 id={`macro-${macro.source.kind}-${macro.source.n}`}>{macro.title}</h3>
        <span className="aa-muted">
          {where} · {flags.length ? t('macroFlagCount', { n: flags.length }) : t('macroClean')}
        </span>
      </header>
      <MarkedText {...macro} flags={flags} />
      {flags.length > 0 && (
        <ul className="aa-macro-flags">
          {flags.map((f) => (
            <li key={`${f.rule}-${f.start}`} data-rule={f.rule}>
              <div>
                <span className={`aa-chip aa-${f.category}`}>{categoryLabel(f.category)}</span> <strong>“{f.match}”</strong> — {f.message}{' '}
                {ruleLabel(f.rule)}
              </div>
              {f.suggestions.length > 0 && (
                <ul className="aa-rewrites" aria-label={t('macroRewrites')}>
                  {f.suggestions.map((s) => (
                    <li key={s.label + s.text}>
                      <span className="aa-muted">{s.label}:</span> {s.text}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

import { useMemo, useState } from 'react';
import { auditCsvLines, auditMacros } from '@/lib/macros/audit';
import { shippedJudge } from '@/lib/analysis/judge';
import { MacroParseError } from '@/lib/macros/errors';
import { parseMacros, type ParsedMacros } from '@/lib/macros/parse';
import { t } from '@/lib/i18n';
import { downloadText, fileStamp } from '../common/download';
import { EmptyState } from '../common/EmptyState';
import { useSettings } from '../settings/use-settings';
import { macroErrorText } from './macro-error';
import { MacroResult } from './MacroResult';

/** Paste or import the team's canned responses and see every flag per macro, with rewrites; export as CSV. */
export function MacroAuditPage() {
  const { settings } = useSettings();
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedMacros>();
  const [error, setError] = useState<string>();
  const [onlyFlagged, setOnlyFlagged] = useState(false);

  const audits = useMemo(
    () => (parsed && settings ? auditMacros(parsed.macros, { disabledRules: settings.disabledRules, playbook: settings.playbook, judge: shippedJudge() }) : []),
    [parsed, settings],
  );
  const flagged = audits.filter((a) => a.flags.length > 0);
  const shown = onlyFlagged ? flagged : audits;

  const run = (source: string) => {
    setError(undefined);
    try {
      setParsed(parseMacros(source));
    } catch (err) {
      if (!(err instanceof MacroParseError)) throw err;
      setParsed(undefined);
      setError(macroErrorText(err));
    }
  };
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setText(content);
    run(content);
  };

  return (
    <div className="aa-settings">
      <section aria-labelledby="macro-title" className="aa-card aa-section">
        <h2 id="macro-title">{t('macroTitle')}</h2>
        <p className="aa-muted">{t('macroHelp')}</p>
        <label className="aa-field">
          <span>{t('macroPasteLabel')}</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} placeholder={t('macroPlaceholder')} data-testid="macro-text" />
        </label>
        <div className="aa-actions aa-save-row">
          <button type="button" className="aa-button aa-primary" onClick={() => run(text)} disabled={!text.trim()} data-testid="macro-run">
            {t('macroRun')}
          </button>
          <label className="aa-button aa-file">
            {t('macroImport')}
            <input type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void loadFile(e.target.files?.[0])} data-testid="macro-file" />
          </label>
          {audits.length > 0 && (
            <button type="button" className="aa-button" onClick={() => downloadText(`agent-assist-macro-audit-${fileStamp()}.csv`, [...auditCsvLines(audits)], 'text/csv;charset=utf-8')} data-testid="macro-export">
              {t('macroExport')}
            </button>
          )}
        </div>
        {error && (
          <div role="alert" className="aa-error" data-testid="macro-error">
            {error}
          </div>
        )}
      </section>

      {parsed && (
        <section aria-labelledby="macro-results-title" className="aa-section">
          <div className="aa-section-head">
            <h2 id="macro-results-title" data-testid="macro-summary">
              {t('macroSummary', { flagged: flagged.length, total: audits.length })}
            </h2>
            <label className="aa-switch-row">
              <input type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />
              <span>{t('macroOnlyFlagged')}</span>
            </label>
          </div>
          {parsed.withoutText > 0 && <p className="aa-muted">{t('macroWithoutText', { n: parsed.withoutText })}</p>}
          {audits.length === 0 ? (
            <EmptyState title={t('macroNoneTitle')}>{t('macroNoneBody')}</EmptyState>
          ) : (
            <div className="aa-macros">
              {shown.map((a) => (
                <MacroResult key={`${a.macro.source.kind}-${a.macro.source.n}`} audit={a} />
              ))}
            </div>
          )}
        </section>
      )}
    </div>
  );
}

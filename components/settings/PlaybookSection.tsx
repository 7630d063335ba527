import { useEffect, useRef, useState } from 'react';
import type { Playbook, PlaybookPhrase } from '@/lib/analysis/types';
import { parsePlaybookBytes, PlaybookFileError, playbookFileText, playbookProblem } from '@/lib/settings/playbook-file';
import type { Settings, SettingsPatch } from '@/lib/settings/schema';
import { REPLY_CATEGORIES, type ReplyCategory } from '@/lib/taxonomy';
import { t } from '@/lib/i18n';
import { NotUtf8Error } from '@/lib/text/utf8';
import { notUtf8Reason } from '../common/not-utf8';
import { downloadText, fileStamp } from '../common/download';
import { categoryLabel } from '../common/labels';

type Save = (patch: SettingsPatch) => Promise<string | null>;
type Status = { ok: boolean; text: string } | undefined;

const emptyPhrase = (): PlaybookPhrase => ({ phrase: '', category: 'apology-without-help', alternative: '', why: '' });
/** Blank rows are the editor's, not the playbook's; an empty "why" is no "why". */
const cleaned = (p: Playbook): Playbook => ({
  phrases: p.phrases.filter((x) => x.phrase.trim()).map(({ why, ...x }) => (why?.trim() ? { ...x, why } : x)),
  canDo: p.canDo.map((c) => c.trim()).filter(Boolean),
});

/** The team's phrases with preferred alternatives, and the "what I can do" options suggestions offer. */
export function PlaybookSection({ settings, save }: { settings: Settings; save: Save }) {
  const [draft, setDraft] = useState<Playbook>(settings.playbook);
  const [status, setStatus] = useState<Status>();
  const fileInput = useRef<HTMLInputElement>(null);
  // Another page (or an import) changed the stored playbook: show it.
  useEffect(() => setDraft(settings.playbook), [settings.playbook]);

  const setPhrase = (i: number, patch: Partial<PlaybookPhrase>) =>
    setDraft((d) => ({ ...d, phrases: d.phrases.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const setCanDo = (i: number, value: string) => setDraft((d) => ({ ...d, canDo: d.canDo.map((c, j) => (j === i ? value : c)) }));

  const store = async (playbook: Playbook, done: string) => {
    const problem = playbookProblem(playbook) ?? (await save({ playbook }));
    setStatus(problem ? { ok: false, text: problem } : { ok: true, text: done });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      await store(parsePlaybookBytes(new Uint8Array(await file.arrayBuffer())), t('playbookImported', { file: file.name }));
    } catch (err) {
      if (!(err instanceof PlaybookFileError) && !(err instanceof NotUtf8Error)) throw err;
      const reason = err instanceof NotUtf8Error ? notUtf8Reason(err) : err.message;
      setStatus({ ok: false, text: t('playbookImportRefused', { file: file.name, reason }) });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <section aria-labelledby="playbook-title" className="aa-card aa-section">
      <div className="aa-section-head">
        <h2 id="playbook-title">{t('playbookTitle')}</h2>
        <div className="aa-actions">
          <label className="aa-button aa-file">
            {t('playbookImport')}
            <input ref={fileInput} type="file" accept=".json,application/json" onChange={(e) => void importFile(e.target.files?.[0])} data-testid="playbook-file" />
          </label>
          <button type="button" className="aa-button" onClick={() => downloadText(`agent-assist-playbook-${fileStamp()}.json`, [playbookFileText(settings.playbook)], 'application/json')}>
            {t('playbookExport')}
          </button>
        </div>
      </div>
      <p className="aa-muted">{t('playbookHelp')}</p>

      <h3 id="phrases-title">{t('playbookPhrasesTitle')}</h3>
      <table className="aa-plain-table aa-edit-table" aria-labelledby="phrases-title" data-testid="playbook-phrases">
        <thead>
          <tr>
            <th scope="col">{t('playbookPhrase')}</th>
            <th scope="col">{t('columnCategory')}</th>
            <th scope="col">{t('playbookAlternative')}</th>
            <th scope="col">{t('playbookWhy')}</th>
            <th scope="col">
              <span className="aa-visually-hidden">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.phrases.map((p, i) => (
            <tr key={i}>
              <td>
                <input className="aa-input" aria-label={t('playbookPhraseN', { n: i + 1 })} value={p.phrase} onChange={(e) => setPhrase(i, { phrase: e.target.value })} />
              </td>
              <td>
                <select className="aa-input" aria-label={t('playbookCategoryN', { n: i + 1 })} value={p.category} onChange={(e) => setPhrase(i, { category: e.target.value as ReplyCategory })}>
                  {REPLY_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {categoryLabel(c)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input className="aa-input" aria-label={t('playbookAlternativeN', { n: i + 1 })} value={p.alternative} onChange={(e) => setPhrase(i, { alternative: e.target.value })} />
              </td>
              <td>
                <input className="aa-input" aria-label={t('playbookWhyN', { n: i + 1 })} value={p.why ?? ''} onChange={(e) => setPhrase(i, { why: e.target.value })} />
              </td>
              <td>
                <button type="button" className="aa-button aa-quiet" aria-label={t('playbookRemovePhrase', { n: i + 1 })} onClick={() => setDraft((d) => ({ ...d, phrases: d.phrases.filter((_, j) => j !== i) }))}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft.phrases.length === 0 && <p className="aa-muted">{t('playbookPhrasesEmpty')}</p>}
      <button type="button" className="aa-button" onClick={() => setDraft((d) => ({ ...d, phrases: [...d.phrases, emptyPhrase()] }))}>
        {t('playbookAddPhrase')}
      </button>

      <h3 id="cando-title">{t('playbookCanDoTitle')}</h3>
      <p className="aa-muted">{t('playbookCanDoHelp')}</p>
      <ul className="aa-list" aria-labelledby="cando-title" data-testid="playbook-cando">
        {draft.canDo.map((c, i) => (
          <li key={i}>
            <input className="aa-input aa-grow" aria-label={t('playbookCanDoN', { n: i + 1 })} value={c} onChange={(e) => setCanDo(i, e.target.value)} />
            <button type="button" className="aa-button aa-quiet" aria-label={t('playbookRemoveCanDo', { n: i + 1 })} onClick={() => setDraft((d) => ({ ...d, canDo: d.canDo.filter((_, j) => j !== i) }))}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="aa-button" onClick={() => setDraft((d) => ({ ...d, canDo: [...d.canDo, ''] }))}>
        {t('playbookAddCanDo')}
      </button>

      <div className="aa-actions aa-save-row">
        <button type="button" className="aa-button aa-primary" onClick={() => void store(cleaned(draft), t('playbookSaved'))} data-testid="playbook-save">
          {t('playbookSave')}
        </button>
        {status && (
          <span role={status.ok ? 'status' : 'alert'} className={status.ok ? 'aa-ok' : 'aa-error'} data-testid="playbook-status">
            {status.text}
          </span>
        )}
      </div>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { openLogDb } from '@/lib/db/schema';
import { clearLog } from '@/lib/db/write';
import type { Settings, SettingsPatch } from '@/lib/settings/schema';
import { t } from '@/lib/i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';

type Save = (patch: SettingsPatch) => Promise<string | null>;

/** Agent label, retention and snippets: what the coaching log keeps, and for how long. */
export function LogSection({ settings, save }: { settings: Settings; save: Save }) {
  const [label, setLabel] = useState(settings.agentLabel);
  const [days, setDays] = useState(String(settings.retentionDays));
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [confirming, setConfirming] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = await save({ agentLabel: label, retentionDays: Number(days) });
    setStatus(problem ? { ok: false, text: problem } : { ok: true, text: t('saved') });
  };
  const clear = async () => {
    setConfirming(false);
    await clearLog(openLogDb());
    setStatus({ ok: true, text: t('logCleared') });
  };

  return (
    <section aria-labelledby="log-title" className="aa-card aa-section">
      <h2 id="log-title">{t('logTitle')}</h2>
      <form onSubmit={(e) => void submit(e)} className="aa-form-row">
        <label className="aa-field">
          <span>{t('agentLabel')}</span>
          <input name="agentLabel" value={label} maxLength={80} required onChange={(e) => setLabel(e.target.value)} aria-describedby="agent-label-help" />
        </label>
        <label className="aa-field">
          <span>{t('retentionLabel')}</span>
          <input name="retentionDays" type="number" min={1} max={3650} value={days} required onChange={(e) => setDays(e.target.value)} />
        </label>
        <button type="submit" className="aa-button aa-primary">
          {t('save')}
        </button>
      </form>
      <p id="agent-label-help" className="aa-muted">
        {t('agentLabelHelp')}
      </p>
      <label className="aa-switch-row">
        <input type="checkbox" role="switch" checked={settings.snippetsEnabled} onChange={(e) => void save({ snippetsEnabled: e.target.checked })} />
        <span>
          <span className="aa-switch-label">{t('snippetsLabel')}</span>
          <span className="aa-muted aa-block">{t('snippetsHelp')}</span>
        </span>
      </label>
      <div className="aa-danger-zone">
        <div>
          <strong>{t('clearLogTitle')}</strong>
          <p className="aa-muted">{t('clearLogHelp')}</p>
        </div>
        <button type="button" className="aa-button aa-danger" onClick={() => setConfirming(true)}>
          {t('clearLogButton')}
        </button>
      </div>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'aa-ok' : 'aa-error'}>
          {status.text}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('clearLogConfirmTitle')}
        body={t('clearLogConfirmBody')}
        confirmLabel={t('clearLogConfirm')}
        cancelLabel={t('cancel')}
        onConfirm={() => void clear()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

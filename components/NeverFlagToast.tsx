import { t } from '../lib/i18n';
import { ruleLabel } from './common/labels';
import { useCoach } from './store-context';

/** Says what "Never flag this again" did, where the card was, and undoes it for a few seconds (lib/coach/coach.ts UNDO_MS). */
export function NeverFlagToast() {
  const toast = useCoach((s) => s.toast);
  const actions = useCoach((s) => s.actions);
  if (!toast) return null;
  const text = toast.scope === 'rule' ? t('toastNeverRule', { rule: ruleLabel(toast.what) }) : t('toastNeverPhrase', { words: toast.what });
  return (
    <div className="aa-toast" role="status" style={{ left: toast.at.left, top: toast.at.top, width: toast.at.width }}>
      <span className="aa-toast-text">{text}</span>
      <button type="button" className="aa-button-small" aria-label={t('toastUndoLabel')} onClick={() => actions.undoNeverFlag()}>
        {t('toastUndo')}
      </button>
    </div>
  );
}

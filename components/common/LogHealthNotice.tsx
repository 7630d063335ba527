import type { LogHealth } from '../../lib/db/log-health';
import { t } from '../../lib/i18n';

/** Says that coaching events are not being saved, and why; nothing while they are. */
export function LogHealthNotice({ health, className }: { health: LogHealth | null; className: string }) {
  if (!health || health.saving) return null;
  const reason = health.problem === 'quota' ? t('logProblemQuota') : t('logProblemOther', { detail: health.detail ?? '' });
  return (
    <p role="alert" className={className} data-testid="log-health" data-problem={health.problem}>
      {t('logNotSaving', { reason })}
    </p>
  );
}

import { RULES } from '@/lib/analysis';
import type { Settings, SettingsPatch } from '@/lib/settings/schema';
import { REPLY_CATEGORIES } from '@/lib/taxonomy';
import { t } from '@/lib/i18n';
import { categoryLabel, ruleLabel } from '../common/labels';

/** Every built-in rule, grouped by category, with its message, switched on or off. */
export function RulesSection({ settings, save }: { settings: Settings; save: (patch: SettingsPatch) => Promise<string | null> }) {
  const off = new Set(settings.disabledRules);
  const toggle = (rule: string, on: boolean) =>
    void save({ disabledRules: on ? settings.disabledRules.filter((r) => r !== rule) : [...settings.disabledRules, rule] });
  const bringBack = (rule: string) => void save({ dismissedRules: settings.dismissedRules.filter((r) => r !== rule) });
  return (
    <section aria-labelledby="rules-title" className="aa-card aa-section">
      <h2 id="rules-title">{t('rulesTitle')}</h2>
      <p className="aa-muted">{t('rulesHelp')}</p>
      {REPLY_CATEGORIES.map((category) => (
        <fieldset key={category} className="aa-rule-group">
          <legend>{categoryLabel(category)}</legend>
          {RULES.filter((r) => r.category === category).map((rule) => (
            <label key={rule.id} className="aa-switch-row" data-rule={rule.id}>
              <input type="checkbox" role="switch" checked={!off.has(rule.id)} onChange={(e) => toggle(rule.id, e.target.checked)} />
              <span>
                <span className="aa-switch-label">{ruleLabel(rule.id)}</span> <span className="aa-muted">{rule.message}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {settings.dismissedRules.length > 0 && (
        <>
          <h3>{t('rulesDismissedTitle')}</h3>
          <ul className="aa-list">
            {settings.dismissedRules.map((rule) => (
              <li key={rule}>
                {ruleLabel(rule)}
                <button type="button" className="aa-button" onClick={() => bringBack(rule)}>
                  {t('rulesBringBack')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

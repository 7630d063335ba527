import { RULES } from '@/lib/analysis';
import type { Settings, SettingsPatch } from '@/lib/settings/schema';
import { REPLY_CATEGORIES } from '@/lib/taxonomy';
import { t } from '@/lib/i18n';
import { withoutChoice, type NeverFlagChoice } from '@/lib/coach/never-flag';
import { categoryLabel, ruleLabel } from '../common/labels';

/** Every built-in rule, grouped by category, with its message, switched on or off. */
export function RulesSection({ settings, save }: { settings: Settings; save: (patch: SettingsPatch) => Promise<string | null> }) {
  const off = new Set(settings.disabledRules);
  const toggle = (rule: string, on: boolean) =>
    void save({ disabledRules: on ? settings.disabledRules.filter((r) => r !== rule) : [...settings.disabledRules, rule] });
  const bringBack = (choice: NeverFlagChoice) => void save(withoutChoice(settings, choice));
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
      {(settings.dismissedRules.length > 0 || settings.dismissedPhrases.length > 0) && (
        <div className="aa-never-flagged" data-testid="never-flagged">
          <p className="aa-muted">{t('rulesNeverFlaggedHelp')}</p>
          {settings.dismissedPhrases.length > 0 && (
            <NeverFlaggedList
              title={t('rulesDismissedPhrasesTitle')}
              items={settings.dismissedPhrases.map((words) => ({ scope: 'phrase', value: words, name: `“${words}”`, action: t('rulesBringBackPhrase', { words }) }))}
              bringBack={bringBack}
            />
          )}
          {settings.dismissedRules.length > 0 && (
            <NeverFlaggedList
              title={t('rulesDismissedTitle')}
              items={settings.dismissedRules.map((rule) => ({ scope: 'rule', value: rule, name: ruleLabel(rule), action: t('rulesBringBackRule', { rule: ruleLabel(rule) }) }))}
              bringBack={bringBack}
            />
          )}
        </div>
      )}
    </section>
  );
}

interface NeverFlaggedItem extends NeverFlagChoice {
  name: string;
  /** The restore button's accessible name: which one it brings back. */
  action: string;
}

function NeverFlaggedList({ title, items, bringBack }: { title: string; items: NeverFlaggedItem[]; bringBack: (c: NeverFlagChoice) => void }) {
  return (
    <>
      <h3>{title}</h3>
      <ul className="aa-list">
        {items.map(({ scope, value, name, action }) => (
          <li key={value} data-never={scope}>
            {name}{' '}
            <button type="button" className="aa-button" aria-label={action} onClick={() => bringBack({ scope, value })}>
              {t('rulesBringBack')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

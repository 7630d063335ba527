/**
 * "Never flag this again", for these words or for the whole rule: what is never flagged (kept in settings,
 * dismissedPhrases / dismissedRules), and the settings patches that add or take back one choice.
 */
import type { Settings, SettingsPatch } from '../settings/schema';
import { normalizeMatch, type KeyedFlag } from './flag-key';
import type { NeverFlagScope } from './store';

export interface NeverFlagChoice {
  scope: NeverFlagScope;
  /** The rule id, or the flagged words as normalizeMatch gives them. */
  value: string;
}

export function choiceFor(flag: Pick<KeyedFlag, 'rule' | 'match'>, scope: NeverFlagScope): NeverFlagChoice {
  return { scope, value: scope === 'rule' ? flag.rule : normalizeMatch(flag.match).slice(0, 200) };
}

type Lists = Pick<Settings, 'dismissedRules' | 'dismissedPhrases'>;
const field = (scope: NeverFlagScope) => (scope === 'rule' ? 'dismissedRules' : 'dismissedPhrases');

/** The patch that adds the choice (once). */
export function withChoice(settings: Lists, choice: NeverFlagChoice): SettingsPatch {
  const list = settings[field(choice.scope)];
  return { [field(choice.scope)]: list.includes(choice.value) ? list : [...list, choice.value] };
}

/** The patch that takes the choice back. */
export function withoutChoice(settings: Lists, choice: NeverFlagChoice): SettingsPatch {
  return { [field(choice.scope)]: settings[field(choice.scope)].filter((v) => v !== choice.value) };
}

/** What is never flagged right now: the settings' lists, and choices made in this page since they were read. */
export class NeverFlagged {
  private rules = new Set<string>();
  private phrases = new Set<string>();

  constructor(settings?: Lists | null) {
    if (settings) this.sync(settings);
  }

  sync(settings: Lists): void {
    this.rules = new Set(settings.dismissedRules);
    this.phrases = new Set(settings.dismissedPhrases);
  }

  add(choice: NeverFlagChoice): void {
    (choice.scope === 'rule' ? this.rules : this.phrases).add(choice.value);
  }

  remove(choice: NeverFlagChoice): void {
    (choice.scope === 'rule' ? this.rules : this.phrases).delete(choice.value);
  }

  has(flag: Pick<KeyedFlag, 'rule' | 'match'>): boolean {
    return this.rules.has(flag.rule) || (this.phrases.size > 0 && this.phrases.has(normalizeMatch(flag.match)));
  }
}

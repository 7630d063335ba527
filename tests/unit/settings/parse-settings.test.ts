import { describe, expect, test } from 'vitest';
import { migrateSettings, parseSettings, SettingsError } from '../../../lib/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../lib/settings/schema';

describe('parseSettings', () => {
  test('nothing stored gives the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: 1,
      agentLabel: 'me',
      snippetsEnabled: true,
      retentionDays: 90,
      disabledRules: [],
      dismissedRules: [],
      playbook: { phrases: [], canDo: [] },
      enabledSites: [],
      panelCollapsed: false,
    });
  });

  test('missing fields take their defaults; an unversioned object counts as v1', () => {
    expect(parseSettings({ agentLabel: 'Ann' })).toEqual({ ...DEFAULT_SETTINGS, agentLabel: 'Ann' });
  });

  test('invalid values are refused with the field named', () => {
    expect(() => parseSettings({ version: 1, retentionDays: 0 })).toThrow(SettingsError);
    expect(() => parseSettings({ version: 1, retentionDays: 0 })).toThrow(/retentionDays/);
    expect(() => parseSettings({ playbook: { phrases: [{ phrase: 'x', category: 'rudeness', alternative: '' }], canDo: [] } })).toThrow(
      /playbook\.phrases\[0\]\.category/,
    );
    expect(() => parseSettings('me')).toThrow(/must be an object/);
  });

  test('a playbook phrase needs a phrase and an alternative, as the wording engine does', () => {
    const phrase = { phrase: 'per our policy', category: 'apology-without-help' as const, alternative: 'here is what I can do' };
    const withPhrase = (p: object) => ({ playbook: { phrases: [p], canDo: [] } });
    expect(parseSettings(withPhrase(phrase)).playbook.phrases).toEqual([phrase]);
    expect(() => parseSettings(withPhrase({ ...phrase, alternative: '' }))).toThrow(SettingsError);
    expect(() => parseSettings(withPhrase({ ...phrase, alternative: '' }))).toThrow(/needs a preferred alternative\n.*playbook\.phrases\[0\]\.alternative/);
    expect(() => parseSettings(withPhrase({ ...phrase, phrase: '  ' }))).toThrow(/playbook\.phrases\[0\]\.phrase/);
  });

  test('settings from a newer version are refused, not misread', () => {
    expect(() => parseSettings({ version: SETTINGS_VERSION + 1 })).toThrow(/newer version/);
  });

  test('older versions run through the migration table in order', () => {
    // A pretend v3 world: v1 named the label `agent`, v2 had no `panelCollapsed`.
    const migrations = {
      1: ({ agent, ...rest }: Record<string, unknown>) => ({ ...rest, agentLabel: agent }),
      2: (old: Record<string, unknown>) => ({ ...old, panelCollapsed: old.version === 2 }),
    };
    expect(migrateSettings({ version: 1, agent: 'Bo' }, migrations, 3)).toEqual({ version: 3, agentLabel: 'Bo', panelCollapsed: true });
    expect(migrateSettings({ version: 2, agentLabel: 'Bo' }, migrations, 3)).toEqual({ version: 3, agentLabel: 'Bo', panelCollapsed: true });
    expect(() => migrateSettings({ version: 1 }, {}, 2)).toThrow(/No migration from settings v1 to v2/);
    expect(() => migrateSettings({ version: 'one' }, {}, 2)).toThrow(/invalid version/);
  });
});

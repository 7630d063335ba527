import { useEffect, useState } from 'react';
import { getSettings, SettingsError, updateSettings, watchSettings } from '@/lib/settings/store';
import type { Settings, SettingsPatch } from '@/lib/settings/schema';

export interface SettingsApi {
  settings: Settings | undefined;
  /** Validates and stores a patch; resolves to the problem when it was refused (nothing changed then). */
  save: (patch: SettingsPatch) => Promise<string | null>;
}

/** The stored settings, kept current when another page or the content script changes them. */
export function useSettings(): SettingsApi {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const save = async (patch: SettingsPatch) => {
    // Shown at once (a switch must not spring back while the write is under way), put right if refused.
    setSettings((s) => s && { ...s, ...patch });
    try {
      setSettings(await updateSettings(patch));
      return null;
    } catch (err) {
      setSettings(await getSettings());
      if (err instanceof SettingsError) return err.message;
      throw err;
    }
  };
  return { settings, save };
}

/**
 * Settings in extension storage (`local:settings`), readable from the worker, extension pages and content
 * scripts alike.
 */
import { storage } from 'wxt/utils/storage';
import { parseSettings, SettingsError } from './migrations';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from './schema';

export const SETTINGS_KEY = 'local:settings' as const;

/** Unreadable stored settings must not stop the coaching: they read as the defaults, with a warning. */
function parseOrDefaults(stored: unknown): Settings {
  try {
    return parseSettings(stored);
  } catch (err) {
    console.warn('[agent-assist] settings unreadable, using defaults:', (err as Error).message);
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function getSettings(): Promise<Settings> {
  return parseOrDefaults(await storage.getItem(SETTINGS_KEY));
}

/**
 * Applies a patch and saves the result, after validating it as a whole; an invalid patch throws SettingsError
 * and changes nothing. Read-modify-write: two contexts patching the same field at the same moment, last wins.
 */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const current = await getSettings();
  const next = parseSettings({ ...current, ...patch, version: current.version });
  await storage.setItem(SETTINGS_KEY, next);
  return next;
}

/** Calls cb with the new settings whenever any context changes them. Returns the function that stops watching. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return storage.watch(SETTINGS_KEY, (stored) => cb(parseOrDefaults(stored)));
}

export { parseSettings, SettingsError };

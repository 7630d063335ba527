/**
 * Settings in extension storage (`local:settings`: key `settings` of browser.storage.local), readable from the
 * worker, extension pages and content scripts alike.
 *
 * browser.storage.local directly, not wxt/utils/storage: that library (with its lock and versioning helpers,
 * ~18 KB before minifying) would ship in the content script for three calls. The versioning is ours anyway
 * (the `version` field, ./migrations).
 */
import { browser } from 'wxt/browser';
import { parseSettings, SettingsError } from './migrations';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from './schema';

export const SETTINGS_KEY = 'local:settings' as const;
/** SETTINGS_KEY without its area. */
const KEY = 'settings';

function area() {
  return browser.storage.local;
}

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
  const stored: Record<string, unknown> = await area().get(KEY);
  return parseOrDefaults(stored[KEY] ?? null);
}

/**
 * Applies a patch and saves the result, after validating it as a whole; an invalid patch throws SettingsError
 * and changes nothing. Read-modify-write: two contexts patching the same field at the same moment, last wins.
 */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const current = await getSettings();
  const next = parseSettings({ ...current, ...patch, version: current.version });
  await area().set({ [KEY]: next });
  return next;
}

/**
 * Calls cb with the new settings whenever any context changes them (a write of an identical value is not a
 * change). Returns the function that stops watching.
 */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
    const change = changes[KEY];
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    cb(parseOrDefaults(change.newValue ?? null));
  };
  const onChanged = area().onChanged;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

export { parseSettings, SettingsError };

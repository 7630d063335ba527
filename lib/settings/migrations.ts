/**
 * Brings stored settings of any earlier version up to SETTINGS_VERSION, then validates them.
 * To add version N: add `N - 1: (old) => ({ ...old, version: N, newField: … })` to MIGRATIONS and bump
 * SETTINGS_VERSION; every step sees the output of the previous one.
 */
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

type Raw = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n object into a version-(n + 1) object. */
export const MIGRATIONS: Record<number, (old: Raw) => Raw> = {};

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Brings a stored object up to `currentVersion` through the migration table. Throws SettingsError. */
export function migrateSettings(stored: object, migrations = MIGRATIONS, currentVersion = SETTINGS_VERSION): Raw {
  if (Array.isArray(stored)) throw new SettingsError('Settings must be an object, not an array.');
  let value: Raw = { ...stored };
  // Settings saved before versioning existed count as version 1.
  let version = value.version === undefined ? 1 : value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SettingsError(`Settings have an invalid version: ${JSON.stringify(value.version)}.`);
  }
  if (version > currentVersion) {
    throw new SettingsError(
      `Settings were saved by a newer version of Agent Assist (settings v${version}; this one reads up to v${currentVersion}).`,
    );
  }
  while (version < currentVersion) {
    const step = migrations[version];
    if (!step) throw new SettingsError(`No migration from settings v${version} to v${version + 1}.`);
    value = step({ ...value, version });
    version++;
  }
  return { ...value, version };
}

/** Migrates and validates stored settings; nothing stored yet gives the defaults. Throws SettingsError. */
export function parseSettings(stored: unknown): Settings {
  if (stored === null || stored === undefined) return structuredClone(DEFAULT_SETTINGS);
  if (typeof stored !== 'object') throw new SettingsError(`Settings must be an object, not ${typeof stored}.`);
  const parsed = SettingsSchema.safeParse(migrateSettings(stored));
  if (!parsed.success) throw new SettingsError(`Invalid settings:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

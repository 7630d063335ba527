import { fakeBrowser } from './fake-browser';
import { beforeEach, expect, test } from 'vitest';
import { getSettings, SETTINGS_KEY, SettingsError, updateSettings, watchSettings } from '../../../lib/settings/store';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

beforeEach(() => fakeBrowser.reset());

test('reads the defaults before anything is saved, then what was saved', async () => {
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  await updateSettings({ agentLabel: 'Ann', snippetsEnabled: false });
  expect(await getSettings()).toMatchObject({ agentLabel: 'Ann', snippetsEnabled: false, retentionDays: 90 });
  expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({ settings: { version: 1, agentLabel: 'Ann' } });
});

test('an invalid patch throws and changes nothing', async () => {
  await updateSettings({ retentionDays: 30 });
  await expect(updateSettings({ retentionDays: -1 })).rejects.toThrow(SettingsError);
  expect((await getSettings()).retentionDays).toBe(30);
});

test('unreadable stored settings read as the defaults', async () => {
  await fakeBrowser.storage.local.set({ settings: { version: 1, retentionDays: 'forever' } });
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
});

test('watchers see every change, already parsed', async () => {
  const seen: string[] = [];
  const stop = watchSettings((s) => seen.push(s.agentLabel));
  await updateSettings({ agentLabel: 'Cy' });
  await updateSettings({ agentLabel: 'Di' });
  await expect.poll(() => seen).toEqual(['Cy', 'Di']);
  stop();
  await updateSettings({ agentLabel: 'Ed' });
  expect(seen).toEqual(['Cy', 'Di']);
  expect(SETTINGS_KEY).toBe('local:settings');
});

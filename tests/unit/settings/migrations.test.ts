// Every earlier stored shape of the settings, migrated the way a real update runs it: the value
// of that version is in storage before the extension's code loads.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { settingsV1ToV2 } from '../../../lib/settings/migrations';

/** What Gvul 0.1 stored: the whole settings object, with the user's edits, in local storage. */
function v1Settings(): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.agentName = 'Dana Levi';
  s.uiLang = 'he';
  s.replies.find((r) => r.id === 'isp')!.body.he = 'פנו לספק האינטרנט שלכם, בבקשה.';
  s.classification.signals.find((x) => x.id === 'provider.managed')!.phrases.en.push('our managed box');
  s.classification.abstainThreshold = 0.6;
  s.sla.calendar.weekly.fri = [{ start: '09:00', end: '13:00' }];
  s.sla.calendar.holidays.yom_haatzmaut = false;
  s.customHelpdesks = [
    { id: 'acme', name: 'Acme', hostPattern: 'https://help.acme.example/*', ticketIdFrom: 'url', selectors: { subject: 'h1', messages: '.msg', editor: 'textarea' } },
  ];
  return s;
}

async function loadFresh() {
  vi.resetModules();
  const storage = await import('../../../lib/settings/storage');
  const items = await import('../../../lib/settings/settings-items');
  return { ...storage, ...items };
}

beforeEach(() => fakeBrowser.reset());

describe('settings v1 (whole object in local storage) → v2 (changes from the defaults)', () => {
  it('keeps every user edit', async () => {
    await fakeBrowser.storage.local.set({ settings: v1Settings() });
    const { loadSettings, localSettingsItem } = await loadFresh();
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(v1Settings());
    expect(loaded.problems).toEqual([]);
    expect(await localSettingsItem.getMeta()).toEqual({ v: 2 });
    // Stored now as changes only: far smaller than the 45 KB object.
    const stored = (await fakeBrowser.storage.local.get('settings')).settings;
    expect(JSON.stringify(stored).length).toBeLessThan(2000);
    expect(stored).toMatchObject({ agentName: 'Dana Levi', uiLang: 'he' });
  });

  it('moves them to sync storage on the next save', async () => {
    await fakeBrowser.storage.local.set({ settings: v1Settings() });
    const { loadSettings, saveSettings } = await loadFresh();
    const { own } = await loadSettings();
    expect(await saveSettings(own)).toMatchObject({ where: 'sync' });
    const again = await loadSettings();
    expect(again.where).toBe('sync');
    expect(again.settings).toEqual(v1Settings());
  });

  it('an untouched v1 object becomes "no changes"', async () => {
    await fakeBrowser.storage.local.set({ settings: structuredClone(DEFAULT_SETTINGS) });
    const { loadSettings } = await loadFresh();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({});
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('a partial or broken v1 value keeps what it can', () => {
    expect(settingsV1ToV2({ agentName: 'Noa' })).toEqual({ agentName: 'Noa' });
    expect(settingsV1ToV2('garbage')).toEqual({});
    expect(settingsV1ToV2(null)).toEqual({});
  });

  it('a v2 value is left as it is', async () => {
    await fakeBrowser.storage.sync.set({ settings: { agentName: 'Noa' }, settings$: { v: 2 } });
    const { loadSettings } = await loadFresh();
    expect((await loadSettings()).settings.agentName).toBe('Noa');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ agentName: 'Noa' });
  });
});

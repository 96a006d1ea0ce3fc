import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { disabledSitesItem } from '../../../lib/settings/items';
import { loadSettings, saveSettings, watchSettings, setSiteDisabled, type LoadedSettings } from '../../../lib/settings/storage';

function withReplies(text: string, copies = 1): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  for (const r of s.replies) r.body.he = Array.from({ length: copies }, () => text).join('\n');
  return s;
}

beforeEach(() => fakeBrowser.reset());

describe('where the settings are stored', () => {
  it('in sync storage, as changes from the defaults, when they fit', async () => {
    const mine = { ...structuredClone(DEFAULT_SETTINGS), agentName: 'Dana' };
    const out = await saveSettings(mine);
    expect(out).toMatchObject({ where: 'sync' });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { agentName: 'Dana' } });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(mine);
    expect(loaded.where).toBe('sync');
  });

  it('in local storage, with the reason, when they do not fit one sync item', async () => {
    const big = withReplies('שורה ארוכה מאוד של תשובה שנכתבה מחדש בידי הצוות', 12);
    const out = await saveSettings(big);
    expect(out).toMatchObject({ where: 'local', reason: 'too-big' });
    expect(out.bytes).toBeGreaterThan(8192);
    const loaded = await loadSettings();
    expect(loaded.where).toBe('local');
    expect(loaded.settings).toEqual(big);
    // Smaller again: back to sync, and the local copy goes.
    await saveSettings(DEFAULT_SETTINGS);
    expect((await loadSettings()).where).toBe('sync');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('in local storage when sync refuses the write', async () => {
    const set = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = () => Promise.reject(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    try {
      const out = await saveSettings({ ...DEFAULT_SETTINGS, agentName: 'Dana' });
      expect(out).toMatchObject({ where: 'local', reason: 'sync-failed', error: expect.stringContaining('quota') });
      expect((await loadSettings()).settings.agentName).toBe('Dana');
    } finally {
      fakeBrowser.storage.sync.set = set;
    }
  });
});

describe('managed storage', () => {
  it('wins over the stored settings and is reported locked', async () => {
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), agentName: 'Dana', uiLang: 'en' });
    await fakeBrowser.storage.managed.set({ settings: { uiLang: 'he', sla: { warning: { minutesLeft: 45 } } } });
    const loaded = await loadSettings();
    expect(loaded.settings.uiLang).toBe('he');
    expect(loaded.settings.agentName).toBe('Dana');
    expect(loaded.settings.sla.warning.minutesLeft).toBe(45);
    expect(loaded.own.uiLang).toBe('en');
    expect(loaded.locked).toEqual([['uiLang'], ['sla', 'warning', 'minutesLeft']]);
  });

  it('a browser without managed storage (Firefox with no policy) just has none', async () => {
    const get = fakeBrowser.storage.managed.get;
    fakeBrowser.storage.managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    try {
      expect((await loadSettings()).locked).toEqual([]);
    } finally {
      fakeBrowser.storage.managed.get = get;
    }
  });
});

describe('watching', () => {
  it('reports every change, from sync, local or managed storage', async () => {
    const seen: LoadedSettings[] = [];
    const stop = watchSettings((l) => seen.push(l));
    await saveSettings({ ...DEFAULT_SETTINGS, agentName: 'A' });
    await vi.waitFor(() => expect(seen.at(-1)?.settings.agentName).toBe('A'));
    await fakeBrowser.storage.managed.set({ settings: { agentName: 'Admin' } });
    await vi.waitFor(() => expect(seen.at(-1)?.settings.agentName).toBe('Admin'));
    stop();
    const heard = seen.length;
    await saveSettings({ ...DEFAULT_SETTINGS, agentName: 'B' });
    // Storage calls its listeners before the write resolves, and a watcher's re-read, started
    // then, would finish before this one: had the watcher stayed, it would have been heard.
    await loadSettings();
    expect(seen).toHaveLength(heard);
  });
});

describe('sites Gvul is off on', () => {
  it('are kept per host', async () => {
    await setSiteDisabled('acme.zendesk.com', true);
    expect((await disabledSitesItem.getValue()).includes('acme.zendesk.com')).toBe(true);
    expect((await disabledSitesItem.getValue()).includes('other.zendesk.com')).toBe(false);
    await setSiteDisabled('acme.zendesk.com', false);
    expect((await disabledSitesItem.getValue()).includes('acme.zendesk.com')).toBe(false);
  });
});

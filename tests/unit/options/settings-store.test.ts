import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { loadSettings, type LoadedSettings } from '../../../lib/settings/storage';
import { createSettingsStore, type SettingsIo } from '../../../lib/store/settings';

/** Lets every promise already settled run its callbacks (no timer involved). */
const flushMicrotasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

beforeEach(() => fakeBrowser.reset());

describe('the options page\'s settings store', () => {
  it('saves a valid edit shortly after it, and every other page sees it', async () => {
    const store = createSettingsStore({ lang: () => 'en', saveDelayMs: 10 });
    const other = createSettingsStore({ lang: () => 'en', saveDelayMs: 10 });
    await Promise.all([store.getState().hydrate(), other.getState().hydrate()]);
    store.getState().edit((d) => ({ ...d, agentName: 'Dana' }));
    expect(store.getState().status.kind).toBe('pending');
    await vi.waitFor(() => expect(store.getState().status).toMatchObject({ kind: 'saved', outcome: { where: 'sync' } }));
    expect(store.getState().dirty).toBe(false);
    expect((await loadSettings()).settings.agentName).toBe('Dana');
    await vi.waitFor(() => expect(other.getState().draft.agentName).toBe('Dana'));
    store.getState().stop();
    other.getState().stop();
  });

  it('does not save an invalid draft, and says why', async () => {
    const store = createSettingsStore({ lang: () => 'en', saveDelayMs: 10 });
    await store.getState().hydrate();
    store.getState().edit((d) => ({ ...d, sla: { ...d.sla, calendar: { ...d.sla.calendar, timeZone: 'Nowhere/City' } } }));
    await vi.waitFor(() => expect(store.getState().status.kind).toBe('invalid'));
    expect(store.getState().problems[0]).toMatchObject({ path: 'sla.calendar.timeZone' });
    expect((await loadSettings()).settings.sla.calendar.timeZone).toBe('Asia/Jerusalem');
    store.getState().stop();
  });

  it('keeps the administrator\'s values out of what it saves', async () => {
    await fakeBrowser.storage.managed.set({ settings: { sla: { warning: { minutesLeft: 45 } } } });
    const store = createSettingsStore({ lang: () => 'en', saveDelayMs: 10 });
    await store.getState().hydrate();
    expect(store.getState().draft.sla.warning.minutesLeft).toBe(45);
    store.getState().edit((d) => ({ ...d, agentName: 'Noa' }));
    await vi.waitFor(() => expect(store.getState().status.kind).toBe('saved'));
    const loaded = await loadSettings();
    expect(loaded.own.sla.warning.minutesLeft).toBe(DEFAULT_SETTINGS.sla.warning.minutesLeft);
    expect(loaded.settings.sla.warning.minutesLeft).toBe(45);
    expect(loaded.own.agentName).toBe('Noa');
    store.getState().stop();
  });

  it('a slow read that started before an import never puts the old settings back', async () => {
    // A controllable io: reads resolve only when the test says, in any order.
    let stored = structuredClone(DEFAULT_SETTINGS);
    const pending: (() => void)[] = [];
    let notify = () => {};
    const loadedOf = (settings: typeof DEFAULT_SETTINGS): LoadedSettings => ({ settings, own: settings, locked: [], problems: [], where: 'sync' });
    const io: SettingsIo = {
      load: () => {
        const snapshot = structuredClone(stored);
        return new Promise<LoadedSettings>((resolve) => pending.push(() => resolve(loadedOf(snapshot))));
      },
      save: async (own: typeof DEFAULT_SETTINGS) => {
        stored = structuredClone(own);
        return { where: 'sync' as const, bytes: 1 };
      },
      watch: (onChange) => {
        notify = () => onChange(loadedOf(structuredClone(stored)));
        return () => {};
      },
    };
    const store = createSettingsStore({ lang: () => 'en', saveDelayMs: 10, io });
    const hydrated = store.getState().hydrate();
    pending.shift()!();
    await hydrated;
    // Another page's reset is seen: a read of the old settings starts and stalls.
    notify();
    const stale = pending.shift()!;
    // Meanwhile the agent imports a file.
    const imported = structuredClone(DEFAULT_SETTINGS);
    imported.classification.abstainThreshold = 0.7;
    const importing = store.getState().replace(imported);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending.shift()!();
    await importing;
    expect(store.getState().draft.classification.abstainThreshold).toBe(0.7);
    // The stale read finishes last: it is ignored.
    stale();
    await flushMicrotasks();
    expect(store.getState().draft.classification.abstainThreshold).toBe(0.7);
    store.getState().stop();
  });

  it('replaces everything at once for an import or a reset', async () => {
    const store = createSettingsStore({ lang: () => 'en', saveDelayMs: 10 });
    await store.getState().hydrate();
    const imported = structuredClone(DEFAULT_SETTINGS);
    imported.classification.abstainThreshold = 0.7;
    expect(await store.getState().replace(imported)).toMatchObject({ where: 'sync' });
    expect(store.getState().draft.classification.abstainThreshold).toBe(0.7);
    expect((await loadSettings()).settings.classification.abstainThreshold).toBe(0.7);
    store.getState().stop();
  });
});

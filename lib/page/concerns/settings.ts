// The team's settings before the first reading, then every change made anywhere (the options
// page, another browser via sync, the administrator) at once. The page is read again after a
// change: a custom helpdesk may now match this page, or no longer. The background reads and
// checks the settings and answers with the ones in use (lib/protocol/settings.ts).
import { browser } from 'wxt/browser';
import { SETTINGS_REQUEST, type SettingsRequest } from '../../protocol/settings';
import type { Settings } from '../../settings/defaults';
import { watchSettingsItems } from '../../settings/items';
import type { Concern } from '../session';

/** A service worker that is starting (just installed, or woken) may miss the first asking. */
const ATTEMPTS = 4;

async function settingsInUse(): Promise<Settings> {
  const request: SettingsRequest = { type: SETTINGS_REQUEST };
  for (let attempt = 1; ; attempt++) {
    const settings = (await browser.runtime.sendMessage(request).catch((error: unknown) => {
      if (attempt >= ATTEMPTS) throw error;
    })) as Settings | undefined;
    if (settings) return settings;
    if (attempt >= ATTEMPTS) throw new Error('the background gave no settings');
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
}

export const settings: Concern = {
  name: 'settings',
  async start({ store, release, check }) {
    store.getState().setSettings(await settingsInUse());
    const stop = watchSettingsItems(settingsInUse, (settings) => {
      store.getState().setSettings(settings);
      check();
    });
    release(stop);
  },
};

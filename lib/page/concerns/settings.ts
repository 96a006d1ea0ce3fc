// The team's settings before the first reading, then every change made anywhere (the options
// page, another browser via sync, the administrator) at once. The page is read again after a
// change: a custom helpdesk may now match this page, or no longer. The background reads and
// checks the settings and answers with the ones in use (lib/protocol/settings.ts).
import { browser } from 'wxt/browser';
import { SETTINGS_REQUEST, type AgentNameSave, type SettingsRequest } from '../../protocol/settings';
import type { Settings } from '../../settings/defaults';
import { watchSettingsItems } from '../../settings/items';
import type { Concern } from '../session';

/** A service worker that is starting (just installed, or woken) may miss the first asking. */
const ATTEMPTS = 4;

/** The background's answer to `message`, asked again while no answer comes. */
export async function askBackground<T>(message: SettingsRequest | AgentNameSave): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const answer = (await browser.runtime.sendMessage(message).catch((error: unknown) => {
      if (attempt >= ATTEMPTS) throw error;
    })) as T | undefined;
    if (answer) return answer;
    if (attempt >= ATTEMPTS) throw new Error(`the background did not answer ${message.type}`);
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
}

const settingsInUse = () => askBackground<Settings>({ type: SETTINGS_REQUEST });

export const settings: Concern = {
  name: 'settings',
  async start({ store, release, check }) {
    // Watching first: should the first asking fail, the next change still brings the settings
    // (until then the page is not read).
    let changed = false;
    const stop = watchSettingsItems(settingsInUse, (settings) => {
      changed = true;
      store.getState().setSettings(settings);
      check();
    });
    release(stop);
    const first = await settingsInUse();
    if (!changed) store.getState().setSettings(first);
  },
};

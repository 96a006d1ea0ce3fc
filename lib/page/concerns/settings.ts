// The team's settings before the first reading, then every change made anywhere (the options
// page, another browser via sync, the administrator) at once. The page is read again after a
// change: a custom helpdesk may now match this page, or no longer.
import { loadSettings, watchSettings } from '../../settings/storage';
import type { Concern } from '../session';

export const settings: Concern = {
  name: 'settings',
  async start({ store, release, lang, check }) {
    store.getState().setSettings((await loadSettings(lang())).settings);
    const stop = watchSettings((loaded) => {
      store.getState().setSettings(loaded.settings);
      check();
    }, lang);
    release(stop);
  },
};

// The team's settings before the first reading, then every change made anywhere (the options
// page, another browser via sync, the administrator) at once. The page is read again after a
// change: a custom helpdesk may now match this page, or no longer. The background reads and
// checks the settings and answers with the ones in use (lib/protocol/settings.ts).
import { askBackground, SETTINGS_REQUEST } from '../../protocol/settings';
import type { Settings } from '../../settings/defaults';
import { watchSettingsItems } from '../../settings/items';
import type { Concern } from '../session';

/**
 * How long the page waits for the background's first answer before the sidebar says the
 * settings could not be loaded (and the other concerns start without them). Generous: a service
 * worker that is woken, or just installed, answers within a second even on a loaded machine,
 * and askBackground's own retries take under one; only a background that is stuck or gone
 * takes longer, and then the agent should know why the sidebar shows no verdict.
 */
export const SETTINGS_WAIT_MS = 5000;

const settingsInUse = () => askBackground<Settings>({ type: SETTINGS_REQUEST });

export const settings: Concern = {
  name: 'settings',
  async start({ store, release, check, signal, fail }) {
    const apply = (settings: Settings) => {
      store.getState().setSettings(settings);
      check();
    };
    // Watching first: should the first asking fail, the next change still brings the settings
    // (until then the page is not read).
    let changed = false;
    const stop = watchSettingsItems(settingsInUse, (settings) => {
      changed = true;
      apply(settings);
    });
    release(stop);
    // Past the wait without settings, the sidebar says so (the session reads the page as
    // "no settings"); the answer or a change that comes later replaces that with the verdict.
    const waited = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, SETTINGS_WAIT_MS);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    });
    void waited.then(() => {
      if (store.getState().settings || signal.aborted) return;
      store.setState({ settingsLate: true });
      check();
    });
    const first = settingsInUse().then((settings) => {
      if (!changed) apply(settings);
    });
    // An asking that fails within the wait fails this concern as before. One still unanswered
    // then no longer holds the session's start, or nothing would ever be read, not even after a
    // change; should it fail later, that is reported all the same.
    const answered = await Promise.race([first.then(() => true), waited.then(() => false)]);
    if (!answered) first.catch(fail);
  },
};

// After Gvul is updated or reloaded, the content script already on a helpdesk page belongs to an
// extension that no longer exists: every extension call from it throws "Extension context
// invalidated". The background puts the new version's script into open helpdesk tabs
// (entrypoints/background); this one notices it is orphaned, says so in its sidebar, and ends
// its session a moment later so that only the new sidebar remains.
import { browser } from 'wxt/browser';
import type { Concern } from '../session';

/** Whether the extension this script belongs to is still there. */
export const extensionAlive = (): boolean => {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
};

/** `onGone` is called once, when the extension has gone; the store's `updated` is set first. */
export const extensionUpdate = (pollMs: number, onGone: () => void): Concern => ({
  name: 'update',
  start({ store, signal }) {
    const poll = setInterval(() => {
      if (extensionAlive()) return;
      clearInterval(poll);
      store.setState({ updated: true });
      onGone();
    }, pollMs);
    signal.addEventListener('abort', () => clearInterval(poll), { once: true });
  },
});

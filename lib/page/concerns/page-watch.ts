// When to read the page again. Helpdesks are single-page apps: a ticket switch may change the
// URL (pushState, which a content script does not see directly, so WXT's location watcher), or
// only the DOM (Zoho's detail arrows), and a ticket's messages may render after its id.
import type { Concern } from '../session';

export const pageWatch = (pollMs: number): Concern => ({
  name: 'page-watch',
  start({ doc, signal, check, schedule, onLocationChange }) {
    const observer = new MutationObserver(() => schedule());
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    onLocationChange(check);
    // Some switches neither change the URL nor touch observed nodes in a way caught at once.
    const poll = setInterval(check, pollMs);
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearInterval(poll);
      },
      { once: true },
    );
  },
});

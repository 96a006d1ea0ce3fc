// When to read the page again. Helpdesks are single-page apps: a ticket switch may change the
// URL (pushState: WXT's location watcher hears the Navigation API's `navigate` event, which
// fires before the new URL is in `location`, so the page is read again once that navigation's
// script has run), or only the DOM (Zoho's detail arrows), or only attributes (a helpdesk that
// toggles `hidden` on its ticket tabs), and a ticket's messages may render after its id.
// Mutations inside the reply editor and inside Gvul's own sidebar are no sign of another ticket:
// typing a reply must cost nothing here.
import type { Concern } from '../session';

/** Attributes by which a helpdesk shows one ticket panel and hides another. */
const SWITCH_ATTRIBUTES = ['hidden', 'class', 'style', 'aria-hidden', 'aria-selected', 'aria-expanded', 'aria-current'];

/** Elements whose inside changes without the ticket changing: editors and Gvul's sidebar. */
const QUIET = '[contenteditable]:not([contenteditable="false"]), textarea, gvul-sidebar';

function matters(record: MutationRecord): boolean {
  const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
  return !target?.closest(QUIET);
}

export const pageWatch = (pollMs: number): Concern => ({
  name: 'page-watch',
  start({ doc, signal, check, schedule, onLocationChange }) {
    const observer = new MutationObserver((records) => {
      if (records.some(matters)) schedule();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: SWITCH_ATTRIBUTES });
    onLocationChange(() => {
      check();
      queueMicrotask(check);
    });
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

// When to read the page again. Helpdesks are single-page apps: a ticket switch may change the
// URL (pushState: WXT's location watcher hears the Navigation API's `navigate` event, which
// fires before the new URL is in `location`, so the page is read again once that navigation's
// script has run), or only the DOM (Zoho's detail arrows), or only attributes (a helpdesk that
// toggles `hidden` on its ticket tabs), and a ticket's messages may render after its id.
// Mutations inside the reply editor and inside Gvul's own sidebar are no sign of another ticket
// (../quiet.ts): typing a reply must cost nothing here. A burst of mutations costs one reading.
import { quietMutation, quietNode } from '../quiet';
import type { Concern } from '../session';

/** Attributes by which a helpdesk shows one ticket panel and hides another. */
const SWITCH_ATTRIBUTES = ['hidden', 'class', 'style', 'aria-hidden', 'aria-selected', 'aria-expanded', 'aria-current'];

export const pageWatch = (pollMs: number): Concern => ({
  name: 'page-watch',
  start({ doc, signal, check, schedule, poll, onLocationChange }) {
    const observer = new MutationObserver((records) => {
      if (!records.every(quietMutation)) schedule();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: SWITCH_ATTRIBUTES });
    onLocationChange(() => {
      check();
      queueMicrotask(check);
    });
    // A field the agent edits changes its value, not the DOM (the subject); not the reply editor.
    const edited = (event: Event) => {
      const target = event.target as Node | null;
      if (!target?.nodeType || !quietNode(target)) schedule();
    };
    doc.addEventListener('input', edited, { capture: true, signal });
    doc.addEventListener('change', edited, { capture: true, signal });
    // Some switches neither change the URL nor touch observed nodes in a way caught at once. The
    // poll only looks at what names the ticket (address, helpdesk, ticket id): an idle tab with
    // thousands of messages is not read again every second.
    const timer = setInterval(poll, pollMs);
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearInterval(timer);
      },
      { once: true },
    );
  },
});

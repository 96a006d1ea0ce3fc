// The other pages of the same helpdesk that an adapter needs to read the open page (Request
// Tracker's reply page shows no ticket: its ticket page and history are read instead). Fetched
// once per page load on the page's own origin, in the agent's own session (the helpdesk's
// cookies, as the agent's own tab would send them), parsed into detached documents and kept only
// in this page's memory: never stored, never sent anywhere else. A page of another origin is
// never fetched.
import type { RelatedPages } from '../adapters/types';

export type FetchPage = (url: URL) => Promise<string | null>;

/** The browser's fetch, same-origin only, credentials of the helpdesk's own session. */
export const fetchSameOrigin: FetchPage = async (url) => {
  const res = await fetch(url, { credentials: 'same-origin', redirect: 'error', cache: 'no-store' });
  return res.ok ? res.text() : null;
};

export class RelatedPageLoader {
  private readonly pages = new Map<string, Document | null>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly origin: string,
    /** Called when a page has arrived (or failed): read the page again. */
    private readonly onLoaded: () => void,
    private readonly fetchPage: FetchPage = fetchSameOrigin,
  ) {}

  /** The wanted pages that have arrived, by their names; starts fetching the others. */
  pagesFor(wanted: Record<string, URL>): RelatedPages {
    const found = new Map<string, Document | null>();
    for (const [name, url] of Object.entries(wanted)) {
      const key = url.href;
      if (this.pages.has(key)) found.set(name, this.pages.get(key) ?? null);
      else this.load(url);
    }
    return found;
  }

  private load(url: URL): void {
    const key = url.href;
    if (this.pending.has(key)) return;
    if (url.origin !== this.origin) {
      this.pages.set(key, null);
      queueMicrotask(this.onLoaded);
      return;
    }
    this.pending.add(key);
    this.fetchPage(url)
      .then((html) => (html === null ? null : new DOMParser().parseFromString(html, 'text/html')))
      .catch(() => null)
      .then((doc) => {
        this.pending.delete(key);
        this.pages.set(key, doc);
        this.onLoaded();
      });
  }
}

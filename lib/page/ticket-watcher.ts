// Follows the helpdesk page as the agent moves between tickets. Helpdesks are single-page apps:
// a ticket switch may change the URL (pushState, which a content script cannot see directly),
// or only the DOM (Zoho's detail arrows), and a ticket's messages may render after its id. So the
// page is re-read on URL changes, on DOM mutations (debounced) and on a slow poll, and the
// listener hears only about real changes: a different ticket, or the same ticket's content
// changing.

import { fnv1a } from '../hash';

export interface WatchedPage<T> {
  /** Stable identity of what is on screen; a change means the listener must hear about it. */
  fingerprint: string;
  value: T;
}

export interface TicketWatcherOptions<T> {
  read: () => WatchedPage<T>;
  onChange: (value: T) => void;
  /**
   * How long a burst of DOM mutations is gathered before one re-read. Short, because it is the
   * delay between a ticket rendering and its verdict showing; a re-read costs well under a
   * millisecond and notifies nobody when nothing changed, so typing in the editor is cheap.
   */
  debounceMs?: number;
}

export class TicketWatcher<T> {
  private last: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly debounceMs: number;

  constructor(private readonly options: TicketWatcherOptions<T>) {
    this.debounceMs = options.debounceMs ?? 16;
  }

  /** Re-read now; tell the listener if anything changed. */
  check(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const page = this.options.read();
    if (page.fingerprint === this.last) return;
    this.last = page.fingerprint;
    this.options.onChange(page.value);
  }

  /** Re-read soon: many mutations in a burst cost one read. */
  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.check(), this.debounceMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** A short, stable hash for fingerprints: cheap enough to run on every re-read. */
export function hashText(text: string): string {
  return fnv1a(text).toString(36);
}

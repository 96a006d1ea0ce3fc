// The content script's application, without the browser's content-script machinery: one session
// per helpdesk page. The session owns the sidebar's store, reads the page with the helpdesk's
// adapter whenever something may have changed, and starts each concern (layout, settings, tab
// status, docking, ...) on its own, refined-github style: a concern that throws is logged by
// name and the others keep working. Everything a concern starts ends when `signal` aborts.
import { browser } from 'wxt/browser';
import { findAdapter, type HelpdeskAdapter } from '../adapters';
import { uiLangFrom } from '../i18n/messages';
import type { Lang } from '../ticket';
import { CaretMemory, insertReply, type InsertOutcome } from '../insert';
import { siteOf } from '../settings/items';
import { AGENT_NAME_SAVE, askBackground } from '../protocol/settings';
import { createSidebarStore, type SidebarState, type SidebarStore } from '../store/sidebar';
import { NO_SETTINGS, readPage } from './read-page';
import { RelatedPageLoader } from './related-pages';
import { TicketWatcher } from './ticket-watcher';
import { STATE_CONCERNS, pageConcerns } from './concerns';
import { extensionAlive } from './concerns/update';

/** What the sidebar's buttons and the keyboard commands may do to the page. */
export interface PageActions {
  /** Insert `text`, a reply made for ticket `ticketId`, if that ticket is still the one on screen. */
  insert(text: string, lang: Lang, ticketId: string): Promise<InsertOutcome>;
  /** Keep the agent's own name (signs replies) in their settings, as the options page would. */
  saveAgentName(name: string): Promise<void>;
}

/** What a concern works with. Listeners added through it are removed when the session ends. */
export interface SessionContext extends PageActions {
  readonly doc: Document;
  url(): URL;
  /** The site key the popup's on/off switch uses (the page's host). */
  readonly site: string;
  readonly store: SidebarStore;
  readonly signal: AbortSignal;
  readonly caret: CaretMemory;
  /** The agent's browser language, for settings whose language is "auto". */
  lang(): Lang;
  /** Re-read the page now; the store hears about it only if something changed. */
  check(): void;
  /** Re-read the page soon: a burst of calls costs one read. */
  schedule(): void;
  /**
   * Re-read the page if what names the ticket on it (the address, the helpdesk, the ticket id)
   * changed since the last reading: cheap whatever the ticket's size.
   */
  poll(): void;
  /** Report `error` under this concern's name: for work it goes on with after its start settled. */
  fail(error: unknown): void;
  /** Hear every store change; an exception in `listener` is logged under this concern's name. */
  subscribe(listener: (state: SidebarState, prev: SidebarState) => void): void;
  /** Answer runtime messages `accepts` recognises; others are left to other listeners. */
  answer<M>(accepts: (message: unknown) => message is M, reply: (message: M) => Promise<unknown>): void;
  /**
   * Call `stop` (which removes an extension listener) when the session ends. After an update the
   * extension's APIs throw "Extension context invalidated", and with it gone there is nothing
   * left to remove, so that is not an error.
   */
  release(stop: () => void): void;
  /** The single-page app moved to another URL (WXT's `wxt:locationchange`). */
  onLocationChange(listener: () => void): void;
}

export interface Concern {
  /** Short and stable: it is what the console names when this concern fails. */
  name: string;
  start(ctx: SessionContext): void | Promise<void>;
}

export interface HelpdeskSessionOptions {
  url: () => URL;
  doc: Document;
  signal: AbortSignal;
  /** `navigator.language`, read when the settings are resolved. */
  browserLang: () => string;
  /** Subscribes to SPA navigation; the content script passes WXT's `wxt:locationchange`. */
  onLocationChange?: (listener: () => void) => void;
  /** How often the page is re-read without any other sign of change. */
  pollMs?: number;
  /** Where a failing concern is reported. */
  onError?: (concern: string, error: unknown) => void;
}

export interface HelpdeskSession extends PageActions {
  store: SidebarStore;
  /**
   * Start every concern, with `extra` ones of the surface around the session (the sidebar's UI)
   * among the page's. Settles once each has started or failed; the page has been read by then.
   */
  start(extra?: readonly Concern[]): Promise<void>;
  /** Concerns that failed, by name, in the order they failed. */
  failures: readonly { concern: string; error: unknown }[];
  check(): void;
}

const report = (concern: string, error: unknown) => console.error(`Gvul: "${concern}" stopped working`, error);

export function createHelpdeskSession(options: HelpdeskSessionOptions): HelpdeskSession {
  const { doc, signal, url } = options;
  const onError = options.onError ?? report;
  // The settings concern puts in the team's settings; the page is read once they are in.
  const store = createSidebarStore(null);
  const caret = new CaretMemory();
  const failures: { concern: string; error: unknown }[] = [];
  const fail = (concern: string, error: unknown) => {
    failures.push({ concern, error });
    onError(concern, error);
  };
  const customHelpdesks = () => store.getState().settings?.customHelpdesks ?? [];
  const lang = () => uiLangFrom(options.browserLang());

  // Pages of the same helpdesk a reading needs (a reply page that shows no ticket).
  const related = new RelatedPageLoader(url().origin, () => check());
  // What names the ticket on screen, as of the last reading.
  let named: string | undefined;
  const nameOf = (here: URL, adapter: HelpdeskAdapter | null) =>
    `${here.href} ${adapter?.id ?? ''}:${adapter?.customId ?? ''} ${adapter?.ticketId(here, doc) ?? ''}`;
  const read = () => {
    const here = url();
    const { siteOff, settings, settingsLate } = store.getState();
    // Without the team's settings (the background has not answered) there is no verdict to show;
    // once the settings concern has waited long enough, the sidebar says why, and nothing else
    // (the page is neither read nor docked).
    const adapter = siteOff || !settings ? null : findAdapter(here, doc, settings.customHelpdesks);
    named = nameOf(here, adapter);
    if (!siteOff && !settings && settingsLate) return NO_SETTINGS;
    if (!adapter || !settings) return readPage(null);
    // Only as much of the customer's text as the classifier reads: a ticket of megabytes is read
    // (and fingerprinted) no slower than an ordinary one, and a change past that point is no change.
    const { maxChars } = settings.classification;
    const result = adapter.readTicket(here, doc, related.pagesFor(adapter.relatedPages?.(here, doc) ?? {}), maxChars);
    // The signed-in agent signs the replies, where the helpdesk shows who that is.
    const agent = adapter.signedInAgent?.(doc) ?? undefined;
    return readPage({ adapter, result, host: here.host, ...(agent ? { agent } : {}) });
  };
  const watcher = new TicketWatcher({ read, onChange: (page) => store.getState().setPage(page) });
  // Until the stored state is in, a re-read would show the page with the wrong settings.
  let reading = false;
  const check = () => {
    if (!reading || signal.aborted) return;
    try {
      watcher.check();
    } catch (error) {
      fail('read', error);
    }
  };
  const schedule = () => {
    if (reading && !signal.aborted) watcher.schedule();
  };
  const poll = () => {
    if (store.getState().siteOff) return;
    const here = url();
    if (nameOf(here, findAdapter(here, doc, customHelpdesks())) !== named) check();
  };
  signal.addEventListener('abort', () => watcher.stop(), { once: true });

  async function insert(text: string, replyLang: Lang, ticketId: string): Promise<InsertOutcome> {
    // The page is read again, not the sidebar's last reading: the helpdesk may have switched
    // tickets since (the sidebar follows a moment later), and a reply that greets one customer
    // by name and cites their ticket must never go into another customer's editor.
    const here = url();
    const adapter = findAdapter(here, doc, customHelpdesks());
    const onScreen = adapter?.ticketId(here, doc) ?? null;
    store.getState().setRefusedInsert(onScreen === ticketId ? null : { ticketId: onScreen });
    if (!adapter || onScreen !== ticketId) {
      check();
      return { ok: false, problem: { code: 'other-ticket' } };
    }
    const editor = adapter.findEditor(here, doc);
    if (!editor) return { ok: false, problem: { code: 'no-editor' } };
    return insertReply(editor, text, replyLang, caret);
  }

  async function saveAgentName(name: string): Promise<void> {
    // The background stores it in the agent's own settings (lib/protocol/settings.ts); the
    // settings concern hears the change like any other.
    await askBackground({ type: AGENT_NAME_SAVE, name });
  }

  const release = (stop: () => void) =>
    signal.addEventListener(
      'abort',
      () => {
        try {
          stop();
        } catch (error) {
          if (extensionAlive()) throw error;
        }
      },
      { once: true },
    );

  const contextFor = (concern: string): SessionContext => ({
    doc,
    url,
    site: siteOf(url()),
    store,
    signal,
    caret,
    lang,
    check,
    schedule,
    poll,
    insert,
    saveAgentName,
    fail: (error) => fail(concern, error),
    subscribe(listener) {
      const stop = store.subscribe((state, prev) => {
        try {
          listener(state, prev);
        } catch (error) {
          fail(concern, error);
        }
      });
      signal.addEventListener('abort', stop, { once: true });
    },
    answer(accepts, reply) {
      const listener = (message: unknown) => (accepts(message) ? reply(message) : undefined);
      browser.runtime.onMessage.addListener(listener);
      release(() => browser.runtime.onMessage.removeListener(listener));
    },
    release,
    onLocationChange(listener) {
      options.onLocationChange?.(() => {
        if (!signal.aborted) listener();
      });
    },
  });

  const start = async (concern: Concern): Promise<void> => {
    try {
      await concern.start(contextFor(concern.name));
    } catch (error) {
      fail(concern.name, error);
    }
  };

  async function startAll(extra: readonly Concern[] = []): Promise<void> {
    // The stored state first (settings, layout, corrections, the site switch), so the first
    // reading is shown with the team's settings; then everything that follows the page.
    await Promise.all(STATE_CONCERNS.map(start));
    if (signal.aborted) return;
    const started = [...pageConcerns({ pollMs: options.pollMs ?? 1000 }), ...extra].map(start);
    reading = true;
    check();
    await Promise.all(started);
  }

  return { store, start: startAll, failures, check, insert, saveAgentName };
}

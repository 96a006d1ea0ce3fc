// The shape every helpdesk adapter has: a plain object per helpdesk (one file each), picked by
// the registry in `index.ts`. Adapters only read the page: they take the document and URL as
// arguments, use no globals, no extension APIs and no React, and never change the page.

import type { Ticket } from '../ticket.ts';
import type { ReadReason } from '../problems.ts';
import type { PageShapes } from './location.ts';

/**
 * How text has to go into the reply editor (the insertion code picks its method by this):
 * - `ckeditor5`: the `.ck-editor__editable` element (its `ckeditorInstance` lives in the page world);
 * - `ckeditor4`: the textarea CKEditor 4 replaced (its instance, `CKEDITOR.instances[id]`, lives
 *   in the page world; the textarea itself is hidden and must not be written to);
 * - `zoho-iframe`: a same-origin iframe whose `contentDocument.body` is contenteditable;
 * - `froala`: the `.fr-element` (sync the model with an `input` event);
 * - `slate`: the `[role=textbox]` (only `beforeinput` / `paste` reach its model);
 * - `textarea`: a textarea or text input;
 * - `contenteditable`: any other contenteditable element.
 */
export type EditorKind = 'ckeditor5' | 'ckeditor4' | 'zoho-iframe' | 'froala' | 'slate' | 'textarea' | 'contenteditable';

export interface EditorTarget {
  kind: EditorKind;
  /** The editable element; for `zoho-iframe`, the iframe itself. */
  element: HTMLElement;
}

export type ReadResult =
  | {
      ok: true;
      ticket: Ticket;
      /** How many customer messages went into `ticket.body`. */
      messageCount: number;
    }
  | {
      ok: false;
      /** The ticket the page is about, when that much could be read (equal to `ticketId()`). */
      ticketId?: string;
      /** What could not be found, as short names (`subject`, `conversation`, a selector field...). */
      missing: string[];
      /** What Gvul could not read and why, as a code the surfaces put in the agent's words. */
      reason: ReadReason;
      /**
       * The helpdesk has not finished putting the ticket on the page (or Gvul is still fetching
       * the pages it reads it from): nothing to show yet, not a failure.
       */
      pending?: true;
    };

/**
 * Other pages of the same helpdesk that a reading needs, by the names the adapter gave them in
 * `relatedPages`: fetched by the content script on the page's own origin in the agent's session,
 * parsed, and kept only as long as the page is open. null: the page could not be had.
 */
export type RelatedPages = ReadonlyMap<string, Document | null>;

export interface HelpdeskAdapter {
  /** A built-in helpdesk's own id (`zendesk`; see HelpdeskId in index.ts), or `custom`. */
  id: string;
  /** The helpdesk's name as agents know it ("Zendesk", "Zoho Desk"; a custom helpdesk's own name). */
  name: string;
  /** For custom helpdesks: the settings entry this adapter was made from. */
  customId?: string;
  /** Is this page mine? Cheap: looks at the URL only. */
  matches(url: URL, doc: Document): boolean;
  /**
   * The open ticket's id, cheaply, for change detection on every mutation; null when no ticket is
   * open (e.g. the ticket list). Always equal to `readTicket`'s `ticket.id` (or its `ticketId`).
   */
  ticketId(url: URL, doc: Document): string | null;
  /**
   * Same-origin pages this page's reading needs besides the page itself (a reply page that shows
   * no ticket), by name; absent for helpdesks whose pages show everything.
   */
  relatedPages?(url: URL, doc: Document): Record<string, URL>;
  /**
   * Read the open ticket (with the `relatedPages` fetched so far), the customer's text only as far
   * as its first `bodyChars` characters (what the classifier reads): a long ticket costs no more
   * than a short one. Never throws.
   */
  readTicket(url: URL, doc: Document, related?: RelatedPages, bodyChars?: number): ReadResult;
  /** The active ticket's reply editor, or null. */
  findEditor(url: URL, doc: Document): EditorTarget | null;
  /** The signed-in agent's name as the helpdesk shows it (it signs the replies), where the page shows it. */
  signedInAgent?(doc: Document): string | null;
}

/**
 * A helpdesk Gvul knows out of the box: everything about it is declared here, once. The
 * manifest runs Gvul on `hosts`, the registry lists it, and the demo helpdesk serves `pages`
 * under `/<id>`. Its functions only ever see URLs on `hosts` (the registry strips the demo prefix).
 */
export interface BuiltinAdapter<Id extends string = string> extends HelpdeskAdapter {
  id: Id;
  /** Browser match patterns of the helpdesk's agent pages. */
  hosts: readonly string[];
  pages: PageShapes;
}

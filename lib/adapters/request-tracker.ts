// Request Tracker 5 (Best Practical's RT, self-hosted: https://rt.example.com/rt/...). Every RT
// page is a full page load; RT is recognised by its own page markers (its header container and
// the Mason component id on <body>), since it can live on any host and under any path.
//
// - The ticket page (`Ticket/Display.html?id=N`) shows the ticket and, a moment after the page,
//   its history (loaded by RT's own script from `Helpers/TicketHistory?id=N`).
// - The reply page (`Ticket/Update.html?Action=Respond|Comment&id=N`) shows only the editor, so
//   the ticket is read from the same RT's ticket page and history, fetched in the agent's own
//   session (see `relatedPages`).
// - Dates are printed in the RT user's time zone without saying which; the agent's own profile
//   page (`Prefs/AboutMe.html`) names it.
//
// RT marks creation, correspondence and comments alike (class `message`); they are told apart by
// who wrote them (a requester or staff) and by RT's description line ("Comments added").

import { Temporal } from 'temporal-polyfill';
import type { Channel } from '../ticket.ts';
import { lineText, messageText, nameAndEmail } from './dom.ts';
import { assembleTicket, noTicketOpen, type MessageText, type ThreadItem } from './read.ts';
import type { HelpdeskAdapter, ReadResult, RelatedPages } from './types.ts';

const NAME = 'Request Tracker';

/** Which of RT's ticket pages this is, or null for any other page (RT's or not). */
function ticketPage(url: URL, doc: Document): 'display' | 'update' | null {
  if (!doc.getElementById('rt-header-container')) return null;
  const component = doc.body?.id;
  if (component === 'comp-Ticket-Display' && url.pathname.endsWith('/Ticket/Display.html')) return 'display';
  if (component === 'comp-Ticket-Update' && url.pathname.endsWith('/Ticket/Update.html')) return 'update';
  return null;
}

/** `id=N` from RT's query strings, which separate parameters with `&` or `;`. */
function idParam(url: URL): string | null {
  return /(?:^\?|[&;])id=(\d+)(?:[&;#]|$)/.exec(url.search)?.[1] ?? null;
}

/** The RT installation's base (`https://rt.example.com/rt`), from a page under `/Ticket/`. */
function base(url: URL): string {
  return url.origin + url.pathname.replace(/\/Ticket\/[^/]*$/, '');
}

export const RT_RELATED = {
  ticket: 'ticket',
  history: 'history',
  profile: 'profile',
} as const;

// RT's default date format, "Tue Dec 01 18:57:26 2026", and the others it offers (ISO,
// W3CDTF, RFC 2822/2616). Month names are RT's English ones: RT has no Hebrew translation.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DEFAULT_FORMAT = /^(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})\s+(\d{1,2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(\d{4})$/;
const DAY_FIRST = /^(?:[A-Za-z]{3},\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+([+-]\d{4}|GMT|UTC|Z))?$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/i;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC when the text says, else the RT user's zone applies. */
  offsetMinutes?: number;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function offsetOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  if (/^(gmt|utc|z)$/i.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}

function wallTime(text: string): WallTime | null {
  const t = text.replace(/\s+/g, ' ').trim();
  let m = DEFAULT_FORMAT.exec(t);
  if (m) {
    return { year: +m[6]!, month: monthOf(m[1]!), day: +m[2]!, hour: +m[3]!, minute: +m[4]!, second: +(m[5] ?? 0) };
  }
  m = DAY_FIRST.exec(t);
  if (m) {
    const offsetMinutes = offsetOf(m[7]);
    return {
      year: +m[3]!, month: monthOf(m[2]!), day: +m[1]!, hour: +m[4]!, minute: +m[5]!, second: +(m[6] ?? 0),
      ...(offsetMinutes === undefined ? {} : { offsetMinutes }),
    };
  }
  m = ISO_LOCAL.exec(t);
  if (m) {
    const offsetMinutes = offsetOf(m[7]);
    return {
      year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +m[4]!, minute: +m[5]!, second: +(m[6] ?? 0),
      ...(offsetMinutes === undefined ? {} : { offsetMinutes }),
    };
  }
  return null;
}

/** A date as RT printed it, as an ISO instant; undefined when it is not a date or the zone is unknown. */
export function rtInstant(text: string, timeZone: string | undefined): string | undefined {
  const w = wallTime(text);
  if (!w || w.month < 1) return undefined;
  try {
    const local = Temporal.PlainDateTime.from(
      { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: w.second },
      { overflow: 'reject' },
    );
    if (w.offsetMinutes !== undefined) {
      const utc = local.toZonedDateTime('UTC').subtract({ minutes: w.offsetMinutes });
      return utc.toInstant().toString();
    }
    if (!timeZone) return undefined;
    return local.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant().toString();
  } catch {
    return undefined;
  }
}

/**
 * The agent's time zone from their RT profile page: the one they chose, or RT's own (shown there
 * as "System Default (Asia/Jerusalem)").
 */
export function profileTimeZone(profile: Document | undefined): string | undefined {
  const select = profile?.querySelector('select[name="Timezone"]');
  if (!select) return undefined;
  const chosen = select.querySelector('option[selected]')?.getAttribute('value');
  const zone = chosen || /\(([^()]+)\)\s*$/.exec(lineText(select.querySelector('option[value=""]')))?.[1];
  if (!zone) return undefined;
  try {
    Temporal.Now.plainDateTimeISO(zone);
    return zone;
  } catch {
    return undefined;
  }
}

interface Person {
  ids: Set<string>;
  name?: string;
  email?: string;
}

function requesters(doc: Document): Person {
  const users = Array.from(doc.querySelectorAll('.ticket-info-people .requestors .user'));
  const ids = new Set(users.map((u) => u.getAttribute('data-user-id')).filter((id): id is string => !!id));
  const first = nameAndEmail(lineText(users[0]));
  return { ids, ...first };
}

const DESCRIPTIONS = {
  created: /\bTicket created\b/i,
  reply: /\bCorrespondence added\b/i,
  comment: /\bComments? added\b/i,
};

interface Transaction {
  id: number;
  author: string | null;
  kind: 'created' | 'reply' | 'comment' | 'unknown';
  mailFrom: boolean;
  text: MessageText | null;
  at: string | undefined;
}

function description(el: Element): Transaction['kind'] {
  // The words after the author, as RT wrote them ("root (Enoch Root) - Comments added").
  const words = lineText(el.querySelector('.metadata .description'));
  if (DESCRIPTIONS.comment.test(words)) return 'comment';
  if (DESCRIPTIONS.reply.test(words)) return 'reply';
  if (DESCRIPTIONS.created.test(words)) return 'created';
  return 'unknown';
}

function transactions(history: ParentNode, timeZone: string | undefined): Transaction[] {
  return Array.from(history.querySelectorAll('.transaction.message[data-transaction-id]')).map((el) => {
    const body = el.querySelector('.messagebody');
    const headerKeys = Array.from(el.querySelectorAll('.message-header-key')).map((k) => lineText(k).toLowerCase());
    return {
      id: Number(el.getAttribute('data-transaction-id')),
      author: el.querySelector('.metadata .description .user[data-user-id]')?.getAttribute('data-user-id') ?? null,
      kind: description(el),
      mailFrom: headerKeys.includes('from:'),
      text: messageText(body),
      at: rtInstant(lineText(el.querySelector('.metadata .date')), timeZone),
    };
  });
}

/**
 * Whose each message is: the one that created the ticket is the customer's request even when
 * staff typed it in (a phone call); after that, a requester's messages are the customer's, a
 * staff correspondence is a reply, and comments (and what RT describes in words Gvul does not
 * know) are internal, never part of the customer's text and never a first response.
 */
function thread(list: Transaction[], customer: Person): { items: ThreadItem[]; channel: Channel | undefined } {
  const byId = [...list].sort((a, b) => a.id - b.id);
  const created = byId.find((t) => t.kind === 'created') ?? byId[0];
  const items = byId.map((t): ThreadItem => {
    const fromRequester = t.author !== null && customer.ids.has(t.author);
    let author: ThreadItem['author'];
    if (t === created) author = 'customer';
    else if (t.kind === 'comment' || t.kind === 'unknown') author = 'note';
    else author = fromRequester ? 'customer' : 'agent';
    return { author, text: t.text, ...(t.at ? { at: t.at } : {}) };
  });
  // A ticket that came in by mail shows the mail's headers; one the requester made on RT's own
  // pages is a web request; one staff typed in says nothing about how the customer asked.
  let channel: Channel | undefined;
  if (created) {
    if (created.mailFrom) channel = 'email';
    else channel = created.author !== null && customer.ids.has(created.author) ? 'web' : 'unknown';
  }
  return { items, channel };
}

function subjectOf(doc: Document, id: string): string | null {
  const heading = doc.querySelector('#header h1');
  if (!heading) return null;
  return lineText(heading).replace(new RegExp(`^#${id}:\\s*`), '');
}

function couldNotLoad(doc: Document, id: string): ReadResult | null {
  const error = doc.querySelector('.error');
  if (!error || doc.querySelector('.ticket-info-people')) return null;
  return {
    ok: false,
    ticketId: id,
    missing: ['ticket'],
    reason: { code: 'ticket-not-loaded', helpdesk: NAME, ticketId: id, detail: lineText(error).slice(0, 120) },
  };
}

function waiting(id: string, part: 'profile' | 'history' | 'ticket-page'): ReadResult {
  return {
    ok: false,
    ticketId: id,
    missing: ['ticket'],
    reason: { code: 'still-fetching', helpdesk: NAME, ticketId: id, part },
    pending: true,
  };
}

/** Read a ticket from RT's ticket page and a history (the page's own, or fetched). */
function readFrom(id: string, ticketDoc: Document, history: ParentNode, timeZone: string | undefined, bodyChars?: number): ReadResult {
  const notLoaded = couldNotLoad(ticketDoc, id);
  if (notLoaded) return notLoaded;
  const customer = requesters(ticketDoc);
  const list = transactions(history, timeZone);
  const { items, channel } = thread(list, customer);
  const created = rtInstant(lineText(ticketDoc.querySelector('.ticket-info-dates .created .current-value')), timeZone);
  return assembleTicket({
    bodyChars,
    helpdesk: NAME,
    id,
    subject: subjectOf(ticketDoc, id),
    items: list.length > 0 ? items : null,
    ...(channel ? { channel } : {}),
    ...(created ? { createdAt: created } : {}),
    requester: { ...(customer.name ? { name: customer.name } : {}), ...(customer.email ? { email: customer.email } : {}) },
  });
}


export const requestTracker: HelpdeskAdapter & { id: 'request-tracker' } = {
  id: 'request-tracker',
  name: NAME,

  // Only the ticket and reply pages: on RT's other pages (home, search) Gvul stays out of the way.
  matches: (url, doc) => ticketPage(url, doc) !== null,

  ticketId: (url, doc) => (ticketPage(url, doc) ? idParam(url) : null),

  relatedPages(url, doc) {
    const kind = ticketPage(url, doc);
    const id = idParam(url);
    if (!kind || !id) return {};
    const root = base(url);
    const pages: Record<string, URL> = { [RT_RELATED.profile]: new URL(`${root}/Prefs/AboutMe.html`) };
    if (kind === 'update') {
      pages[RT_RELATED.ticket] = new URL(`${root}/Ticket/Display.html?id=${id}`);
      pages[RT_RELATED.history] = new URL(`${root}/Helpers/TicketHistory?id=${id}`);
    }
    return pages;
  },

  readTicket(url, doc, related?: RelatedPages, bodyChars?: number) {
    const kind = ticketPage(url, doc);
    const id = idParam(url);
    if (!kind || !id) return noTicketOpen(NAME);
    const notLoaded = kind === 'display' ? couldNotLoad(doc, id) : null;
    if (notLoaded) return notLoaded;
    if (!related?.has(RT_RELATED.profile)) return waiting(id, 'profile');
    const timeZone = profileTimeZone(related.get(RT_RELATED.profile) ?? undefined);
    if (kind === 'display') {
      // RT puts the history on the page a moment after the page itself (its "delay" setting).
      const history = doc.querySelector('.history-container');
      return history ? readFrom(id, doc, history, timeZone, bodyChars) : waiting(id, 'history');
    }
    if (!related.has(RT_RELATED.ticket) || !related.has(RT_RELATED.history)) return waiting(id, 'ticket-page');
    const ticketDoc = related.get(RT_RELATED.ticket);
    const historyDoc = related.get(RT_RELATED.history);
    if (!ticketDoc || !historyDoc) {
      return {
        ok: false,
        ticketId: id,
        missing: ['ticket'],
        reason: { code: 'related-page-unavailable', helpdesk: NAME, ticketId: id },
      };
    }
    return readFrom(id, ticketDoc, historyDoc, timeZone, bodyChars);
  },

  findEditor(url, doc) {
    if (ticketPage(url, doc) !== 'update') return null;
    const area = doc.getElementById('UpdateContent');
    if (!area || area.tagName !== 'TEXTAREA') return null;
    // CKEditor 4 hides the textarea and puts its own box next to it; what is typed into the
    // hidden textarea is lost, so the reply goes through the editor (the page-world bridge).
    if (doc.getElementById('cke_UpdateContent')) return { kind: 'ckeditor4', element: area as HTMLElement };
    return { kind: 'textarea', element: area as HTMLElement };
  },
};

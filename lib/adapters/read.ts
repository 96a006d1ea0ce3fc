// Turning what an adapter found on the page into a `Ticket`, the same way for every helpdesk:
// which messages are the customer's, their order, the created and first-reply times, and the
// reasons (as codes, lib/problems.ts) when something is missing.

import type { Channel, Requester, Ticket } from '../ticket.ts';
import type { ReadResult } from './types.ts';

export type Author = 'customer' | 'agent' | 'note';

/**
 * A message's text as read from the page, or a function that reads at least its first `limit`
 * characters (all of it when shorter), so that a long ticket is read only as far as Gvul uses it.
 */
export type MessageText = string | ((limit: number) => string);

/** One entry of the ticket's conversation. */
export interface ThreadItem {
  author: Author;
  /** The message text; null when the element holding it was not found. */
  text: MessageText | null;
  at?: string;
  channel?: Channel;
}

export interface TicketParts {
  /** The helpdesk's name, for reasons ("Zendesk"). */
  helpdesk: string;
  id: string;
  /** null when the subject element was not found. */
  subject: string | null;
  /** null when the conversation was not found. */
  items: ThreadItem[] | null;
  /** The ticket's own channel field; else the first customer message's channel is used. */
  channel?: Channel;
  /** The helpdesk's created field; else the first customer message's time is used. */
  createdAt?: string;
  requester?: Requester;
  department?: string;
  /** The labels the page shows on the ticket or its customer (tags, contract, customer properties). */
  tags?: string[];
  /** The customer's organisation (organisation, company, account). */
  organization?: string;
  /** Read the customer's text only this far (the classifier's `maxChars`); all of it when absent. */
  bodyChars?: number;
}

/** The page is the helpdesk's, but parts of the ticket could not be found. */
export function unreadable(helpdesk: string, ticketId: string | undefined, missing: string[]): ReadResult {
  const id = ticketId ? { ticketId } : {};
  const reason =
    missing.length === 1 && missing[0] === 'customer message'
      ? { code: 'no-customer-message' as const, helpdesk, ...id }
      : { code: 'parts-missing' as const, helpdesk, ...id, missing };
  return { ok: false, ...id, missing, reason };
}

/** The helpdesk is open on a page without a ticket (the ticket list, a view, settings). */
export function noTicketOpen(helpdesk: string): ReadResult {
  return { ok: false, missing: ['ticket'], reason: { code: 'no-ticket', helpdesk } };
}

/** The helpdesk shows its own "no such ticket" view for the id the address names. */
export function ticketNotFound(helpdesk: string, ticketId: string): ReadResult {
  return { ok: false, ticketId, missing: ['ticket'], reason: { code: 'ticket-not-found', helpdesk, ticketId } };
}

/** The page still shows another ticket than the one the address names (mid-switch). */
export function stillLoading(helpdesk: string, ticketId: string, shown: string): ReadResult {
  return { ok: false, ticketId, missing: ['ticket'], reason: { code: 'still-loading', helpdesk, ticketId, shown } };
}

function time(at: string | undefined): number {
  return at === undefined ? NaN : Date.parse(at);
}

/** In time order when every item has a time (Help Scout can list newest first), else page order. */
function chronological(items: ThreadItem[]): ThreadItem[] {
  if (!items.every((i) => i.at !== undefined)) return items;
  return [...items].sort((a, b) => time(a.at) - time(b.at));
}

function earliest(times: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const t of times) if (t !== undefined && (best === undefined || time(t) < time(best))) best = t;
  return best;
}

/**
 * The customer's messages joined by blank lines, read only as far as the first `limit`
 * characters of that text, which is what it is cut to.
 */
function customerText(items: readonly ThreadItem[], limit: number): string {
  const texts: string[] = [];
  let length = 0;
  for (const item of items) {
    if (length >= limit) break;
    const gap = texts.length > 0 ? 2 : 0;
    const text = typeof item.text === 'function' ? item.text(Math.max(1, limit - length - gap)) : (item.text ?? '');
    if (text === '') continue;
    texts.push(text);
    length += gap + text.length;
  }
  const body = texts.join('\n\n');
  return body.length > limit ? body.slice(0, limit) : body;
}

export function assembleTicket(parts: TicketParts): ReadResult {
  const missing: string[] = [];
  if (parts.subject === null) missing.push('subject');
  const items = parts.items ?? [];
  const customer = chronological(items.filter((i) => i.author === 'customer'));
  if (items.length === 0) missing.push('conversation');
  else if (customer.length === 0) missing.push('customer message');
  else if (customer.every((i) => i.text === null)) missing.push('message text');
  if (missing.length > 0) return unreadable(parts.helpdesk, parts.id, missing);

  const createdAt = parts.createdAt ?? earliest(customer.map((i) => i.at));
  const replies = items.filter((i) => i.author === 'agent' && i.at !== undefined);
  // An agent message before the customer's first one (an outbound ticket) is not a reply.
  const firstReplyAt = earliest(
    replies.map((i) => i.at).filter((at) => createdAt === undefined || time(at) >= time(createdAt)),
  );
  const channel = parts.channel ?? customer.find((i) => i.channel !== undefined)?.channel;
  const requester: Requester = {
    ...(parts.requester?.name ? { name: parts.requester.name } : {}),
    ...(parts.requester?.email ? { email: parts.requester.email } : {}),
  };
  const ticket: Ticket = {
    id: parts.id,
    subject: parts.subject ?? '',
    body: customerText(customer, parts.bodyChars ?? Infinity),
    ...(channel ? { channel } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(requester.name || requester.email ? { requester } : {}),
    ...(firstReplyAt ? { firstReplyAt } : {}),
    ...(parts.department ? { department: parts.department } : {}),
    ...(parts.tags?.length ? { tags: parts.tags } : {}),
    ...(parts.organization ? { organization: parts.organization } : {}),
  };
  return { ok: true, ticket, messageCount: customer.length };
}

/**
 * A helpdesk's channel words (`via web form`, `Portal`) as a `Channel`, through `table` (keys in
 * lower case, without `via`). Unknown words give `unknown`; no words give undefined.
 */
export function mapChannel(text: string, table: Readonly<Record<string, Channel>>): Channel | undefined {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^via /, '');
  if (!key) return undefined;
  return Object.hasOwn(table, key) ? table[key] : 'unknown';
}

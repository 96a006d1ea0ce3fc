// Zoho Desk (https://desk.zoho.<tld>/agent/<portal>/<dept>/tickets/details/<id>, or the classic
// `.../support/<portal>/ShowHomePage.do#Cases/dv/<id>`). Class names are hashed CSS modules, so
// hooks are class-name suffixes. The detail view's arrows switch tickets without changing the
// URL: the ticket number in the header wins over the URL.

import type { Channel } from '../ticket.ts';
import {
  allByClassSuffix,
  firstByClassSuffix,
  hasClassSuffix,
  labelsOf,
  lineText,
  messageText,
  ticketNumber,
  timeIn,
  nameIn,
} from './dom.ts';
import { matchesAny } from './location.ts';
import { assembleTicket, mapChannel, noTicketOpen, ticketNotFound, type Author, type ThreadItem } from './read.ts';
import type { BuiltinAdapter } from './types.ts';

const NAME = 'Zoho Desk';
const HOSTS = ['https://desk.zoho.com/*', 'https://desk.zoho.eu/*', 'https://desk.zoho.in/*', 'https://desk.zoho.com.au/*'];
const onHost = matchesAny(HOSTS);

const CHANNELS: Record<string, Channel> = {
  email: 'email',
  web: 'web',
  'web form': 'web',
  'customer portal': 'web',
  forums: 'web',
  phone: 'phone',
  chat: 'chat',
};

const DIRECTIONS: [suffix: string, author: Author][] = [
  ['-thread-privateNote', 'note'],
  ['-thread-outgoing', 'agent'],
  ['-thread-incoming', 'customer'],
];

/** The agent pages (the new UI under /agent, the classic one under /support), not the help centre. */
const isAgentPage = (url: URL) => onHost(url) && /^\/(agent|support)(\/|$)/.test(url.pathname);

function urlTicketId(url: URL): string | null {
  if (!isAgentPage(url)) return null;
  return (
    /^\/agent\/[^/]+\/[^/]+\/tickets\/details\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1] ??
    /^#Cases\/dv\/(\d+)(?:\/|$)/.exec(url.hash)?.[1] ??
    null
  );
}

function header(doc: Document): Element | null {
  return firstByClassSuffix(doc, '-ticketdetail-header');
}

function ticketId(url: URL, doc: Document): string | null {
  if (!isAgentPage(url)) return null;
  const number = firstByClassSuffix(header(doc) ?? doc, '-ticketdetail-ticketNumber');
  return (number && ticketNumber(lineText(number))) || urlTicketId(url);
}

/** A thread's author, from the direction class on the thread or on one of its wrappers. */
function authorOf(thread: Element, list: Element): Author | null {
  for (let el: Element | null = thread; el && el !== list; el = el.parentElement) {
    for (const [suffix, author] of DIRECTIONS) if (hasClassSuffix(el, suffix)) return author;
  }
  return null;
}

export const zoho: BuiltinAdapter<'zoho'> = {
  id: 'zoho',
  name: NAME,

  hosts: HOSTS,
  pages: { list: '/agent/:portal/:department/tickets', ticket: '/agent/:portal/:department/tickets/details/:ticketId' },

  matches: isAgentPage,

  ticketId,

  readTicket(url, doc, _related, bodyChars) {
    const id = ticketId(url, doc);
    if (!id) return noTicketOpen(NAME);
    // The detail view of a ticket that does not exist (or was deleted) says so instead of a conversation.
    if (firstByClassSuffix(doc, '-ticketdetail-empty')) return ticketNotFound(NAME, id);
    const head = header(doc);
    const scope = head ?? doc;
    const subject = firstByClassSuffix(scope, '-ticketdetail-subject') ?? firstByClassSuffix(doc, '-ticketdetail-subject');
    const list = firstByClassSuffix(doc, '-conversationlist-listContainer');

    const items: ThreadItem[] = [];
    for (const thread of list ? allByClassSuffix(list, '-commentlistitemcommon-contentWrapper') : []) {
      const author = authorOf(thread, list!);
      if (!author) continue; // neither incoming, outgoing nor a note: not a message (e.g. a system event)
      const textEl = thread.querySelector('[class*="-richtextcontent-"]');
      const at = timeIn(thread.querySelector('time[datetime]'));
      items.push({ author, text: messageText(textEl), ...(at ? { at } : {}) });
    }

    const channel = mapChannel(lineText(firstByClassSuffix(doc, '-ticketdetail-channel')), CHANNELS);
    const department = lineText(firstByClassSuffix(doc, '-ticketdetail-department'));
    // The ticket's tags, then the contract of the customer's account (Zoho ties contracts and
    // their support plans to accounts).
    const tags = labelsOf([...allByClassSuffix(doc, '-tagslist-tag'), firstByClassSuffix(doc, '-ticketproperties-contract')]);
    const organization = lineText(firstByClassSuffix(doc, '-contactcard-account'));
    return assembleTicket({
      bodyChars,
      helpdesk: NAME,
      id,
      subject: subject ? lineText(subject) : null,
      items: list ? items : null,
      ...(channel ? { channel } : {}),
      requester: {
        name: lineText(firstByClassSuffix(doc, '-contactcard-name')),
        email: lineText(firstByClassSuffix(doc, '-contactcard-email')),
      },
      ...(department ? { department } : {}),
      tags,
      organization,
    });
  },

  findEditor(url, doc) {
    if (!isAgentPage(url)) return null;
    const frame = doc.querySelector('iframe.KB_Editor_iframe');
    return frame ? { kind: 'zoho-iframe', element: frame as HTMLElement } : null;
  },
  signedInAgent(doc) {
    // The account avatar in the header carries the agent's full name.
    return nameIn(doc.querySelector('[class*="-app-avatar"]'), 'title');
  },
};

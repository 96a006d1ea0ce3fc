// Freshdesk (https://<sub>.freshdesk.com/a/tickets/<id>). The ticket pane is re-rendered on every
// switch; while it still shows the previous ticket, nothing is read.

import type { Channel } from '../ticket.ts';
import { labelsIn, messageText, lineText, ticketNumber, timeIn, nameIn } from './dom.ts';
import { matchesAny } from './location.ts';
import { assembleTicket, mapChannel, noTicketOpen, stillLoading, ticketNotFound, type Author, type ThreadItem } from './read.ts';
import type { BuiltinAdapter } from './types.ts';

const NAME = 'Freshdesk';

// The words of Freshdesk's `source` field (API: 1 email, 2 portal, 3 phone, 7 chat, 9 widget, 10 outbound).
const CHANNELS: Record<string, Channel> = {
  email: 'email',
  'outbound email': 'email',
  portal: 'web',
  'feedback widget': 'web',
  phone: 'phone',
  chat: 'chat',
};

const HOSTS = ['https://*.freshdesk.com/a/*'];
const onHost = matchesAny(HOSTS);

function ticketId(url: URL): string | null {
  return (onHost(url) && /^\/a\/tickets\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1]) || null;
}

function authorOf(wrapper: Element): Author | null {
  // A private note is written by an agent too: check it first.
  if (wrapper.classList.contains('is-private-note')) return 'note';
  if (wrapper.classList.contains('is-agent')) return 'agent';
  if (wrapper.classList.contains('is-customer')) return 'customer';
  return null;
}

export const freshdesk: BuiltinAdapter<'freshdesk'> = {
  id: 'freshdesk',
  name: NAME,

  hosts: HOSTS,
  pages: { list: '/a/tickets', ticket: '/a/tickets/:ticketId' },

  matches: onHost,

  ticketId: (url) => ticketId(url),

  readTicket(url, doc, _related, bodyChars) {
    const id = ticketId(url);
    if (!id) return noTicketOpen(NAME);
    const shown = ticketNumber(lineText(doc.querySelector('[data-test-id="ticket-id"]')));
    if (shown && shown !== id) return stillLoading(NAME, id, shown);
    // Freshdesk's "no such ticket" pane (it keeps the address's number in its toolbar).
    if (doc.querySelector('[data-test-id="ticket-not-found"]')) return ticketNotFound(NAME, id);

    const subject = doc.querySelector('.ticket-subject-heading');
    const description = doc.querySelector('[data-test-id="ticket-description"]');
    const items: ThreadItem[] = [];
    if (description) {
      const at = timeIn(description.querySelector('time[datetime]'));
      items.push({ author: 'customer', text: messageText(description), ...(at ? { at } : {}) });
    }
    for (const wrapper of Array.from(doc.querySelectorAll('[data-test-id="conversation-wrapper"]'))) {
      const author = authorOf(wrapper);
      if (!author) continue; // who wrote it is not shown: never risk an agent's words in the body
      const textEl = wrapper.querySelector('[data-test-conversation="conversation-text"]');
      const at = timeIn(wrapper.querySelector('time[datetime]'));
      items.push({ author, text: messageText(textEl), ...(at ? { at } : {}) });
    }

    const channel = mapChannel(lineText(doc.querySelector('[data-test-id="ticket-source"]')), CHANNELS);
    const createdAt = timeIn(doc.querySelector('[data-test-id="ticket-created-at"] time[datetime]'));
    return assembleTicket({
      bodyChars,
      helpdesk: NAME,
      id,
      subject: subject ? lineText(subject) : null,
      // The description is the first message; without it the conversation cannot be read.
      items: description ? items : null,
      ...(channel ? { channel } : {}),
      ...(createdAt ? { createdAt } : {}),
      requester: {
        name: lineText(doc.querySelector('[data-test-id="requester-name"]')),
        email: lineText(doc.querySelector('[data-test-id="requester-email"]')),
      },
      // Tags are an Ember power-select: each option ends in its own remove control.
      tags: labelsIn(doc, '[data-test-id="ticket-tags"] .ember-power-select-multiple-option', '.ember-power-select-multiple-remove-btn'),
      organization: lineText(doc.querySelector('[data-test-id="requester-company"]')),
    });
  },

  findEditor(url, doc) {
    if (!ticketId(url)) return null;
    const editable = doc.querySelector('.fr-box .fr-element.fr-view[contenteditable="true"]');
    return editable ? { kind: 'froala', element: editable as HTMLElement } : null;
  },
  signedInAgent(doc) {
    // The account avatar in the header carries the agent's full name.
    return nameIn(doc.querySelector('[data-test-id="header-user-avatar"]'), 'title');
  },
};

// Zendesk Agent Workspace (https://<sub>.zendesk.com/agent/tickets/<id>). Several tickets stay
// mounted as tabs, so everything is read inside the workspace of the URL's ticket.

import type { Channel } from '../ticket.ts';
import { fieldText, messageText, labelsIn, lineText, nameAndEmail, timeIn, nameIn } from './dom.ts';
import { matchesAny } from './location.ts';
import { assembleTicket, mapChannel, noTicketOpen, ticketNotFound, unreadable, type ThreadItem } from './read.ts';
import type { BuiltinAdapter } from './types.ts';

const NAME = 'Zendesk';
const HOSTS = ['https://*.zendesk.com/agent/*'];
const onHost = matchesAny(HOSTS);

const CHANNELS: Record<string, Channel> = {
  email: 'email',
  mail: 'email',
  'web form': 'web',
  'web widget': 'web',
  'help center': 'web',
  'phone call': 'phone',
  phone: 'phone',
  voicemail: 'phone',
  messaging: 'chat',
  chat: 'chat',
};

function ticketId(url: URL): string | null {
  return (onHost(url) && /^\/agent\/tickets\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1]) || null;
}

function workspace(doc: Document, id: string): Element | null {
  // `id` is digits only (from the URL), so it is safe inside the selector.
  return (
    doc.querySelector(`[data-side-conversations-anchor-id="${id}"][data-test-id="ticket-workspace"]`) ??
    doc.querySelector(`[data-side-conversations-anchor-id="${id}"]`)
  );
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export const zendesk: BuiltinAdapter<'zendesk'> = {
  id: 'zendesk',
  name: NAME,
  hosts: HOSTS,
  pages: { list: '/agent/tickets', ticket: '/agent/tickets/:ticketId' },

  matches: onHost,

  ticketId: (url) => ticketId(url),

  readTicket(url, doc, _related, bodyChars) {
    const id = ticketId(url);
    if (!id) return noTicketOpen(NAME);
    const ws = workspace(doc, id);
    if (!ws) return unreadable(NAME, id, ['ticket']);
    // The tab of a ticket that does not exist (or the agent may not see) holds only Zendesk's notice.
    if (ws.querySelector('[data-test-id="ticket-not-found"]')) return ticketNotFound(NAME, id);

    const subjectEl =
      ws.querySelector('input[data-test-id="omni-header-subject"]') ?? ws.querySelector('input[aria-label="Subject"]');
    const requester = nameAndEmail(lineText(ws.querySelector('[data-test-id="ticket-system-field-requester-select"]')));

    const comments = Array.from(ws.querySelectorAll('article[data-test-id="omni-log-comment-item"]')).map((article) => ({
      author: lineText(article.querySelector('[data-test-id="omni-log-comment-user-link"]')),
      note: article.querySelector('[data-test-id="omni-log-internal-note-tag"]') !== null,
      textEl: article.querySelector('[data-test-id="omni-log-item-message"]'),
      at: timeIn(article.querySelector('time[datetime]')),
      channel: mapChannel(lineText(article.querySelector('[data-test-id="omni-log-item-via"]')), CHANNELS),
    }));
    // The customer's messages are the requester's; without a requester field, the author of the
    // first public comment is taken as the requester.
    const customerName = requester.name ?? comments.find((c) => !c.note)?.author;
    const items: ThreadItem[] = comments.map((c) => ({
      author: c.note ? 'note' : sameName(c.author, customerName) ? 'customer' : 'agent',
      text: messageText(c.textEl),
      ...(c.at ? { at: c.at } : {}),
      ...(c.channel ? { channel: c.channel } : {}),
    }));

    // The tags field holds the ticket's tags, including those Zendesk copies from the organisation.
    const tags = labelsIn(ws, '[data-test-id="ticket-fields-tags"] [data-garden-id="tags.tag"]');
    const organization = lineText(ws.querySelector('[data-test-id="ticket-system-field-organization-select"]'));
    return assembleTicket({
      bodyChars,
      helpdesk: NAME,
      id,
      subject: subjectEl ? fieldText(subjectEl) : null,
      items,
      requester,
      tags,
      organization,
    });
  },

  findEditor(url, doc) {
    const id = ticketId(url);
    const ws = id ? workspace(doc, id) : null;
    const editable = ws?.querySelector(
      '[data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable[contenteditable="true"]',
    );
    return editable ? { kind: 'ckeditor5', element: editable as HTMLElement } : null;
  },
  signedInAgent(doc) {
    // The account avatar in the header carries the agent's full name.
    return nameIn(doc.querySelector('[data-test-id="header-profile-avatar"]'), 'aria-label');
  },
};

// Help Scout (https://secure.helpscout.net/conversation/<id>/<number>). The ticket id is the
// conversation id from the URL; the number shown on the page tells whether it has caught up.
// Threads may be listed newest first: times put them in order.

import type { Channel } from '../ticket.ts';
import { labelsIn, messageText, lineText, ticketNumber, timeIn, nameIn } from './dom.ts';
import { matchesAny } from './location.ts';
import { assembleTicket, mapChannel, noTicketOpen, stillLoading, ticketNotFound, type Author, type ThreadItem } from './read.ts';
import type { BuiltinAdapter } from './types.ts';

const NAME = 'Help Scout';

const CHANNELS: Record<string, Channel> = {
  email: 'email',
  beacon: 'chat',
  chat: 'chat',
  phone: 'phone',
  'web form': 'web',
};

const THREAD_TYPES = new Map<string, Author>([
  ['customer', 'customer'],
  ['message', 'agent'],
  ['note', 'note'],
]);

const HOSTS = ['https://secure.helpscout.net/*'];
const onHost = matchesAny(HOSTS);

function conversation(url: URL): { id: string; number?: string } | null {
  const m = onHost(url) ? /^\/conversation\/(\d+)(?:\/(\d+))?(?:\/|$)/.exec(url.pathname) : null;
  return m ? { id: m[1]!, ...(m[2] ? { number: m[2] } : {}) } : null;
}

export const helpscout: BuiltinAdapter<'helpscout'> = {
  id: 'helpscout',
  name: NAME,

  hosts: HOSTS,
  pages: { list: '/mailbox', ticket: '/conversation/:ticketId/:number' },

  matches: onHost,

  ticketId: (url) => conversation(url)?.id ?? null,

  readTicket(url, doc, _related, bodyChars) {
    const convo = conversation(url);
    if (!convo) return noTicketOpen(NAME);
    const shown = ticketNumber(lineText(doc.querySelector('[data-testid="ConversationNumber"]')));
    if (convo.number && shown && shown !== convo.number) return stillLoading(NAME, convo.id, shown);
    if (doc.querySelector('[data-testid="ConversationNotFound"]')) return ticketNotFound(NAME, convo.id);

    const subject = doc.querySelector('[data-testid="ConversationSubject"]');
    const container = doc.querySelector('[data-testid="ThreadContainer"]');
    const items: ThreadItem[] = [];
    for (const thread of Array.from(doc.querySelectorAll('[data-testid="ThreadContainer"] li > div[id^="thread-"]'))) {
      const author = THREAD_TYPES.get(thread.getAttribute('data-thread-type') ?? '');
      if (!author) continue; // line items (status changes, assignments) are not messages
      const textEl = thread.querySelector('[data-testid="ThreadBody"]');
      const at = timeIn(thread.querySelector('time[datetime]'));
      const channel = mapChannel(lineText(thread.querySelector('[data-testid="ThreadSource"]')), CHANNELS);
      items.push({
        author,
        text: messageText(textEl),
        ...(at ? { at } : {}),
        ...(channel ? { channel } : {}),
      });
    }

    return assembleTicket({
      bodyChars,
      helpdesk: NAME,
      id: convo.id,
      subject: subject ? lineText(subject) : null,
      items: container ? items : null,
      requester: {
        name: lineText(doc.querySelector('[data-testid="CustomerName"]')),
        email: lineText(doc.querySelector('[data-testid="CustomerEmail"]')),
      },
      // The conversation's tags and the values of the customer's properties (where a team keeps
      // a support plan).
      tags: labelsIn(doc, '[data-testid="ConversationTags"] [data-testid="Tag"], [data-testid="CustomerProperties"] [data-testid="PropertyValue"]'),
      organization: lineText(doc.querySelector('[data-testid="CustomerOrganization"]')),
    });
  },

  findEditor(url, doc) {
    if (!conversation(url)) return null;
    const editable = doc.querySelector('[data-cy="ConvoEditor"] [role="textbox"][aria-label="Reply Editor"]');
    return editable ? { kind: 'slate', element: editable as HTMLElement } : null;
  },
  signedInAgent(doc) {
    // The account avatar in the header carries the agent's full name.
    return nameIn(doc.querySelector('[data-cy="CurrentUserAvatar"]'), 'title');
  },
};

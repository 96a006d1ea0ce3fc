// Help Scout: the conversation view with its thread list, and the real Slate editor (slate-react
// with slate-history) as the reply editor. Slate keeps its own model: a direct change to its DOM
// is ignored; text gets in through `beforeinput` (insertText) or a `paste` event.
import { useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant, type Editor } from 'slate';
import { Editable, Slate, withReact, type RenderElementProps } from 'slate-react';
import { withHistory } from 'slate-history';
import './styles.css';
import type { Channel } from '../../../lib/ticket.ts';
import type { DemoTicket } from '../../tickets.ts';
import { listPath, ticketPath } from '../../routes.ts';
import { findTicket, installHooks, linkClick, useRoute, useTickets } from '../shared/store.ts';
import { formatAgo, formatWhen, initials, isHebrew, SIGNED_IN_AGENT, threadOf } from '../shared/thread.ts';

const SOURCE: Record<Channel, string> = {
  email: 'via Email',
  web: 'via Beacon',
  phone: 'via Phone',
  chat: 'via Chat',
  unknown: 'via API',
};

/** The editor on screen. */
let activeEditor: Editor | null = null;

const EMPTY: Descendant[] = [{ children: [{ text: '' }] }];

/** A paragraph element's own direction (a property of the element in Slate's model). */
function directionOf(node: Descendant): string | null {
  const dir = (node as { dir?: unknown }).dir;
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/** Paragraphs render with their own direction, as a rich-text editor shows them. */
function renderElement({ attributes, children, element }: RenderElementProps) {
  return (
    <p {...attributes} dir={directionOf(element) ?? undefined}>
      {children}
    </p>
  );
}

function ReplyEditor({ rtl }: { rtl: boolean }) {
  const [editor] = useState(() => withHistory(withReact(createEditor())));
  useLayoutEffect(() => {
    activeEditor = editor;
    return () => {
      if (activeEditor === editor) activeEditor = null;
    };
  }, [editor]);
  return (
    <div data-cy="ConvoEditor" className="hs-editor">
      <Slate editor={editor} initialValue={EMPTY}>
        <Editable
          aria-label="Reply Editor"
          placeholder="Reply…"
          className="hs-editable"
          renderElement={renderElement}
          dir={rtl ? 'rtl' : 'ltr'}
          style={{ minHeight: 100 }}
        />
      </Slate>
    </div>
  );
}

function Conversation({ ticket, id, number }: { ticket: DemoTicket | undefined; id: string; number: string }) {
  if (!ticket) {
    return (
      <section className="hs-convo">
        <p data-testid="ConversationNotFound" className="hs-missing">
          Conversation #{number} could not be found.
        </p>
      </section>
    );
  }
  const rtl = isHebrew(ticket);
  return (
    <div className="hs-layout">
      <section className="hs-convo">
        <div className="hs-convo-toolbar">
          <button type="button" className="hs-tool">↩ Reply</button>
          <button type="button" className="hs-tool">✎ Note</button>
          <button type="button" className="hs-tool">Assign</button>
          <span className="hs-spacer" />
          <span className="hs-status">Active</span>
        </div>
        <header className="hs-convo-header">
          <h1 data-testid="ConversationSubject" dir="auto">
            {ticket.subject}
          </h1>
          <span data-testid="ConversationNumber" className="hs-number">
            #{number}
          </span>
          <ul data-testid="ConversationTags" className="hs-tags">
            {(ticket.tags ?? []).map((tag) => (
              <li key={tag} data-testid="Tag" className="hs-tag" dir="auto">
                {tag}
              </li>
            ))}
          </ul>
        </header>
        <ul data-testid="ThreadContainer" className="hs-threads">
          {threadOf(ticket).map((entry, i) => (
            <li key={entry.key}>
              <div
                id={`thread-${id}-${i + 1}`}
                data-thread-type={entry.kind === 'customer' ? 'customer' : entry.kind === 'agent' ? 'message' : 'note'}
                className={`hs-thread hs-thread-${entry.kind}`}
              >
                <div className="hs-avatar" aria-hidden="true">
                  {initials(entry.author)}
                </div>
                <div className="hs-thread-main">
                  <div className="hs-thread-head">
                    <strong>{entry.author}</strong>
                    {entry.kind === 'note' && <span className="hs-note-label">added a note</span>}
                    {entry.kind === 'agent' && <span className="hs-muted">replied</span>}
                    <span data-testid="ThreadSource" className="hs-muted">
                      {SOURCE[entry.channel]}
                    </span>
                    <time dateTime={entry.at} className="hs-muted">
                      {formatWhen(entry.at)}
                    </time>
                  </div>
                  <div data-testid="ThreadBody" className="hs-thread-body" dir="auto">
                    {entry.text}
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
        <div className="hs-reply">
          <div className="hs-reply-head">
            Reply to <span dir="auto">{ticket.requester.name}</span>
          </div>
          <ReplyEditor key={ticket.id} rtl={rtl} />
          <div className="hs-reply-foot">
            <button type="button" className="hs-send">Send</button>
          </div>
        </div>
      </section>
      <aside className="hs-customer" aria-label="Customer">
        <div className="hs-avatar hs-avatar-big" aria-hidden="true">
          {initials(ticket.requester.name)}
        </div>
        <div data-testid="CustomerName" className="hs-customer-name" dir="auto">
          {ticket.requester.name}
        </div>
        <div data-testid="CustomerEmail" className="hs-customer-email">
          {ticket.requester.email}
        </div>
        {ticket.organization && (
          <div data-testid="CustomerOrganization" className="hs-customer-org" dir="auto">
            {ticket.organization}
          </div>
        )}
        <div className="hs-customer-section">
          <div className="hs-muted">Started</div>
          <time dateTime={ticket.createdAt}>{formatAgo(ticket.createdAt)}</time>
        </div>
        <div className="hs-customer-section">
          <div className="hs-muted">Previous conversations</div>
          <div>None</div>
        </div>
      </aside>
    </div>
  );
}

function Mailbox({ tickets }: { tickets: readonly DemoTicket[] }) {
  return (
    <section className="hs-mailbox">
      <h1>Unassigned</h1>
      <table>
        <thead>
          <tr>
            <th>Customer</th>
            <th>Conversation</th>
            <th>Number</th>
            <th>Waiting since</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((t) => (
            <tr key={t.id}>
              <td dir="auto">{t.requester.name}</td>
              <td>
                <a href={ticketPath('helpscout', t.id)} onClick={linkClick(ticketPath('helpscout', t.id))} dir="auto">
                  {t.subject || '(no subject)'}
                </a>{' '}
                <span className="hs-muted" dir="auto">
                  {t.body.slice(0, 70)}
                </span>
              </td>
              <td>#{t.id}</td>
              <td>
                <time dateTime={t.createdAt}>{formatAgo(t.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function App() {
  const route = useRoute();
  const tickets = useTickets();
  const ticket = route?.view === 'ticket' ? route : null;
  return (
    <div className="hs-app">
      <header className="hs-topnav">
        <span className="hs-logo">Help Scout</span>
        <a href={listPath('helpscout')} onClick={linkClick(listPath('helpscout'))} className="hs-topnav-on">
          Inbox
        </a>
        <span>Docs</span>
        <span>Customers</span>
        <span>Reports</span>
        <span className="hs-spacer" />
        <span className="hs-me" data-cy="CurrentUserAvatar" title={SIGNED_IN_AGENT}>
          {initials(SIGNED_IN_AGENT)}
        </span>
      </header>
      <div className="hs-body">
        <nav className="hs-folders" aria-label="Folders">
          <div className="hs-mailbox-name">Support</div>
          <a href={listPath('helpscout')} onClick={linkClick(listPath('helpscout'))} className="hs-folder hs-folder-on">
            Unassigned <span>{tickets.length}</span>
          </a>
          <span className="hs-folder">Mine</span>
          <span className="hs-folder">Assigned</span>
          <span className="hs-folder">Drafts</span>
          <span className="hs-folder">Closed</span>
        </nav>
        {ticket ? (
          <Conversation id={ticket.ticketId} number={ticket.number ?? ticket.ticketId} ticket={findTicket(tickets, ticket.ticketId)} />
        ) : (
          <Mailbox tickets={tickets} />
        )}
      </div>
    </div>
  );
}

installHooks({
  flavour: 'helpscout',
  pathFor: (id) => ticketPath('helpscout', id),
  replyText: () => (activeEditor ? activeEditor.children.map((n) => Node.string(n)).join('\n') : ''),
  replyBlocks: () => (activeEditor ? activeEditor.children.map((n) => ({ text: Node.string(n), dir: directionOf(n) })) : []),
});

createRoot(document.getElementById('root')!).render(<App />);

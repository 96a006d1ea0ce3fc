// Freshdesk: the ticket pane is re-rendered from scratch on every switch, and the reply editor
// behaves like Froala: its model (the HTML it sends) is synced from the DOM only on `input` and
// `keyup`, so a change made without an input event is not sent.
import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import type { Channel } from '../../../lib/ticket.ts';
import type { DemoTicket } from '../../tickets.ts';
import { listPath, ticketPath } from '../../routes.ts';
import { editableBlocks, editableText } from '../shared/editable-text.ts';
import { findTicket, installHooks, linkClick, useRoute, useSwitchCount, useTickets } from '../shared/store.ts';
import { formatAgo, formatWhen, initials, isHebrew, SIGNED_IN_AGENT, threadOf } from '../shared/thread.ts';

const SOURCE: Record<Channel, string> = { email: 'Email', web: 'Portal', phone: 'Phone', chat: 'Chat', unknown: 'Other' };

interface FroalaModel {
  html: string;
  text: string;
}

/** The model of the editor on screen. */
let activeModel: FroalaModel | null = null;

function FroalaEditor({ rtl }: { rtl: boolean }) {
  const element = useRef<HTMLDivElement>(null);
  const [empty, setEmpty] = useState(true);
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    const model: FroalaModel = { html: '', text: '' };
    activeModel = model;
    const sync = () => {
      model.html = el.innerHTML;
      model.text = editableText(el);
      setEmpty(model.text === '');
    };
    el.addEventListener('input', sync);
    el.addEventListener('keyup', sync);
    return () => {
      el.removeEventListener('input', sync);
      el.removeEventListener('keyup', sync);
      if (activeModel === model) activeModel = null;
    };
  }, []);

  function command(name: 'bold' | 'italic' | 'underline') {
    return (e: MouseEvent) => {
      e.preventDefault();
      document.execCommand(name);
    };
  }

  return (
    <div className={`fr-box fr-basic fr-top${empty ? ' show-placeholder' : ''}`} role="application">
      <div className="fr-toolbar fr-top" role="toolbar">
        <button type="button" className="fr-command fr-btn" title="Bold" onMouseDown={command('bold')}>
          <b>B</b>
        </button>
        <button type="button" className="fr-command fr-btn" title="Italic" onMouseDown={command('italic')}>
          <i>I</i>
        </button>
        <button type="button" className="fr-command fr-btn" title="Underline" onMouseDown={command('underline')}>
          <u>U</u>
        </button>
      </div>
      <div className="fr-wrapper" dir={rtl ? 'rtl' : 'ltr'}>
        <span className="fr-placeholder">Reply to the customer…</span>
        <div ref={element} className="fr-element fr-view" contentEditable suppressContentEditableWarning aria-label="Reply" role="textbox" aria-multiline="true" />
      </div>
    </div>
  );
}

function TicketPane({ ticket, id }: { ticket: DemoTicket | undefined; id: string }) {
  if (!ticket) {
    return (
      <div className="fd-pane">
        <div className="fd-toolbar">
          <span data-test-id="ticket-id" className="fd-id">
            #{id}
          </span>
        </div>
        <p data-test-id="ticket-not-found" className="fd-missing">
          The ticket you are looking for does not exist.
        </p>
      </div>
    );
  }
  const [first, ...later] = threadOf(ticket);
  const rtl = isHebrew(ticket);
  return (
    <div className="fd-pane">
      <div className="fd-toolbar">
        <span data-test-id="ticket-id" className="fd-id">
          #{ticket.id}
        </span>
        <button type="button" className="fd-btn">Reply</button>
        <button type="button" className="fd-btn">Add note</button>
        <button type="button" className="fd-btn">Forward</button>
        <span className="fd-spacer" />
        <button type="button" className="fd-btn">Close</button>
      </div>
      <div className="fd-split">
        <section className="fd-ticket">
          <h2 className="ticket-subject-heading" dir="auto">
            {ticket.subject}
          </h2>
          {first && (
            <div className="fd-description">
              <div className="fd-avatar" aria-hidden="true">
                {initials(first.author)}
              </div>
              <div className="fd-message">
                <div className="fd-message-head">
                  <span className="fd-sender">{first.author}</span> reported via {SOURCE[ticket.channel].toLowerCase()}{' '}
                  <time dateTime={first.at}>{formatAgo(first.at)}</time>
                </div>
                <div data-test-id="ticket-description" className="fd-text" dir="auto">
                  {first.text}
                </div>
              </div>
            </div>
          )}
          {later.map((entry) => (
            <div
              key={entry.key}
              data-test-id="conversation-wrapper"
              className={`fd-conversation ${entry.kind === 'customer' ? 'is-customer' : entry.kind === 'agent' ? 'is-agent' : 'is-private-note'}`}
            >
              <div className="fd-avatar" aria-hidden="true">
                {initials(entry.author)}
              </div>
              <div className="fd-message">
                <div className="fd-message-head">
                  <span className="sender-info">{entry.author}</span>{' '}
                  {entry.kind === 'note' ? 'added a private note' : 'replied'}{' '}
                  <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
                </div>
                <div data-test-conversation="conversation-text" className="fd-text" dir="auto">
                  {entry.text}
                </div>
              </div>
            </div>
          ))}
          <div className="fd-reply">
            <div className="fd-reply-head">
              To: <span dir="auto">{ticket.requester.name}</span> &lt;{ticket.requester.email}&gt;
            </div>
            <FroalaEditor rtl={rtl} />
            <div className="fd-reply-foot">
              <button type="button" className="fd-btn fd-primary">Send</button>
            </div>
          </div>
        </section>
        <aside className="fd-side" aria-label="Ticket details">
          <div className="fd-card">
            <h3>Contact details</h3>
            <div className="fd-contact">
              <div className="fd-avatar" aria-hidden="true">
                {initials(ticket.requester.name)}
              </div>
              <div>
                <div data-test-id="requester-name" className="fd-contact-name" dir="auto">
                  {ticket.requester.name}
                </div>
                <div data-test-id="requester-email" className="fd-contact-email">
                  {ticket.requester.email}
                </div>
                {ticket.organization && (
                  <div data-test-id="requester-company" className="fd-contact-company" dir="auto">
                    {ticket.organization}
                  </div>
                )}
              </div>
            </div>
          </div>
          <div className="fd-card">
            <h3>Properties</h3>
            <dl>
              <dt>Created</dt>
              <dd data-test-id="ticket-created-at">
                <time dateTime={ticket.createdAt}>{formatWhen(ticket.createdAt)}</time>
              </dd>
              <dt>Source</dt>
              <dd data-test-id="ticket-source">{SOURCE[ticket.channel]}</dd>
              <dt>Status</dt>
              <dd>Open</dd>
              <dt>Priority</dt>
              <dd>Low</dd>
              <dt>Group</dt>
              <dd>Technical support</dd>
              <dt>Agent</dt>
              <dd>Noa Barak</dd>
              <dt>Tags</dt>
              <dd data-test-id="ticket-tags">
                <ul className="ember-power-select-multiple-options">
                  {(ticket.tags ?? []).map((tag) => (
                    <li key={tag} className="ember-power-select-multiple-option" dir="auto">
                      <span className="ember-power-select-multiple-remove-btn" aria-label={`Remove ${tag}`}>
                        ×
                      </span>
                      {tag}
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
          </div>
        </aside>
      </div>
    </div>
  );
}

function List({ tickets }: { tickets: readonly DemoTicket[] }) {
  return (
    <div className="fd-list">
      <div className="fd-list-head">
        <h1>All tickets</h1>
        <span>{tickets.length}</span>
      </div>
      {tickets.map((t) => (
        <div key={t.id} className="fd-list-card">
          <div className="fd-avatar" aria-hidden="true">
            {initials(t.requester.name)}
          </div>
          <div className="fd-list-main">
            <a href={ticketPath('freshdesk', t.id)} onClick={linkClick(ticketPath('freshdesk', t.id))} dir="auto">
              {t.subject || '(no subject)'} <span className="fd-muted">#{t.id}</span>
            </a>
            <div className="fd-muted">
              <span dir="auto">{t.requester.name}</span> · Created {formatAgo(t.createdAt)} · {SOURCE[t.channel]}
            </div>
          </div>
          <span className="fd-status">Open</span>
        </div>
      ))}
    </div>
  );
}

function App() {
  const route = useRoute();
  const switches = useSwitchCount();
  const tickets = useTickets();
  const id = route?.view === 'ticket' ? route.ticketId : null;
  return (
    <div className="fd-app">
      <nav className="fd-nav" aria-label="Main">
        <div className="fd-logo">fd</div>
        <a href={listPath('freshdesk')} onClick={linkClick(listPath('freshdesk'))} className="fd-nav-item fd-nav-on" title="Tickets">
          ✉
        </a>
        <span className="fd-nav-item" title="Contacts">☺</span>
        <span className="fd-nav-item" title="Solutions">✎</span>
        <span className="fd-nav-item" title="Analytics">▥</span>
      </nav>
      <div className="fd-main">
        <header className="fd-header">
          <span className="fd-crumb">
            <a href={listPath('freshdesk')} onClick={linkClick(listPath('freshdesk'))}>
              Tickets
            </a>
            {id !== null && <> › #{id}</>}
          </span>
          <span className="fd-header-right">
            <span className="fd-new">+ New</span>
            <span className="fd-me" data-test-id="header-user-avatar" title={SIGNED_IN_AGENT}>
              {initials(SIGNED_IN_AGENT)}
            </span>
          </span>
        </header>
        {id === null ? <List tickets={tickets} /> : <TicketPane key={switches} id={id} ticket={findTicket(tickets, id)} />}
      </div>
    </div>
  );
}

installHooks({
  flavour: 'freshdesk',
  pathFor: (id) => ticketPath('freshdesk', id),
  replyText: () => activeModel?.text ?? '',
  // Freshdesk sends the model's HTML: its paragraphs are what the customer gets.
  replyBlocks() {
    const html = document.createElement('template');
    html.innerHTML = activeModel?.html ?? '';
    return editableBlocks(html.content);
  },
});

createRoot(document.getElementById('root')!).render(<App />);

// Zendesk Agent Workspace: ticket tabs that stay mounted (only the URL's one visible), the
// omnichannel log, and the real CKEditor 5 as the composer, one editor per open tab.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bold, ClassicEditor, Essentials, GeneralHtmlSupport, Italic, Paragraph, Undo, type ModelNode } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import './styles.css';
import type { Channel } from '../../../lib/ticket.ts';
import type { DemoTicket } from '../../tickets.ts';
import { listPath, ticketPath } from '../../routes.ts';
import { findTicket, installHooks, linkClick, navigate, useRoute, useTickets, type ReplyBlock } from '../shared/store.ts';
import { formatAgo, formatWhen, initials, isHebrew, SIGNED_IN_AGENT, threadOf } from '../shared/thread.ts';

const VIA: Record<Channel, string> = {
  email: 'via email',
  web: 'via web form',
  phone: 'via phone call',
  chat: 'via chat',
  unknown: 'via API',
};

/** At most this many tickets stay open as tabs, as in Zendesk. */
const MAX_TABS = 8;

// One CKEditor per open workspace, by ticket id.
const editors = new Map<string, ClassicEditor>();

/** One block of the model as text (a soft break is a "\n"). */
function blockText(block: ModelNode): string {
  let line = '';
  if (block.is('element')) {
    for (const node of block.getChildren()) {
      if (node.is('$text')) line += node.data;
      else if (node.is('element', 'softBreak')) line += '\n';
    }
  }
  return line;
}

/** The editor's model as plain text: paragraphs joined by "\n". */
export function modelText(editor: ClassicEditor): string {
  const root = editor.model.document.getRoot();
  return root ? Array.from(root.getChildren(), blockText).join('\n') : '';
}

/** Each paragraph of the editor's model with its `dir` (General HTML Support's `htmlPAttributes`). */
export function modelBlocks(editor: ClassicEditor): ReplyBlock[] {
  const root = editor.model.document.getRoot();
  if (!root) return [];
  return Array.from(root.getChildren(), (block) => {
    const html = block.getAttribute('htmlPAttributes') as { attributes?: { dir?: string } } | undefined;
    return { text: blockText(block), dir: html?.attributes?.dir ?? null };
  });
}

function currentTicketId(): string | null {
  const m = /^\/zendesk\/agent\/tickets\/([^/]+)\/?$/.exec(window.location.pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

function Composer({ ticketId, rtl }: { ticketId: string; rtl: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const source = document.createElement('div');
    container.append(source);
    let editor: ClassicEditor | null = null;
    let gone = false;
    ClassicEditor.create(source, {
      licenseKey: 'GPL',
      // General HTML Support keeps a paragraph's `dir` in the model (`htmlPAttributes`), so a
      // right-to-left paragraph stays one in what is sent (getData()).
      plugins: [Essentials, Paragraph, Bold, Italic, Undo, GeneralHtmlSupport],
      htmlSupport: { allow: [{ name: 'p', attributes: { dir: /^(rtl|ltr)$/ } }] },
      toolbar: ['undo', 'redo', '|', 'bold', 'italic'],
      placeholder: rtl ? 'כתבו תשובה פומבית…' : 'Add a public reply…',
      language: { content: rtl ? 'he' : 'en' },
    }).then(
      (created) => {
        if (gone) {
          void created.destroy().finally(() => source.remove());
          return;
        }
        editor = created;
        editors.set(ticketId, created);
      },
      (err: unknown) => console.error('The demo could not start CKEditor:', err),
    );
    return () => {
      gone = true;
      if (editor && editors.get(ticketId) === editor) editors.delete(ticketId);
      void editor?.destroy().finally(() => source.remove());
    };
  }, [ticketId, rtl]);
  return <div ref={host} className="zd-ck-host" />;
}

function Workspace({ id, ticket, hidden }: { id: string; ticket: DemoTicket | undefined; hidden: boolean }) {
  if (!ticket) {
    return (
      <div data-side-conversations-anchor-id={id} data-test-id="ticket-workspace" className="zd-workspace" hidden={hidden}>
        <div data-test-id="ticket-not-found" className="zd-missing">
          Ticket #{id} does not exist or you do not have access to it.
        </div>
      </div>
    );
  }
  const rtl = isHebrew(ticket);
  const requester = `${ticket.requester.name} <${ticket.requester.email}>`;
  return (
    <div data-side-conversations-anchor-id={id} data-test-id="ticket-workspace" className="zd-workspace" hidden={hidden}>
      <aside className="zd-props" aria-label="Ticket properties">
        <label className="zd-field">
          <span className="zd-label">Requester</span>
          <div data-test-id="ticket-system-field-requester-select" className="zd-select" role="combobox" aria-expanded="false">
            {requester}
          </div>
        </label>
        <label className="zd-field">
          <span className="zd-label">Assignee</span>
          <div className="zd-select">Support / Noa Barak</div>
        </label>
        <label className="zd-field">
          <span className="zd-label">Followers</span>
          <div className="zd-select zd-muted">Add followers</div>
        </label>
        {ticket.organization && (
          <label className="zd-field">
            <span className="zd-label">Organization</span>
            <div data-test-id="ticket-system-field-organization-select" className="zd-select" dir="auto">
              {ticket.organization}
            </div>
          </label>
        )}
        <label className="zd-field">
          <span className="zd-label">Tags</span>
          <div data-test-id="ticket-fields-tags" className="zd-select">
            {(ticket.tags ?? []).map((tag) => (
              <span key={tag} data-garden-id="tags.tag" className="zd-tag" dir="auto">
                {tag}
                <button type="button" className="zd-tag-remove" aria-label={`Remove ${tag}`}>
                  ×
                </button>
              </span>
            ))}
          </div>
        </label>
        <div className="zd-row">
          <label className="zd-field">
            <span className="zd-label">Type</span>
            <div className="zd-select">Incident</div>
          </label>
          <label className="zd-field">
            <span className="zd-label">Priority</span>
            <div className="zd-select">Normal</div>
          </label>
        </div>
      </aside>
      <section className="zd-conversation">
        <header className="zd-omni-header">
          <input
            key={ticket.subject}
            data-test-id="omni-header-subject"
            aria-label="Subject"
            className="zd-subject"
            defaultValue={ticket.subject}
            dir="auto"
          />
          <div className="zd-header-meta">
            <span className="zd-status">Open</span> <span>#{ticket.id}</span>
          </div>
        </header>
        <div className="zd-log" role="log">
          {threadOf(ticket).map((entry) => (
            <article
              key={entry.key}
              data-test-id="omni-log-comment-item"
              className={`zd-comment zd-comment-${entry.kind}`}
            >
              <div className="zd-avatar" aria-hidden="true">
                {initials(entry.author)}
              </div>
              <div className="zd-comment-body">
                <div className="zd-comment-head">
                  <a data-test-id="omni-log-comment-user-link" href="#" onClick={(e) => e.preventDefault()} className="zd-author">
                    {entry.author}
                  </a>
                  {entry.kind === 'note' && (
                    <span data-test-id="omni-log-internal-note-tag" className="zd-note-tag">
                      Internal note
                    </span>
                  )}
                  <time dateTime={entry.at} title={formatWhen(entry.at)}>
                    {formatWhen(entry.at)}
                  </time>
                  <span data-test-id="omni-log-item-via" className="zd-via">
                    {VIA[entry.channel]}
                  </span>
                </div>
                <div data-test-id="omni-log-item-message" className="zd-message" dir="auto">
                  {entry.text}
                </div>
              </div>
            </article>
          ))}
        </div>
        <div className="zd-composer">
          <div className="zd-composer-channel">
            <button type="button" className="zd-pill zd-pill-on">Public reply</button>
            <button type="button" className="zd-pill">Internal note</button>
            <span className="zd-muted">To: {ticket.requester.name}</span>
          </div>
          <div data-test-id="omnicomposer-rich-text-ckeditor" className="zd-ckeditor" dir={rtl ? 'rtl' : 'ltr'}>
            <Composer ticketId={ticket.id} rtl={rtl} />
          </div>
          <footer className="zd-composer-footer">
            <button type="button" className="zd-button">Apply macro</button>
            <span className="zd-spacer" />
            <button type="button" className="zd-button zd-button-primary">Submit as Open</button>
          </footer>
        </div>
      </section>
    </div>
  );
}

function TicketList({ tickets }: { tickets: readonly DemoTicket[] }) {
  return (
    <div className="zd-views">
      <nav className="zd-views-nav" aria-label="Views">
        <h2>Views</h2>
        <a className="zd-view zd-view-on" href={listPath('zendesk')}>
          Your unsolved tickets <span>{tickets.length}</span>
        </a>
        <a className="zd-view" href={listPath('zendesk')}>Unassigned tickets</a>
        <a className="zd-view" href={listPath('zendesk')}>All unsolved tickets</a>
        <a className="zd-view" href={listPath('zendesk')}>Recently updated tickets</a>
      </nav>
      <div className="zd-view-table">
        <h1>Your unsolved tickets</h1>
        <table>
          <thead>
            <tr>
              <th>ID</th>
              <th>Subject</th>
              <th>Requester</th>
              <th>Requested</th>
              <th>Channel</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((t) => (
              <tr key={t.id} data-ticket-id={t.id}>
                <td>#{t.id}</td>
                <td dir="auto">
                  <a href={ticketPath('zendesk', t.id)} onClick={linkClick(ticketPath('zendesk', t.id))}>
                    {t.subject || <span className="zd-muted">(no subject)</span>}
                  </a>
                </td>
                <td dir="auto">{t.requester.name}</td>
                <td>
                  <time dateTime={t.createdAt}>{formatAgo(t.createdAt)}</time>
                </td>
                <td>{VIA[t.channel].replace('via ', '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function App() {
  const route = useRoute();
  const tickets = useTickets();
  const [tabs, setTabs] = useState<string[]>([]);
  const current = route?.view === 'ticket' ? route.ticketId : null;
  if (current && !tabs.includes(current)) setTabs([...tabs, current].slice(-MAX_TABS));
  const shown = current && !tabs.includes(current) ? [...tabs, current].slice(-MAX_TABS) : tabs;

  function closeTab(id: string) {
    setTabs((open) => open.filter((t) => t !== id));
    if (id === current) navigate(listPath('zendesk'));
  }

  return (
    <div className="zd-app">
      <nav className="zd-rail" aria-label="Product tray">
        <div className="zd-logo" aria-label="Zendesk">Z</div>
        <a className="zd-rail-item" href={listPath('zendesk')} onClick={linkClick(listPath('zendesk'))} title="Views">
          ▤
        </a>
        <span className="zd-rail-item" title="Customers">☺</span>
        <span className="zd-rail-item" title="Reporting">▥</span>
        <span className="zd-rail-item" title="Admin">⚙</span>
      </nav>
      <div className="zd-main">
        <header className="zd-topbar">
          <div className="zd-tabs" role="tablist">
            {shown.map((id) => {
              const t = findTicket(tickets, id);
              return (
                <div key={id} className={`zd-tab${id === current ? ' zd-tab-on' : ''}`} role="tab" aria-selected={id === current}>
                  <a href={ticketPath('zendesk', id)} onClick={linkClick(ticketPath('zendesk', id))} dir="auto">
                    {t?.subject || `#${id}`}
                  </a>
                  <button type="button" aria-label="Close tab" onClick={() => closeTab(id)}>
                    ×
                  </button>
                </div>
              );
            })}
            <span className="zd-add">+ Add</span>
          </div>
          <div className="zd-top-right">
            <span className="zd-search">Search</span>
            <span className="zd-me" data-test-id="header-profile-avatar" role="img" aria-label={SIGNED_IN_AGENT}>
              {initials(SIGNED_IN_AGENT)}
            </span>
          </div>
        </header>
        <main className="zd-content">
          {route?.view !== 'ticket' && <TicketList tickets={tickets} />}
          {shown.map((id) => (
            <Workspace key={id} id={id} ticket={findTicket(tickets, id)} hidden={id !== current} />
          ))}
        </main>
      </div>
    </div>
  );
}

installHooks({
  flavour: 'zendesk',
  pathFor: (id) => ticketPath('zendesk', id),
  replyText() {
    const editor = currentEditor();
    return editor ? modelText(editor) : '';
  },
  replyBlocks() {
    const editor = currentEditor();
    return editor ? modelBlocks(editor) : [];
  },
});

function currentEditor(): ClassicEditor | undefined {
  const id = currentTicketId();
  return id === null ? undefined : editors.get(id);
}

createRoot(document.getElementById('root')!).render(<App />);

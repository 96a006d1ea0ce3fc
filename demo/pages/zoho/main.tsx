// Zoho Desk: hashed CSS-module class names (`zd_<hash>-<module>-<name>`, the hash set at build
// time), a detail view whose "next ticket" arrows re-render without touching the URL, and the
// reply editor in a same-origin iframe (`iframe.KB_Editor_iframe`) whose body is editable.
import { useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import type { Channel } from '../../../lib/ticket.ts';
import type { DemoTicket } from '../../tickets.ts';
import { listPath, ticketPath } from '../../routes.ts';
import { editableBlocks, editableText } from '../shared/editable-text.ts';
import { findTicket, installHooks, linkClick, useRoute, useSwitchCount, useTickets } from '../shared/store.ts';
import { formatAgo, formatWhen, initials, isHebrew, SIGNED_IN_AGENT, threadOf, type ThreadKind } from '../shared/thread.ts';

declare const __DEMO_ZOHO_HASH__: string;
const HASH = typeof __DEMO_ZOHO_HASH__ === 'string' ? __DEMO_ZOHO_HASH__ : 'dev';

/** The hashed class names of one CSS module: `cx('ticketdetail', 'header')`. */
function cx(module: string, ...names: string[]): string {
  return names.map((n) => `zd_${HASH}-${module}-${n}`).join(' ');
}

const CHANNEL: Record<Channel, string> = { email: 'Email', web: 'Web', phone: 'Phone', chat: 'Chat', unknown: 'Others' };
const DIRECTION: Record<ThreadKind, string> = { customer: 'incoming', agent: 'outgoing', note: 'privateNote' };

const EDITOR_DOCUMENT = `<!doctype html><html><head><meta charset="utf-8"><style>
html { height: 100%; }
body { margin: 0; padding: 10px 12px; min-height: calc(100% - 20px); font: 14px/1.5 "Lato", Arial, sans-serif; color: #1d2533; outline: none; }
p, div { margin: 0; }
</style></head><body contenteditable="true" spellcheck="true" data-kb-editor="1"></body></html>`;

/** Zoho's editor writes its own document into the iframe when it loads. */
function writeEditorDocument(frame: HTMLIFrameElement, rtl: boolean) {
  const doc = frame.contentDocument;
  if (!doc || doc.body?.hasAttribute('data-kb-editor')) return;
  doc.open();
  doc.write(EDITOR_DOCUMENT);
  doc.close();
  doc.body.dir = rtl ? 'rtl' : 'ltr';
}

function ReplyEditor({ rtl }: { rtl: boolean }) {
  const frame = useRef<HTMLIFrameElement>(null);
  useLayoutEffect(() => {
    if (frame.current) writeEditorDocument(frame.current, rtl);
  }, [rtl]);
  return (
    <div className={cx('replyeditor', 'container')}>
      <div className={cx('replyeditor', 'toolbar')}>
        <span className={cx('replyeditor', 'from')}>From: support@demo.zohodesk.com</span>
        <span className={cx('replyeditor', 'tools')} aria-hidden="true">
          <b>B</b> <i>I</i> <u>U</u>
        </span>
      </div>
      <iframe
        ref={frame}
        className="KB_Editor_iframe"
        title="Reply editor"
        onLoad={(e) => writeEditorDocument(e.currentTarget, rtl)}
      />
      <div className={cx('replyeditor', 'footer')}>
        <button type="button" className={cx('button', 'primary')}>
          Send
        </button>
        <button type="button" className={cx('button', 'secondary')}>
          Save as draft
        </button>
      </div>
    </div>
  );
}

function Detail({
  ticket,
  id,
  onStep,
  department,
  listHref,
}: {
  ticket: DemoTicket | undefined;
  id: string;
  onStep: (step: 1 | -1) => void;
  department: string;
  listHref: string;
}) {
  const header = (
    <div className={cx('ticketdetail', 'header')}>
      <a className={cx('ticketdetail', 'back')} href={listHref} onClick={linkClick(listHref)} aria-label="Back to tickets">
        ‹
      </a>
      <span className={cx('ticketdetail', 'ticketNumber')}>#{id}</span>
      <h1 className={cx('ticketdetail', 'subject')} dir="auto">
        {ticket?.subject ?? ''}
      </h1>
      <span className={cx('ticketdetail', 'navigation')}>
        <button type="button" className={cx('ticketdetail', 'prevTicket')} aria-label="Previous ticket" onClick={() => onStep(-1)}>
          ‹
        </button>
        <button type="button" className={cx('ticketdetail', 'nextTicket')} aria-label="Next ticket" onClick={() => onStep(1)}>
          ›
        </button>
      </span>
    </div>
  );
  if (!ticket) {
    return (
      <section className={cx('ticketdetail', 'container')}>
        {header}
        <p className={cx('ticketdetail', 'empty')}>This ticket does not exist or has been deleted.</p>
      </section>
    );
  }
  const rtl = isHebrew(ticket);
  return (
    <div className={cx('ticketdetail', 'layout')}>
      <section className={cx('ticketdetail', 'container')}>
        {header}
        <div className={cx('ticketdetail', 'meta')}>
          <span className={cx('ticketdetail', 'department')}>{department}</span>
          <span className={cx('ticketdetail', 'channel')}>{CHANNEL[ticket.channel]}</span>
          <span className={cx('ticketdetail', 'created')}>
            Created <time dateTime={ticket.createdAt}>{formatWhen(ticket.createdAt)}</time>
          </span>
          <span className={cx('ticketdetail', 'status')}>Open</span>
        </div>
        <div className={cx('conversationlist', 'listContainer')}>
          {threadOf(ticket).map((entry) => (
            <div
              key={entry.key}
              className={`${cx('commentlistitemcommon', 'contentWrapper')} ${cx('thread', DIRECTION[entry.kind])}`}
            >
              <div className={cx('commentlistitemcommon', 'avatar')} aria-hidden="true">
                {initials(entry.author)}
              </div>
              <div className={cx('commentlistitemcommon', 'content')}>
                <div className={cx('commentlistitemcommon', 'head')}>
                  <span className={cx('commentlistitemcommon', 'author')}>{entry.author}</span>
                  {entry.kind === 'note' && <span className={cx('commentlistitemcommon', 'privateLabel')}>Private</span>}
                  {entry.kind === 'agent' && <span className={cx('commentlistitemcommon', 'replyLabel')}>Replied</span>}
                  <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
                </div>
                <div className={cx('richtextcontent', 'content')} dir="auto">
                  {entry.text}
                </div>
              </div>
            </div>
          ))}
        </div>
        <ReplyEditor key={ticket.id} rtl={rtl} />
      </section>
      <aside className={cx('ticketdetail', 'rightPanel')}>
        <div className={cx('contactcard', 'container')}>
          <div className={cx('contactcard', 'avatar')} aria-hidden="true">
            {initials(ticket.requester.name)}
          </div>
          <div className={cx('contactcard', 'name')} dir="auto">
            {ticket.requester.name}
          </div>
          <div className={cx('contactcard', 'email')}>{ticket.requester.email}</div>
          {ticket.organization && (
            <div className={cx('contactcard', 'account')} dir="auto">
              {ticket.organization}
            </div>
          )}
        </div>
        <dl className={cx('ticketproperties', 'list')}>
          <dt>Status</dt>
          <dd>Open</dd>
          <dt>Ticket Owner</dt>
          <dd>Noa Barak</dd>
          <dt>Priority</dt>
          <dd>Medium</dd>
          <dt>Due Date</dt>
          <dd>—</dd>
          <dt>Tags</dt>
          <dd className={cx('tagslist', 'container')}>
            {(ticket.tags ?? []).map((tag) => (
              <span key={tag} className={cx('tagslist', 'tag')} dir="auto">
                {tag}
              </span>
            ))}
          </dd>
        </dl>
      </aside>
    </div>
  );
}

function List({ tickets, place }: { tickets: readonly DemoTicket[]; place: { portal?: string; department?: string } }) {
  return (
    <section className={cx('ticketlist', 'container')}>
      <div className={cx('ticketlist', 'toolbar')}>
        <h1>All Open Tickets</h1>
        <span>{tickets.length} tickets</span>
      </div>
      {tickets.map((t) => (
        <a
          key={t.id}
          className={cx('ticketlist', 'row')}
          href={ticketPath('zoho', t.id, place)}
          onClick={linkClick(ticketPath('zoho', t.id, place))}
        >
          <span className={cx('ticketlist', 'avatar')} aria-hidden="true">
            {initials(t.requester.name)}
          </span>
          <span className={cx('ticketlist', 'main')}>
            <span className={cx('ticketlist', 'subject')} dir="auto">
              {t.subject || '(no subject)'}
            </span>
            <span className={cx('ticketlist', 'info')}>
              #{t.id} · <span dir="auto">{t.requester.name}</span> · {CHANNEL[t.channel]}
            </span>
          </span>
          <time dateTime={t.createdAt}>{formatAgo(t.createdAt)}</time>
        </a>
      ))}
    </section>
  );
}

function App() {
  const route = useRoute();
  const switches = useSwitchCount();
  const tickets = useTickets();
  // A "next ticket" step replaces what the URL names until the next real navigation.
  const [stepped, setStepped] = useState<{ at: number; id: string } | null>(null);
  const zoho = route?.flavour === 'zoho' ? { portal: route.portal, department: route.department } : {};
  const urlId = route?.view === 'ticket' ? route.ticketId : null;
  const shownId = stepped && stepped.at === switches ? stepped.id : urlId;
  const department = (zoho.department ?? 'support').replace(/^./, (c) => c.toUpperCase());

  function step(by: 1 | -1) {
    if (tickets.length === 0) return;
    const i = tickets.findIndex((t) => t.id === shownId);
    const next = tickets[(i + by + tickets.length) % tickets.length]!;
    setStepped({ at: switches, id: next.id });
  }

  return (
    <div className={cx('app', 'root')}>
      <nav className={cx('app', 'leftNav')} aria-label="Modules">
        <div className={cx('app', 'logo')}>Desk</div>
        <a className={`${cx('app', 'navItem')} ${cx('app', 'navItemActive')}`} href={listPath('zoho', zoho)} onClick={linkClick(listPath('zoho', zoho))}>
          Tickets
        </a>
        <span className={cx('app', 'navItem')}>Contacts</span>
        <span className={cx('app', 'navItem')}>Accounts</span>
        <span className={cx('app', 'navItem')}>Reports</span>
      </nav>
      <div className={cx('app', 'main')}>
        <header className={cx('app', 'topBar')}>
          <span className={cx('app', 'portal')}>
            {zoho.portal ?? 'demo'} · {department}
          </span>
          <span className={cx('app', 'search')}>Search (/)</span>
          <span className={cx('app', 'avatar')} title={SIGNED_IN_AGENT}>
            {initials(SIGNED_IN_AGENT)}
          </span>
        </header>
        {shownId === null ? (
          <List tickets={tickets} place={zoho} />
        ) : (
          <Detail
            key={`${shownId}@${switches}`}
            id={shownId}
            ticket={findTicket(tickets, shownId)}
            onStep={step}
            department={department}
            listHref={listPath('zoho', zoho)}
          />
        )}
      </div>
    </div>
  );
}

installHooks({
  flavour: 'zoho',
  pathFor: (id) => {
    return ticketPath('zoho', id, currentPlace());
  },
  replyText() {
    const body = editorBody();
    return body ? editableText(body) : '';
  },
  replyBlocks() {
    const body = editorBody();
    return body ? editableBlocks(body) : [];
  },
});

/** Zoho's editor reads its iframe's body on send. */
function editorBody(): HTMLElement | undefined {
  return document.querySelector<HTMLIFrameElement>('iframe.KB_Editor_iframe')?.contentDocument?.body;
}

/** The portal and department of the current URL, to keep them on a test's ticket switch. */
function currentPlace(): { portal?: string; department?: string } {
  const m = /^\/zoho\/agent\/([^/]+)\/([^/]+)\//.exec(window.location.pathname);
  return m ? { portal: decodeURIComponent(m[1]!), department: decodeURIComponent(m[2]!) } : {};
}

createRoot(document.getElementById('root')!).render(<App />);

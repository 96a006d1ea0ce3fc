import { useEffect, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useStore } from 'zustand';
import type { Party } from '@/lib/policy/labels';
import { viewTicket } from '@/lib/ticket-view';
import type { SidebarStore } from '@/lib/store/sidebar';
import { shownWidth, ticketKey } from '@/lib/store/sidebar';
import type { Clock } from '@/lib/store/clock';
import type { InsertOutcome } from '@/lib/insert';
import type { Lang, Ticket } from '@/lib/ticket';
import type { Settings } from '@/lib/settings/defaults';
import { dirOf, t, uiLangFrom } from '@/lib/i18n/messages';
import { insertProblemText, missingText, readReasonText } from '@/lib/i18n/problems';
import type { ReadReason } from '@/lib/problems';
import { VerdictCard } from '@/components/shared/VerdictCard';
import { verdictHeadline } from '@/lib/i18n/verdict';
import { SlaCountdown, SlaSummary } from './SlaCountdown';
import { ReplyList } from './ReplyList';
import { ErrorBoundary } from './ErrorBoundary';
import { AgentNamePrompt } from './AgentNamePrompt';

export interface SidebarActions {
  insert(text: string, lang: Lang, ticketId: string): Promise<InsertOutcome>;
  saveAgentName(name: string): Promise<void>;
}

/** What every part of an open sidebar works with, passed down as one. */
interface SidebarEnv {
  settings: Settings;
  lang: Lang;
  clock: Clock;
  timeZone: string;
  actions: SidebarActions;
}

export function Sidebar({
  store,
  clock,
  actions,
  browserLang,
  timeZone,
}: {
  store: SidebarStore;
  clock: Clock;
  actions: SidebarActions;
  browserLang: string;
  /** The agent's own time zone, for showing due times. */
  timeZone: string;
}) {
  const page = useStore(store, (s) => s.page);
  const settings = useStore(store, (s) => s.settings);
  const collapsed = useStore(store, (s) => s.collapsed);
  const width = useStore(store, (s) => s.width);
  const overrides = useStore(store, (s) => s.overrides);
  const refusedInsert = useStore(store, (s) => s.refusedInsert);
  const updated = useStore(store, (s) => s.updated);
  const { setCollapsed, setWidth, setOverride } = store.getState();
  const windowWidth = useWindowWidth();
  // The background never gave the settings: say so in a tab, in the browser's language (the
  // agent's own choice is in the settings), and leave the page its room.
  if (page?.kind === 'no-settings') {
    const lang = uiLangFrom(browserLang);
    return <StatusTab lang={lang} testId="no-settings" text={t(lang, 'page.noSettingsShort')} title={t(lang, 'page.noSettings')} />;
  }
  // Never shown before the settings are in: the page is not read until then.
  if (!settings) return null;
  const lang: Lang = settings.uiLang === 'auto' ? uiLangFrom(browserLang) : settings.uiLang;
  const env: SidebarEnv = { settings, lang, clock, timeZone, actions };

  // A ticket list has nothing to decide: the sidebar stays a tab and leaves the page its room.
  if (page?.kind === 'no-ticket') {
    return <StatusTab lang={lang} testId="no-ticket" text={t(lang, 'page.noTicketShort')} />;
  }

  if (collapsed) {
    const key = page?.kind === 'ticket' ? ticketKey(page) : undefined;
    return (
      <button
        type="button"
        className="gvul-tab"
        dir={dirOf(lang)}
        lang={lang}
        onClick={() => setCollapsed(false)}
        data-testid="expand"
      >
        <span className="gvul-visually-hidden">{t(lang, 'sidebar.expand')}: </span>
        <span aria-hidden="true">{t(lang, 'app.name')}</span>
        {page?.kind === 'ticket' && key && (
          <CollapsedSummary env={env} ticket={page.ticket} override={overrides[key]} agent={page.agent} />
        )}
      </button>
    );
  }
  const shown = shownWidth(width, windowWidth);

  const startResize = (e: PointerEvent<HTMLDivElement>) => {
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => setWidth(window.innerWidth - ev.clientX);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const keyResize = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowLeft') setWidth(width + 20);
    else if (e.key === 'ArrowRight') setWidth(width - 20);
    else return;
    e.preventDefault();
  };

  return (
    <aside className="gvul-panel" style={{ width: shown }} dir={dirOf(lang)} lang={lang} aria-label={t(lang, 'sidebar.label')}>
      <div
        className="gvul-resize"
        role="separator"
        aria-orientation="vertical"
        aria-label={t(lang, 'sidebar.resize')}
        aria-valuenow={shown}
        tabIndex={0}
        onPointerDown={startResize}
        onKeyDown={keyResize}
      />
      <header className="gvul-header">
        <strong className="gvul-title">{t(lang, 'app.name')}</strong>
        <button
          type="button"
          className="gvul-icon"
          onClick={() => setCollapsed(true)}
          aria-label={t(lang, 'sidebar.collapse')}
          data-testid="collapse"
        >
          ×
        </button>
      </header>
      {updated && (
        <p className="gvul-card gvul-muted" role="status" data-testid="updated">
          {t(lang, 'sidebar.updated')}
        </p>
      )}
      {!updated && refusedInsert && refusedInsert.ticketId === (page?.kind === 'ticket' ? page.ticket.id : null) && (
        <p className="gvul-card gvul-error" role="alert" data-testid="insert-refused">
          {insertProblemText(lang, { code: 'other-ticket' })}
        </p>
      )}
      {!updated && page?.kind === 'ticket' && (
        <ErrorBoundary
          key={ticketKey(page)}
          fallback={(message) => <p className="gvul-card gvul-error">{t(lang, 'sidebar.failed', { message })}</p>}
        >
          <TicketView
            env={env}
            helpdesk={page.helpdesk}
            ticket={page.ticket}
            override={overrides[ticketKey(page)]}
            agent={page.agent}
            onOverride={(party) => setOverride(ticketKey(page), party)}
          />
        </ErrorBoundary>
      )}
      {!updated && page?.kind === 'unreadable' && (
        <Unreadable key={page.ticketId ?? 'unreadable'} env={env} page={page} />
      )}
    </aside>
  );
}

/** The window's width, followed: the sidebar narrows where the helpdesk needs the room. */
/** A tab that says why the sidebar shows no verdict, leaving the page its room. */
function StatusTab({ lang, testId, text, title }: { lang: Lang; testId: string; text: string; title?: string }) {
  return (
    <div className="gvul-tab gvul-tab-idle" dir={dirOf(lang)} lang={lang} role="status" title={title} data-testid={testId}>
      {t(lang, 'app.name')} · {text}
    </div>
  );
}

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

/** Collapsed, the verdict's party and the countdown still show, in one line. */
function CollapsedSummary({ env, ticket, override, agent }: { env: SidebarEnv; ticket: Ticket; override?: Party; agent?: string }) {
  const { settings, lang, clock, timeZone } = env;
  const view = useMemo(() => viewTicket(ticket, settings, override, agent), [ticket, settings, override, agent]);
  return (
    <>
      <span aria-hidden="true"> · </span>
      <span data-testid="owner" data-value={view.owner} data-certainty={view.certainty}>
        {verdictHeadline(settings.classification, view.party, lang, view.certainty)}
      </span>
      {view.sla && (
        <>
          <span aria-hidden="true"> · </span>
          <SlaSummary clock={clock.store} ticket={view.sla} policy={settings.sla} lang={lang} timeZone={timeZone} />
        </>
      )}
    </>
  );
}

function TicketView({
  env,
  helpdesk,
  ticket,
  override,
  onOverride,
  agent,
}: {
  env: SidebarEnv;
  helpdesk: string;
  ticket: Ticket;
  override?: Party;
  onOverride: (party: Party | undefined) => void;
  /** The signed-in agent as the helpdesk shows them. */
  agent?: string;
}) {
  const { settings, lang, clock, timeZone, actions } = env;
  const view = useMemo(() => viewTicket(ticket, settings, override, agent), [ticket, settings, override, agent]);
  const slaTicket = view.sla;
  return (
    <>
      <section className="gvul-ticket" data-testid="ticket" data-ticket-id={ticket.id}>
        <div className="gvul-muted">
          {helpdesk} · #{ticket.id}
        </div>
        <div className="gvul-subject" dir="auto">
          {ticket.subject}
        </div>
      </section>
      <VerdictCard
        view={view}
        policy={settings.classification}
        lang={lang}
        onOverride={onOverride}
      />
      {slaTicket ? (
        <ErrorBoundary fallback={(message) => <p className="gvul-card gvul-error">{t(lang, 'sla.failed', { message })}</p>}>
          <SlaCountdown clock={clock.store} ticket={slaTicket} policy={settings.sla} lang={lang} timeZone={timeZone} />
        </ErrorBoundary>
      ) : (
        <p className="gvul-card gvul-muted">{t(lang, 'sla.noCreated')}</p>
      )}
      {!settings.agentName.trim() && !agent && <AgentNamePrompt lang={lang} onSave={actions.saveAgentName} />}
      <ReplyList
        replies={view.replies}
        moreReplies={view.moreReplies}
        primary={view.primary}
        lang={lang}
        onInsert={(r) => actions.insert(r.text, r.lang, ticket.id)}
      />
    </>
  );
}

function Unreadable({
  env,
  page,
}: {
  env: SidebarEnv;
  page: { helpdesk: string; ticketId?: string; reason: ReadReason; missing: string[] };
}) {
  const { lang } = env;
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<Ticket | null>(null);
  const [override, setOverride] = useState<Party | undefined>();
  return (
    <>
      <section className="gvul-card gvul-unreadable" data-testid="unreadable" data-ticket-id={page.ticketId}>
        <h2 className="gvul-h2">{t(lang, 'page.unreadable')}</h2>
        <p>{readReasonText(lang, page.reason)}</p>
        {page.missing.length > 0 && (
          <p className="gvul-muted">{t(lang, 'page.missing', { missing: missingText(lang, page.missing) })}</p>
        )}
        <label className="gvul-paste">
          <span>{t(lang, 'page.pasteHint')}</span>
          <textarea
            data-testid="paste-text"
            value={text}
            rows={5}
            aria-label={t(lang, 'page.pasteLabel')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button
          type="button"
          data-testid="paste-classify"
          disabled={!text.trim()}
          onClick={() => setPasted({ id: page.ticketId ?? 'pasted', subject: '', body: text })}
        >
          {t(lang, 'page.pasteButton')}
        </button>
      </section>
      {pasted && (
        <TicketView
          key={pasted.body}
          env={env}
          helpdesk={page.helpdesk}
          ticket={pasted}
          override={override}
          onOverride={setOverride}
        />
      )}
    </>
  );
}

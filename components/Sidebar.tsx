import { useStore } from 'zustand';
import type { SidebarStore } from '@/lib/store/sidebar';

export function Sidebar({ store }: { store: SidebarStore }) {
  const page = useStore(store, (s) => s.page);
  const collapsed = useStore(store, (s) => s.collapsed);
  const width = useStore(store, (s) => s.width);
  const setCollapsed = useStore(store, (s) => s.setCollapsed);

  if (collapsed) {
    return (
      <button type="button" className="gvul-tab" onClick={() => setCollapsed(false)} aria-label="Open Gvul">
        Gvul
      </button>
    );
  }
  return (
    <aside className="gvul-panel" style={{ width }} aria-label="Gvul">
      <header className="gvul-header">
        <strong>Gvul</strong>
        <button type="button" onClick={() => setCollapsed(true)} aria-label="Collapse">
          ›
        </button>
      </header>
      {page?.kind === 'ticket' && (
        <section data-testid="ticket" data-ticket-id={page.ticket.id}>
          <div className="gvul-muted">
            {page.helpdesk} · #{page.ticket.id}
          </div>
          <div className="gvul-subject">{page.ticket.subject}</div>
        </section>
      )}
      {page?.kind === 'unreadable' && (
        <section data-testid="unreadable" data-ticket-id={page.ticketId}>
          <p>{page.reason}</p>
        </section>
      )}
      {page?.kind === 'no-ticket' && <p className="gvul-muted">Open a ticket in {page.helpdesk}.</p>}
    </aside>
  );
}

import { createRoot } from 'react-dom/client';
import { HELPDESK_MATCHES } from '@/lib/helpdesk-hosts';
import { readOpenTicket } from '@/lib/adapters';
import { TicketWatcher, hashText } from '@/lib/page/ticket-watcher';
import { createSidebarStore, type PageState } from '@/lib/store/sidebar';
import { Sidebar } from '@/components/Sidebar';
import '@/components/sidebar.css';

// Thin wiring: the adapter reads the page, the watcher notices ticket switches, the store holds
// what the sidebar shows. Anything that goes wrong here must leave the helpdesk page as it was.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const store = createSidebarStore();
    const ui = await createShadowRootUi(ctx, {
      name: 'gvul-sidebar',
      position: 'inline',
      // The <html> element, not <body>: helpdesks re-render their body but not the root.
      anchor: 'html',
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(<Sidebar store={store} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });

    const watcher = new TicketWatcher<PageState | null>({
      read: () => readPage(),
      onChange: (page) => {
        store.getState().setPage(page);
        if (page && !ui.shadowHost.isConnected) ui.mount();
        if (!page && ui.shadowHost.isConnected) ui.remove();
      },
    });

    const observer = new MutationObserver(() => watcher.schedule());
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      watcher.stop();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.check());
    // Some switches neither change the URL nor touch observed nodes in a way we catch at once.
    ctx.setInterval(() => watcher.check(), 1000);
    watcher.check();
  },
});

function readPage() {
  const found = readOpenTicket(new URL(location.href), document);
  if (!found) return { fingerprint: 'none', value: null };
  const { adapter, result } = found;
  const helpdesk = adapter.name;
  if (result.ok) {
    const t = result.ticket;
    const fingerprint = [adapter.id, t.id, hashText(JSON.stringify(t))].join(':');
    return { fingerprint, value: { kind: 'ticket', helpdesk, ticket: t } satisfies PageState };
  }
  if (!result.ticketId) {
    return { fingerprint: `${adapter.id}:list`, value: { kind: 'no-ticket', helpdesk } satisfies PageState };
  }
  return {
    fingerprint: [adapter.id, result.ticketId, 'unreadable', result.missing.join(',')].join(':'),
    value: {
      kind: 'unreadable',
      helpdesk,
      ticketId: result.ticketId,
      reason: result.reason,
      missing: result.missing,
    } satisfies PageState,
  };
}

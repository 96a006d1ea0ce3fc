import { createRoot } from 'react-dom/client';
import { HELPDESK_MATCHES } from '@/lib/helpdesk-hosts';
import { findAdapter } from '@/lib/adapters';
import { TicketWatcher } from '@/lib/page/ticket-watcher';
import { createSidebarStore } from '@/lib/store/sidebar';
import { createClock } from '@/lib/store/clock';
import { CaretMemory, insertReply } from '@/lib/insert';
import { disabledSitesItem, layoutItem, overridesItem } from '@/lib/settings/items';
import { readPage } from '@/lib/page/read-page';
import { RelatedPageLoader } from '@/lib/page/related-pages';
import { Dock } from '@/lib/page/dock';
import { isCommandMessage } from '@/lib/commands';
import { topReply } from '@/lib/ticket-view';
import { uiLangFrom } from '@/lib/i18n/messages';
import { loadSettings, siteOf, watchSettings } from '@/lib/settings/storage';
import { isTabStatusRequest, tabStatusOf } from '@/lib/settings/tab-status';
import { Sidebar } from '@/components/Sidebar';
// Inlined, not a web-accessible file: the sidebar is then styled on custom helpdesk hosts too,
// and no page can probe for the extension by fetching its CSS.
import sidebarCss from '@/components/sidebar.css?inline';

// Thin wiring: the adapter reads the page, the watcher notices ticket switches, the store holds
// what the sidebar shows. Anything that goes wrong here must leave the helpdesk page as it was.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  cssInjectionMode: 'manual',
  async main(ctx) {
    const store = createSidebarStore();
    const clock = createClock();
    const caret = new CaretMemory();

    const [layout, overrides] = await Promise.all([layoutItem.getValue(), overridesItem.getValue()]);
    store.setState({ ...layout, overrides });
    store.subscribe((s, prev) => {
      if (s.collapsed !== prev.collapsed || s.width !== prev.width) {
        void layoutItem.setValue({ collapsed: s.collapsed, width: s.width });
      }
      if (s.overrides !== prev.overrides) void overridesItem.setValue(s.overrides);
    });
    ctx.onInvalidated(overridesItem.watch((v) => store.getState().setOverrides(v ?? {})));

    // The team's settings before the first render, then every change
    // made anywhere (options page, another browser via sync, the administrator) at once; Gvul
    // stays off on the sites the agent turned it off on from the popup.
    const site = siteOf(location.href);
    const lang = () => uiLangFrom(navigator.language);
    const [loaded, disabledSites] = await Promise.all([loadSettings(lang()), disabledSitesItem.getValue()]);
    store.getState().setSettings(loaded.settings);
    let off = disabledSites.includes(site);
    // Re-reads the page once the watcher exists (a custom helpdesk may now match, or not).
    let recheck = () => {};
    ctx.onInvalidated(
      watchSettings((l) => {
        store.getState().setSettings(l.settings);
        recheck();
      }, lang),
    );
    ctx.onInvalidated(
      disabledSitesItem.watch((sites) => {
        off = sites.includes(site);
        recheck();
      }),
    );
    const tabStatus = () => tabStatusOf(store.getState(), site, off);
    const onMessage = (message: unknown) => {
      if (isTabStatusRequest(message)) return Promise.resolve(tabStatus());
      if (isCommandMessage(message)) return runCommand(message.command);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    const customHelpdesks = () => store.getState().settings.customHelpdesks;
    
    // The bridge into the page's own world, for editors whose model lives there (CKEditor 5).
    injectScript('/page-bridge.js', { keepInDom: false }).catch(() => {
      // Without it, CKEditor insertion reports its error and the agent can copy instead.
    });

    const actions = {
      async insert(text: string, lang: 'he' | 'en') {
        const url = new URL(location.href);
        const adapter = findAdapter(url, document, customHelpdesks());
        const editor = adapter?.findEditor(url, document);
        // No error text: the sidebar says "no reply editor found" in the agent's language.
        if (!editor) return { ok: false };
        return insertReply(editor, text, lang, caret);
      },
    };

    // The keyboard commands (lib/commands.ts), sent by the background.
    async function runCommand(command: 'toggle-sidebar' | 'insert-top-reply') {
      const state = store.getState();
      if (!state.page) return { ok: false };
      if (command === 'toggle-sidebar') {
        state.setCollapsed(!state.collapsed);
        return { ok: true };
      }
      const reply = topReply(state);
      return reply ? actions.insert(reply.text, reply.lang) : { ok: false };
    }

    const ui = await createShadowRootUi(ctx, {
      css: sidebarCss,
      name: 'gvul-sidebar',
      position: 'inline',
      // The <html> element, not <body>: helpdesks re-render their body but not the root.
      anchor: 'html',
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <Sidebar
            store={store}
            clock={clock}
            actions={actions}
            browserLang={navigator.language}
            timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
          />,
        );
        clock.start();
        return root;
      },
      onRemove(root) {
        clock.stop();
        root?.unmount();
      },
    });

    // Dock: keep the helpdesk's own controls (fixed bars too) visible beside the open sidebar.
    const docking = new Dock(document, (el) => el === ui.shadowHost);
    const dock = () => {
      const { collapsed, width, page } = store.getState();
      docking.set(page && !collapsed ? width : 0);
    };
    store.subscribe(dock);
    let redock: ReturnType<typeof setTimeout> | undefined;
    const dockSoon = () => {
      redock ??= setTimeout(() => {
        redock = undefined;
        docking.refresh();
      }, 200);
    };
    ctx.addEventListener(window, 'scroll', dockSoon, { passive: true });
    ctx.addEventListener(window, 'resize', dockSoon);

    // Pages of the same helpdesk a reading needs (a reply page that shows no ticket).
    const related = new RelatedPageLoader(location.origin, () => watcher.check());
    const read = () => {
      if (off) return readPage(null);
      const url = new URL(location.href);
      const adapter = findAdapter(url, document, customHelpdesks());
      if (!adapter) return readPage(null);
      return readPage({ adapter, result: adapter.readTicket(url, document, related.pagesFor(adapter.relatedPages?.(url, document) ?? {})) });
    };

    const watcher = new TicketWatcher({
      read,
      onChange: (page) => {
        store.getState().setPage(page);
        if (page && !ui.shadowHost.isConnected) ui.mount();
        if (!page && ui.shadowHost.isConnected) ui.remove();
      },
    });

    recheck = () => watcher.check();

    const observer = new MutationObserver(() => {
      watcher.schedule();
      dockSoon();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.addEventListener(document, 'selectionchange', () => caret.remember(document));
    ctx.onInvalidated(() => {
      observer.disconnect();
      watcher.stop();
      clock.stop();
      clearTimeout(redock);
      docking.set(0);
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.check());
    // Some switches neither change the URL nor touch observed nodes in a way we catch at once.
    ctx.setInterval(() => watcher.check(), 1000);
    watcher.check();
  },
});

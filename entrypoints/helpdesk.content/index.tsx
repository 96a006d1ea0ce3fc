import { createRoot } from 'react-dom/client';
import { HELPDESK_MATCHES } from '@/lib/helpdesk-hosts';
import { createHelpdeskSession, type Concern } from '@/lib/page/session';
import { ignoreScriptStartedEvents } from '@/lib/page/script-started';
import { extensionUpdate } from '@/lib/page/concerns/update';
import { createClock } from '@/lib/store/clock';
import { Sidebar } from '@/components/sidebar/Sidebar';
// Inlined, not web-accessible: styled on custom hosts too, and no page can probe for it.
import sidebarCss from '@/components/sidebar/sidebar.css?inline';

// Wiring only: the session (lib/page/session.ts) gets the page, WXT's lifetime and the sidebar UI.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  cssInjectionMode: 'manual',
  async main(ctx) {
    ignoreScriptStartedEvents(window, ctx.signal);
    const clock = createClock();
    const session = createHelpdeskSession({
      url: () => new URL(location.href),
      doc: document,
      signal: ctx.signal,
      browserLang: () => navigator.language,
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
    });
    const ui = await createShadowRootUi(ctx, {
      css: sidebarCss,
      name: 'gvul-sidebar',
      position: 'inline',
      // The <html> element, not <body>: helpdesks re-render their body but not the root.
      anchor: 'html',
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        root.render(
          <Sidebar store={session.store} clock={clock} actions={session} browserLang={navigator.language} timeZone={timeZone} />,
        );
        clock.start();
        return root;
      },
      onRemove(root) {
        clock.stop();
        root?.unmount();
      },
    });
    // The sidebar is on the page exactly while there is something to show.
    const sidebar: Concern = {
      name: 'sidebar',
      start: ({ subscribe }) =>
        subscribe(({ page }) => {
          if (page && !ui.shadowHost.isConnected) ui.mount();
          if (!page && ui.shadowHost.isConnected) ui.remove();
        }),
    };
    // Orphaned by an update: the notice stays a moment, then this copy ends (and WXT removes
    // its sidebar) while the new version's script, put here by the background, takes over.
    const update = extensionUpdate(1000, () => setTimeout(() => ctx.abort('Gvul was updated'), 3000));
    await session.start([sidebar, update]);
  },
});

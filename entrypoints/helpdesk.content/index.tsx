import { createRoot } from 'react-dom/client';
import { HELPDESK_MATCHES } from '@/lib/helpdesk-hosts';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'gvul-sidebar',
      position: 'inline',
      anchor: 'body',
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(<div data-testid="ticket">Gvul</div>);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});

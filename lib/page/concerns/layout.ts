// The sidebar's width and whether it is collapsed, kept for the agent across pages and tabs; the
// width per helpdesk site, since each helpdesk's own layout leaves a different room beside it.
import { layoutItem } from '../../settings/items';
import type { Concern } from '../session';

export const layout: Concern = {
  name: 'layout',
  async start({ store, subscribe, site }) {
    const stored = await layoutItem.getValue();
    store.setState({ collapsed: stored.collapsed, width: stored.widths?.[site] ?? stored.width });
    subscribe((s, prev) => {
      if (s.collapsed === prev.collapsed && s.width === prev.width) return;
      // Not after an update: the old version's storage is gone (the new sidebar keeps its own).
      if (s.updated) return;
      void layoutItem.getValue().then((current) =>
        layoutItem.setValue({
          collapsed: s.collapsed,
          width: s.width,
          widths: { ...current.widths, [site]: s.width },
        }),
      );
    });
  },
};

// The sidebar's width and whether it is collapsed, kept for the agent across pages and tabs.
import { layoutItem } from '../../settings/items';
import type { Concern } from '../session';

export const layout: Concern = {
  name: 'layout',
  async start({ store, subscribe }) {
    const { collapsed, width } = await layoutItem.getValue();
    store.setState({ collapsed, width });
    subscribe((s, prev) => {
      if (s.collapsed !== prev.collapsed || s.width !== prev.width) {
        // Not after an update: the old version's storage is gone (the new sidebar keeps its own).
        if (!s.updated) void layoutItem.setValue({ collapsed: s.collapsed, width: s.width });
      }
    });
  },
};

// Docking: the helpdesk's own controls stay visible beside the open sidebar, and the page gets
// its margin back when the sidebar closes or Gvul stops.
import type { SidebarState } from '../../store/sidebar';
import type { Concern } from '../session';

export const docking: Concern = {
  name: 'docking',
  start({ doc, store, signal, subscribe }) {
    const root = doc.documentElement;
    const dock = ({ collapsed, width, page }: SidebarState) => {
      root.style.marginRight = page && !collapsed ? `${width}px` : '';
    };
    dock(store.getState());
    subscribe(dock);
    signal.addEventListener('abort', () => (root.style.marginRight = ''), { once: true });
  },
};

// Docking: the helpdesk's own controls stay visible beside the open sidebar (narrower on a small
// window, see shownWidth), and the page gets its margin back when the sidebar collapses, on a
// ticket list, or when Gvul stops.
import { panelOpen, shownWidth, type SidebarState } from '../../store/sidebar';
import type { Concern } from '../session';

export const docking: Concern = {
  name: 'docking',
  start({ doc, store, signal, subscribe }) {
    const root = doc.documentElement;
    const win = doc.defaultView;
    const dock = (s: SidebarState) => {
      root.style.marginRight = panelOpen(s) ? `${shownWidth(s.width, win?.innerWidth ?? Infinity)}px` : '';
    };
    dock(store.getState());
    subscribe(dock);
    const onResize = () => dock(store.getState());
    win?.addEventListener('resize', onResize, { signal });
    signal.addEventListener('abort', () => (root.style.marginRight = ''), { once: true });
  },
};

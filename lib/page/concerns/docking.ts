// Docking: the helpdesk's own controls stay visible beside the open sidebar (narrower on a small
// window, see shownWidth), fixed bars too (see ../dock.ts), and the page gets its layout back
// when the sidebar collapses, on a ticket list, or when Gvul stops.
// Fixed elements come and go (Request Tracker pins its page menu once the agent scrolls), so the
// page is looked at again on scroll, resize and DOM changes, at most every 200 ms.
import { panelOpen, shownWidth, type SidebarState } from '../../store/sidebar';
import { Dock } from '../dock';
import type { Concern } from '../session';

export const docking: Concern = {
  name: 'docking',
  start({ doc, store, signal, subscribe }) {
    const view = doc.defaultView;
    const dock = new Dock(doc, (el) => el.tagName === 'GVUL-SIDEBAR');
    const place = (s: SidebarState) => dock.set(panelOpen(s) ? shownWidth(s.width, view?.innerWidth ?? Infinity) : 0);
    place(store.getState());
    subscribe(place);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        dock.refresh();
      }, 200);
    };
    view?.addEventListener('scroll', soon, { passive: true, signal });
    view?.addEventListener('resize', () => place(store.getState()), { signal });
    const observer = new MutationObserver(soon);
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(timer);
        dock.set(0);
      },
      { once: true },
    );
  },
};

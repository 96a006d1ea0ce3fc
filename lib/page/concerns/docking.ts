// Docking: the helpdesk's own controls stay visible beside the open sidebar (narrower on a small
// window, see shownWidth), fixed bars too (see ../dock.ts), and the page gets its layout back
// when the sidebar collapses, on a ticket list, or when Gvul stops.
// Fixed elements come and go (Request Tracker pins its page menu once the agent scrolls), so the
// page is looked at again on scroll, resize and DOM changes, at most every 200 ms; after a DOM
// change only where it changed. When something else changes <html>'s margin (the previous
// version of Gvul closing after an update), the open sidebar's is put back.
import { panelOpen, shownWidth, type SidebarState } from '../../store/sidebar';
import { Dock } from '../dock';
import { quietMutation } from '../quiet';
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
    // What changed since the last look; null: look at the whole page (a scroll).
    let changed: Set<Element> | null = new Set();
    const soon = () => {
      // Orphaned by an update: the new version's sidebar docks the page now.
      if (store.getState().updated) return;
      timer ??= setTimeout(() => {
        timer = undefined;
        dock.refresh(changed ?? undefined);
        changed = new Set();
      }, 200);
    };
    view?.addEventListener(
      'scroll',
      () => {
        changed = null;
        soon();
      },
      { passive: true, signal },
    );
    view?.addEventListener('resize', () => place(store.getState()), { signal });
    // A change makes an element fixed only where it happens: an element added, or the class or
    // style of it or of one of its ancestors. Changes inside editors and the sidebar are passed over.
    const observer = new MutationObserver((records) => {
      let any = false;
      for (const record of records) {
        if (quietMutation(record)) continue;
        any = true;
        if (record.type === 'attributes') changed?.add(record.target as Element);
        else for (const node of Array.from(record.addedNodes)) if (node.nodeType === Node.ELEMENT_NODE) changed?.add(node as Element);
      }
      if (any) soon();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
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

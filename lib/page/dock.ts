// Docking the sidebar beside the helpdesk instead of over it. A margin on <html> moves the page's
// flow aside, but an element with `position: fixed` is placed against the window and would end
// up under the sidebar: a helpdesk's top bar, or Request Tracker's page menu, which RT pins to
// the top right once the agent scrolls. Such elements are moved left by the sidebar's width
// (their own `right` plus the width, narrowed if they span the window) and put back exactly as
// they were when the sidebar closes. Fixed elements come and go (RT pins its menu on scroll), so
// the page is looked at again on scroll, resize and DOM changes.

interface Moved {
  right: string;
  rightPriority: string;
  maxWidth: string;
  maxWidthPriority: string;
}

export class Dock {
  private width = 0;
  private readonly moved = new Map<HTMLElement, Moved>();

  constructor(
    private readonly doc: Document,
    /** The sidebar's own element, never moved. */
    private readonly isSidebar: (el: Element) => boolean,
  ) {}

  /** Dock at `width` pixels (0: undocked, the page as it was). */
  set(width: number): void {
    if (width === this.width) return this.refresh();
    this.restoreAll();
    this.width = width;
    this.doc.documentElement.style.marginRight = width > 0 ? `${width}px` : '';
    this.refresh();
  }

  /**
   * Move the fixed elements that now reach under the sidebar; put back those no longer fixed.
   * With `changed`, only those elements and what is inside them are looked at (a change elsewhere
   * cannot have made an element fixed), so typing in a long ticket does not walk all of it.
   */
  refresh(changed?: Iterable<Element>): void {
    const view = this.doc.defaultView;
    if (!view) return;
    // The page's room beside the sidebar, put back if something took it: a helpdesk rewriting
    // <html>'s style, or the previous version of Gvul closing after an update.
    const margin = `${this.width}px`;
    if (this.width > 0 && this.doc.documentElement.style.marginRight !== margin) this.doc.documentElement.style.marginRight = margin;
    for (const [el] of this.moved) {
      if (!el.isConnected || view.getComputedStyle(el).position !== 'fixed') this.restore(el);
    }
    if (this.width <= 0) return;
    // The window's width: the margin on <html> does not change the root's client width.
    const limit = this.doc.documentElement.clientWidth - this.width;
    for (const el of this.candidates(changed)) {
      // A fixed element has no offset parent: a cheap test that skips nearly every element.
      if (el.offsetParent !== null || this.moved.has(el) || this.isSidebar(el)) continue;
      const style = view.getComputedStyle(el);
      if (style.position !== 'fixed' || style.display === 'none') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= limit) continue;
      this.moved.set(el, {
        right: el.style.getPropertyValue('right'),
        rightPriority: el.style.getPropertyPriority('right'),
        maxWidth: el.style.getPropertyValue('max-width'),
        maxWidthPriority: el.style.getPropertyPriority('max-width'),
      });
      el.style.setProperty('right', `${(parseFloat(style.right) || 0) + this.width}px`, 'important');
      const after = el.getBoundingClientRect();
      if (after.right > limit) el.style.setProperty('max-width', `${Math.max(0, limit - after.left)}px`, 'important');
    }
  }

  private candidates(changed: Iterable<Element> | undefined): HTMLElement[] {
    const body = this.doc.body;
    if (!body) return [];
    if (!changed) return Array.from(body.querySelectorAll<HTMLElement>('*'));
    const out = new Set<HTMLElement>();
    for (const root of changed) {
      if (!root.isConnected || root === this.doc.documentElement) continue;
      if (root === body) return Array.from(body.querySelectorAll<HTMLElement>('*'));
      if (body.contains(root)) out.add(root as HTMLElement);
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) out.add(el);
    }
    return [...out];
  }

  private restore(el: HTMLElement): void {
    const was = this.moved.get(el);
    if (!was) return;
    el.style.setProperty('right', was.right, was.rightPriority);
    el.style.setProperty('max-width', was.maxWidth, was.maxWidthPriority);
    this.moved.delete(el);
  }

  private restoreAll(): void {
    for (const [el] of this.moved) this.restore(el);
  }
}

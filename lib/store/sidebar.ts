// The sidebar's state: what the page shows (the open ticket, or why it cannot be read) and the
// agent's layout preferences. Ticket text lives only here, in memory, never in storage.
import { createStore } from 'zustand/vanilla';
import type { Ticket } from '../ticket';

export type PageState =
  | { kind: 'ticket'; helpdesk: string; ticket: Ticket }
  | { kind: 'unreadable'; helpdesk: string; ticketId?: string; reason: string; missing: string[] }
  | { kind: 'no-ticket'; helpdesk: string };

export interface SidebarState {
  page: PageState | null;
  collapsed: boolean;
  width: number;
  setPage(page: PageState | null): void;
  setCollapsed(collapsed: boolean): void;
  setWidth(width: number): void;
}

export const SIDEBAR_MIN_WIDTH = 280;
export const SIDEBAR_MAX_WIDTH = 640;

export function createSidebarStore() {
  return createStore<SidebarState>()((set) => ({
    page: null,
    collapsed: false,
    width: 360,
    setPage: (page) => set({ page }),
    setCollapsed: (collapsed) => set({ collapsed }),
    setWidth: (width) =>
      set({ width: Math.round(Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, width))) }),
  }));
}

export type SidebarStore = ReturnType<typeof createSidebarStore>;

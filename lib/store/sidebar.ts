// The sidebar's state: what the page shows (the open ticket, or why it cannot be read), the
// team's settings, the agent's per-ticket corrections and layout. Ticket text lives only here,
// in memory; what is persisted (settings, corrections, layout) never includes it.
import { createStore } from 'zustand/vanilla';
import type { Party } from '../policy/labels';
import type { Ticket } from '../ticket';
import type { ReadReason } from '../problems';
import type { Settings } from '../settings/defaults';

/**
 * An open ticket. `agent`: the signed-in agent's name as the helpdesk shows it, where it does.
 * `account`: where the ticket lives, the helpdesk's id and the account's host
 * (`zendesk@acme.zendesk.com`), since ticket ids are unique only there; a reading always has it.
 */
export type TicketPage = { kind: 'ticket'; helpdesk: string; ticket: Ticket; agent?: string; account?: string };

export type PageState =
  | TicketPage
  | { kind: 'unreadable'; helpdesk: string; ticketId?: string; reason: ReadReason; missing: string[] }
  | { kind: 'no-ticket'; helpdesk: string }
  /** The background did not give the team's settings in time (`settingsLate`): nothing is read. */
  | { kind: 'no-settings' };

export interface SidebarState {
  page: PageState | null;
  /**
   * The team's settings in use, as the background answered (lib/protocol/settings.ts); null until
   * it has, and nothing is read before: a verdict under a policy that may not be the team's is none.
   */
  settings: Settings | null;
  /**
   * The background has not answered with the settings for longer than the page waits for them
   * (lib/page/concerns/settings.ts): the page shows `no-settings` until they come.
   */
  settingsLate: boolean;
  /** The agent's party corrections, by ticket key (`ticketKey`: helpdesk account + ticket id). */
  overrides: Record<string, Party>;
  collapsed: boolean;
  width: number;
  /** The agent turned Gvul off on this site (the popup's switch). */
  siteOff: boolean;
  /**
   * An insertion refused because the page had moved to another ticket, shown on the ticket that
   * was on screen then (`ticketId`, null when none was) until the agent moves on or inserts again.
   */
  refusedInsert: { ticketId: string | null } | null;
  /** Gvul was updated or reloaded: this sidebar belongs to the old version and is closing. */
  updated: boolean;
  setPage(page: PageState | null): void;
  setSettings(settings: Settings): void;
  setOverride(key: string, party: Party | undefined): void;
  setOverrides(overrides: Record<string, Party>): void;
  setCollapsed(collapsed: boolean): void;
  setWidth(width: number): void;
  setSiteOff(siteOff: boolean): void;
  setRefusedInsert(refused: { ticketId: string | null } | null): void;
}

export const SIDEBAR_MIN_WIDTH = 280;
export const SIDEBAR_MAX_WIDTH = 640;

export const clampWidth = (width: number) =>
  Math.round(Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, width)));

/**
 * What the helpdesk's own page keeps at the least beside the docked sidebar, so that its
 * conversation and reply controls (the Send button) stay in view on a 1024 px screen.
 */
export const HELPDESK_MIN_WIDTH = 700;

/** The sidebar's width on a window this wide: the agent's choice, narrower where the helpdesk needs the room. */
export const shownWidth = (width: number, windowWidth: number) =>
  Math.round(Math.max(SIDEBAR_MIN_WIDTH, Math.min(width, windowWidth - HELPDESK_MIN_WIDTH)));

/**
 * The sidebar shows its panel (docked beside the page): a ticket or an unreadable page, not
 * collapsed. A ticket list or missing settings leave a tab only, and the page its room.
 */
export const panelOpen = (s: Pick<SidebarState, 'page' | 'collapsed'>) =>
  !!s.page && s.page.kind !== 'no-ticket' && s.page.kind !== 'no-settings' && !s.collapsed;

/**
 * The key a correction is kept under: the helpdesk account and the ticket id, so that two
 * accounts of one helpdesk (two Zendesk subdomains) never share one.
 */
export const ticketKey = (page: TicketPage) => `${page.account ?? page.helpdesk}:${page.ticket.id}`;

/**
 * The key Gvul 0.1 kept a correction under (the helpdesk's display name and the ticket id, for
 * every account alike), as migrated storage holds it until one account's ticket claims it.
 */
export const unclaimedTicketKey = (page: TicketPage) => `unclaimed:${page.helpdesk}:${page.ticket.id}`;

export function createSidebarStore(settings: Settings | null) {
  return createStore<SidebarState>()((set) => ({
    page: null,
    settings,
    settingsLate: false,
    overrides: {},
    collapsed: false,
    width: 380,
    siteOff: false,
    refusedInsert: null,
    updated: false,
    setPage: (page) => set({ page }),
    setSettings: (settings) => set({ settings }),
    setOverride: (key, party) =>
      set((s) => {
        const overrides = { ...s.overrides };
        if (party) overrides[key] = party;
        else delete overrides[key];
        return { overrides };
      }),
    setOverrides: (overrides) => set({ overrides }),
    setCollapsed: (collapsed) => set({ collapsed }),
    setWidth: (width) => set({ width: clampWidth(width) }),
    setSiteOff: (siteOff) => set({ siteOff }),
    setRefusedInsert: (refusedInsert) => set({ refusedInsert }),
  }));
}

export type SidebarStore = ReturnType<typeof createSidebarStore>;

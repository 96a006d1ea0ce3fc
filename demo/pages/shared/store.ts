// What every demo page shares: the ticket registry, the router (pushState + popstate, re-render
// through useSyncExternalStore) and the test hooks on `window.demoHelpdesk`.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { CHANNELS, type Channel } from '../../../lib/ticket.ts';
import { DEMO_TICKETS, type DemoTicket } from '../../tickets.ts';
import { parseRoute, type Flavour, type Route } from '../../routes.ts';

// ---- tickets -------------------------------------------------------------------------------

let ticketList: readonly DemoTicket[] = [...DEMO_TICKETS];
const ticketListeners = new Set<() => void>();

function subscribeTickets(listener: () => void) {
  ticketListeners.add(listener);
  return () => ticketListeners.delete(listener);
}

/** Every ticket the page knows: the demo tickets, then any the tests opened, in that order. */
export function useTickets(): readonly DemoTicket[] {
  return useSyncExternalStore(subscribeTickets, () => ticketList);
}

export function findTicket(list: readonly DemoTicket[], id: string): DemoTicket | undefined {
  return list.find((t) => t.id === id);
}

function putTicket(ticket: DemoTicket) {
  const i = ticketList.findIndex((t) => t.id === ticket.id);
  ticketList = i < 0 ? [...ticketList, ticket] : ticketList.map((t, j) => (j === i ? ticket : t));
  for (const l of ticketListeners) l();
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

/** Accepts what a test passes to `openTicket` and fills in what it left out. */
export function normaliseTicket(input: unknown): DemoTicket {
  if (typeof input !== 'object' || input === null) throw new TypeError('openTicket needs a ticket object');
  const t = input as Record<string, unknown>;
  const id = text(t.id);
  if (!id) throw new TypeError('openTicket needs a ticket with an id');
  const channel = CHANNELS.includes(t.channel as Channel) ? (t.channel as Channel) : 'unknown';
  const created = text(t.createdAt);
  const requester = (typeof t.requester === 'object' && t.requester !== null ? t.requester : {}) as Record<string, unknown>;
  const ticket: DemoTicket = {
    id,
    subject: text(t.subject),
    body: text(t.body),
    channel,
    createdAt: created && !Number.isNaN(Date.parse(created)) ? new Date(created).toISOString() : new Date().toISOString(),
    requester: { name: text(requester.name, 'Customer'), email: text(requester.email) },
  };
  if (t.agentReplied === true || (typeof t.agentReplied === 'string' && !Number.isNaN(Date.parse(t.agentReplied)))) {
    ticket.agentReplied = t.agentReplied;
  }
  if (t.lang === 'he' || t.lang === 'en') ticket.lang = t.lang;
  if (Array.isArray(t.tags)) {
    const tags = t.tags.map((tag) => text(tag).trim()).filter(Boolean);
    if (tags.length > 0) ticket.tags = tags;
  }
  const organization = text(t.organization).trim();
  if (organization) ticket.organization = organization;
  return ticket;
}

// ---- router --------------------------------------------------------------------------------

const NAVIGATE = 'demo-helpdesk:navigate';

function subscribeLocation(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE, listener);
  };
}

/** The current path; re-renders on pushState through `navigate` and on back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribeLocation, () => window.location.pathname);
}

export function useRoute(): Route | null {
  return parseRoute(usePathname());
}

/**
 * An SPA switch: pushState, then re-render before returning, as the helpdesks' own routers
 * do. Every call counts as a switch, even to the same path.
 */
export function navigate(path: string) {
  const here = window.location.pathname + window.location.search;
  if (path !== here) window.history.pushState({ demo: true }, '', path);
  else window.history.replaceState({ demo: true }, '', path);
  flushSync(() => {
    switchCount++;
    window.dispatchEvent(new Event(NAVIGATE));
  });
}

let switchCount = 0;
/** Changes on every switch, even a switch to the same URL (a key for panes that re-render). */
export function useSwitchCount(): number {
  return useSyncExternalStore(subscribeLocation, () => switchCount);
}
window.addEventListener('popstate', () => switchCount++, { capture: true });

/** A link that switches tickets the SPA way (a plain click), or opens normally (modified click). */
export function linkClick(path: string) {
  return (e: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; preventDefault(): void }) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(path);
  };
}

// ---- test hooks ----------------------------------------------------------------------------

/** One paragraph of the reply editor's model: its text and its direction (`rtl`, `ltr`, or none). */
export interface ReplyBlock {
  text: string;
  dir: string | null;
}

export interface DemoHelpdeskHooks {
  flavour: Flavour;
  tickets: readonly DemoTicket[];
  openTicket(ticket: DemoTicket): void;
  replyText(): string;
  replyBlocks(): ReplyBlock[];
}

declare global {
  interface Window {
    demoHelpdesk?: DemoHelpdeskHooks;
  }
}

export function installHooks(opts: {
  flavour: Flavour;
  pathFor: (id: string) => string;
  replyText: () => string;
  replyBlocks: () => ReplyBlock[];
}) {
  window.demoHelpdesk = {
    flavour: opts.flavour,
    tickets: DEMO_TICKETS,
    openTicket(input) {
      const ticket = normaliseTicket(input);
      putTicket(ticket);
      navigate(opts.pathFor(ticket.id));
    },
    replyText: opts.replyText,
    replyBlocks: opts.replyBlocks,
  };
}

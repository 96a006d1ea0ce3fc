// The URL shapes of the demo helpdesks (see README.md), shared by the server (which page shell
// to send) and the pages (which ticket the URL names). Each demo helpdesk serves its adapter's
// declared page shapes (lib/adapters/<id>.ts `pages`) under `/<id>`. Pure functions, no DOM.
import { BUILTIN_ADAPTERS, BUILTIN_HELPDESK_IDS, fillPage, matchPage, type BuiltinHelpdeskId } from '../lib/adapters/index.ts';

export const FLAVOURS = BUILTIN_HELPDESK_IDS;
export type Flavour = BuiltinHelpdeskId;

export const FLAVOUR_NAMES: Record<Flavour, string> = {
  zendesk: 'Zendesk Agent Workspace',
  zoho: 'Zoho Desk',
  freshdesk: 'Freshdesk',
  helpscout: 'Help Scout',
};

export type Route =
  | { flavour: Flavour; view: 'list'; portal?: string; department?: string }
  | { flavour: Flavour; view: 'ticket'; ticketId: string; number?: string; portal?: string; department?: string };

/** The demo's own values for the parts of a page shape the demo does not vary. */
const DEMO_PARTS = { portal: 'demo', department: 'support' };

const pagesOf = (flavour: Flavour) => BUILTIN_ADAPTERS.find((a) => a.id === flavour)!.pages;

type ZohoParts = { portal?: string; department?: string };

/** The parts of a path: the demo's own, with the Zoho portal and department given, if any. */
const partsWith = ({ portal, department }: ZohoParts) => ({
  portal: portal ?? DEMO_PARTS.portal,
  department: department ?? DEMO_PARTS.department,
});

/** The route a path names, or `null` when it is not a page of the demo (the server sends 404). */
export function parseRoute(pathname: string): Route | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  for (const flavour of FLAVOURS) {
    const prefix = `/${flavour}`;
    if (!path.startsWith(`${prefix}/`)) continue;
    const pages = pagesOf(flavour);
    for (const view of ['list', 'ticket'] as const) {
      const parts = matchPage(pages[view], path.slice(prefix.length));
      if (!parts || Object.values(parts).some((p) => p === '')) continue;
      if (view === 'list') return { flavour, view, ...parts };
      const { ticketId, ...rest } = parts;
      if (ticketId) return { flavour, view, ticketId, ...rest };
    }
  }
  return null;
}

/** The path of one ticket's page. Zoho keeps the portal and department it is given. */
export function ticketPath(flavour: Flavour, id: string, zoho: ZohoParts = {}): string {
  // The demo uses the ticket id as Help Scout's conversation number too.
  return `/${flavour}${fillPage(pagesOf(flavour).ticket, { ...partsWith(zoho), ticketId: id, number: id })}`;
}

/** The path of a flavour's ticket list. */
export function listPath(flavour: Flavour, zoho: ZohoParts = {}): string {
  return `/${flavour}${fillPage(pagesOf(flavour).list, partsWith(zoho))}`;
}

// The URL shapes of the four demo helpdesks (see README.md), shared by the server (which page
// shell to send) and the pages (which ticket the URL names). Pure functions, no DOM.

export const FLAVOURS = ['zendesk', 'zoho', 'freshdesk', 'helpscout'] as const;
export type Flavour = (typeof FLAVOURS)[number];

export const FLAVOUR_NAMES: Record<Flavour, string> = {
  zendesk: 'Zendesk Agent Workspace',
  zoho: 'Zoho Desk',
  freshdesk: 'Freshdesk',
  helpscout: 'Help Scout',
};

/** Where a flavour's ticket list lives. */
export const LIST_PATHS: Record<Flavour, string> = {
  zendesk: '/zendesk/agent/tickets',
  zoho: '/zoho/agent/demo/support/tickets',
  freshdesk: '/freshdesk/a/tickets',
  helpscout: '/helpscout/mailbox',
};

export type Route =
  | { flavour: Flavour; view: 'list'; portal?: string; department?: string }
  | { flavour: Flavour; view: 'ticket'; ticketId: string; number?: string; portal?: string; department?: string };

const SEGMENT = '([^/]+)';
const PATTERNS: { flavour: Flavour; re: RegExp; view: 'list' | 'ticket'; zoho?: boolean; helpscout?: boolean }[] = [
  { flavour: 'zendesk', view: 'list', re: /^\/zendesk\/agent\/tickets$/ },
  { flavour: 'zendesk', view: 'ticket', re: new RegExp(`^/zendesk/agent/tickets/${SEGMENT}$`) },
  { flavour: 'zoho', view: 'list', re: new RegExp(`^/zoho/agent/${SEGMENT}/${SEGMENT}/tickets$`), zoho: true },
  {
    flavour: 'zoho',
    view: 'ticket',
    re: new RegExp(`^/zoho/agent/${SEGMENT}/${SEGMENT}/tickets/details/${SEGMENT}$`),
    zoho: true,
  },
  { flavour: 'freshdesk', view: 'list', re: /^\/freshdesk\/a\/tickets$/ },
  { flavour: 'freshdesk', view: 'ticket', re: new RegExp(`^/freshdesk/a/tickets/${SEGMENT}$`) },
  { flavour: 'helpscout', view: 'list', re: /^\/helpscout\/mailbox$/ },
  {
    flavour: 'helpscout',
    view: 'ticket',
    re: new RegExp(`^/helpscout/conversation/${SEGMENT}/${SEGMENT}$`),
    helpscout: true,
  },
];

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The route a path names, or `null` when it is not a page of the demo (the server sends 404). */
export function parseRoute(pathname: string): Route | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  for (const p of PATTERNS) {
    const m = p.re.exec(path);
    if (!m) continue;
    const parts = m.slice(1).map(decode);
    if (parts.some((s) => s === undefined || s === '')) return null;
    const [a, b, c] = parts as string[];
    if (p.view === 'list') {
      return p.zoho ? { flavour: p.flavour, view: 'list', portal: a, department: b } : { flavour: p.flavour, view: 'list' };
    }
    if (p.zoho) return { flavour: p.flavour, view: 'ticket', portal: a, department: b, ticketId: c! };
    if (p.helpscout) return { flavour: p.flavour, view: 'ticket', ticketId: a!, number: b };
    return { flavour: p.flavour, view: 'ticket', ticketId: a! };
  }
  return null;
}

/** The path of one ticket's page. Zoho keeps the portal and department it is given. */
export function ticketPath(flavour: Flavour, id: string, zoho: { portal?: string; department?: string } = {}): string {
  const e = encodeURIComponent(id);
  switch (flavour) {
    case 'zendesk':
      return `/zendesk/agent/tickets/${e}`;
    case 'zoho':
      return `/zoho/agent/${encodeURIComponent(zoho.portal ?? 'demo')}/${encodeURIComponent(zoho.department ?? 'support')}/tickets/details/${e}`;
    case 'freshdesk':
      return `/freshdesk/a/tickets/${e}`;
    case 'helpscout':
      // The demo uses the ticket id as both the conversation id and its number.
      return `/helpscout/conversation/${e}/${e}`;
  }
}

/** The path of a flavour's ticket list. */
export function listPath(flavour: Flavour, zoho: { portal?: string; department?: string } = {}): string {
  if (flavour === 'zoho') {
    return `/zoho/agent/${encodeURIComponent(zoho.portal ?? 'demo')}/${encodeURIComponent(zoho.department ?? 'support')}/tickets`;
  }
  return LIST_PATHS[flavour];
}

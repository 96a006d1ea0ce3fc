// The demo helpdesk's four flavours and where each opens a ticket: shared by `npm run demo` and
// the end-to-end tests, so both visit the same pages.
export const FLAVOURS = ['zendesk', 'zoho', 'freshdesk', 'helpscout'] as const;
export type Flavour = (typeof FLAVOURS)[number];

export function ticketPath(flavour: Flavour, id: string): string {
  const safe = encodeURIComponent(id);
  switch (flavour) {
    case 'zendesk':
      return `/zendesk/agent/tickets/${safe}`;
    case 'zoho':
      return `/zoho/agent/demo/support/tickets/details/${safe}`;
    case 'freshdesk':
      return `/freshdesk/a/tickets/${safe}`;
    case 'helpscout':
      return `/helpscout/conversation/${safe}/${safe}`;
  }
}

export function listPath(flavour: Flavour): string {
  switch (flavour) {
    case 'zendesk':
      return '/zendesk/agent/tickets';
    case 'zoho':
      return '/zoho/agent/demo/support/tickets';
    case 'freshdesk':
      return '/freshdesk/a/tickets';
    case 'helpscout':
      return '/helpscout/mailbox';
  }
}

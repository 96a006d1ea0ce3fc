// Where the team's custom helpdesks run: the content script is registered at run time for their
// host patterns, once the agent has granted Gvul access to those hosts (optional host
// permissions), so the store build asks for no host it does not need.
import type { CustomHelpdeskConfig } from '../adapters/custom';
import { compileMatchPattern } from '../adapters/location';
import { originPatterns } from '../helpdesk-hosts';

export const CUSTOM_SCRIPT_ID = 'gvul-custom-helpdesks';

/** The valid, distinct match patterns of the custom helpdesks, and the origins to ask access to. */
export function customHelpdeskPatterns(configs: readonly CustomHelpdeskConfig[]): { matches: string[]; origins: string[] } {
  const matches = [...new Set(configs.map((c) => c.hostPattern.trim()).filter((p) => compileMatchPattern(p) !== null))];
  return { matches, origins: originPatterns(matches) };
}

/**
 * The settings entry for a Request Tracker at `address` (`https://rt.example.com/rt`, the
 * address of RT's own home page): Gvul runs on the pages under it (and asks for that host only),
 * where the Request Tracker adapter knows RT's pages by their own markers. The selectors are
 * RT's, so the entry reads RT even as a plain custom helpdesk. A string: why the address is not
 * one Gvul can use.
 */
export function requestTrackerHelpdesk(address: string, taken: readonly string[]): CustomHelpdeskConfig | string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return 'not a web address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not a web address';
  const base = url.pathname.replace(/\/(index\.html)?$/, '').replace(/\/(Ticket|Search|SelfService)\/.*$/, '');
  const hostPattern = `${url.protocol}//${url.hostname}${base}/*`;
  if (compileMatchPattern(hostPattern) === null) return 'not a web address';
  let n = 1;
  while (taken.includes(`request-tracker-${n}`)) n++;
  return {
    id: `request-tracker-${n}`,
    name: 'Request Tracker',
    hostPattern,
    ticketIdFrom: 'url',
    ticketIdPattern: '[?&;]id=(\\d+)',
    selectors: {
      subject: '#header h1',
      messages: '.history-container .transaction.message',
      messageText: '.messagebody',
      createdAt: '.ticket-info-dates .created .current-value',
      requesterName: '.ticket-info-people .requestors .user',
      editor: '#UpdateContent',
    },
  };
}

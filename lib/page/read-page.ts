// What the sidebar should show for what an adapter read, with a fingerprint that changes exactly
// when the sidebar must change: another ticket, or the same ticket's content.
import type { HelpdeskAdapter, ReadResult } from '../adapters/types';
import type { PageState } from '../store/sidebar';
import { hashText, type WatchedPage } from './ticket-watcher';

/** The background never gave the team's settings: the sidebar says so, whatever the page shows. */
export const NO_SETTINGS: WatchedPage<PageState> = { fingerprint: 'no-settings', value: { kind: 'no-settings' } };

/** `found.host`: the page's host, which names the helpdesk account (`acme.zendesk.com`). */
export function readPage(
  found: { adapter: HelpdeskAdapter; result: ReadResult; agent?: string; host: string } | null,
): WatchedPage<PageState | null> {
  if (!found) return { fingerprint: 'none', value: null };
  const { adapter, result, agent } = found;
  const helpdesk = adapter.name;
  if (result.ok) {
    const t = result.ticket;
    // A custom helpdesk by its settings entry: two of them may share a host.
    const account = `${adapter.id}${adapter.customId ? `.${adapter.customId}` : ''}@${found.host}`;
    return {
      fingerprint: [account, t.id, hashText(JSON.stringify(t)), hashText(agent ?? '')].join(':'),
      value: { kind: 'ticket', helpdesk, account, ticket: t, ...(agent ? { agent } : {}) },
    };
  }
  // Still loading: the sidebar waits rather than flash a failure.
  if (result.pending) return { fingerprint: `${adapter.id}:${result.ticketId}:pending`, value: null };
  // No ticket open (a list page) is not a failure; anything else the adapter missed is shown.
  if (!result.ticketId && result.missing.join() === 'ticket') {
    return { fingerprint: `${adapter.id}:list`, value: { kind: 'no-ticket', helpdesk } };
  }
  return {
    fingerprint: [adapter.id, result.ticketId, 'unreadable', result.missing.join(',')].join(':'),
    value: { kind: 'unreadable', helpdesk, ticketId: result.ticketId, reason: result.reason, missing: result.missing },
  };
}

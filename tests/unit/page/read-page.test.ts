import { expect, it } from 'vitest';
import { readPage } from '../../../lib/page/read-page';
import type { HelpdeskAdapter } from '../../../lib/adapters/types';

const adapter = { id: 'request-tracker', name: 'Request Tracker' } as HelpdeskAdapter;

it('shows nothing while the helpdesk is still putting the ticket on the page, then the failure once it is one', () => {
  const waiting = { code: 'still-fetching', helpdesk: 'Request Tracker', ticketId: '7', part: 'history' } as const;
  const pending = readPage({ adapter, host: 'rt.example.com', result: { ok: false, ticketId: '7', missing: ['ticket'], reason: waiting, pending: true } });
  expect(pending.value).toBeNull();
  const notLoaded = { code: 'ticket-not-loaded', helpdesk: 'Request Tracker', ticketId: '7', detail: 'No such ticket' } as const;
  const failed = readPage({ adapter, host: 'rt.example.com', result: { ok: false, ticketId: '7', missing: ['ticket'], reason: notLoaded } });
  expect(failed.value).toMatchObject({ kind: 'unreadable', ticketId: '7', reason: notLoaded });
  expect(failed.fingerprint).not.toBe(pending.fingerprint);
});

import { expect, it } from 'vitest';
import { readPage } from '../../../lib/page/read-page';
import type { HelpdeskAdapter } from '../../../lib/adapters/types';

const adapter = { id: 'request-tracker', name: 'Request Tracker' } as HelpdeskAdapter;

it('shows nothing while the helpdesk is still putting the ticket on the page, then the failure once it is one', () => {
  const pending = readPage({ adapter, result: { ok: false, ticketId: '7', missing: ['ticket'], reason: 'still loading', pending: true } });
  expect(pending.value).toBeNull();
  const failed = readPage({ adapter, result: { ok: false, ticketId: '7', missing: ['ticket'], reason: 'could not load ticket #7' } });
  expect(failed.value).toMatchObject({ kind: 'unreadable', ticketId: '7', reason: 'could not load ticket #7' });
  expect(failed.fingerprint).not.toBe(pending.fingerprint);
});

// Customers with an extended service contract, on every demo flavour in real Chromium: the
// helpdesk shows the team's contract tag, and the sidebar says "covered by extended support",
// runs the 24/7 clock and offers contract_covered first; the next ticket, without the tag, is
// ordinary again. The keyboard command and the popup agree with the sidebar.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FLAVOURS, ticketPath } from '../../demo/routes';
import { e2eTicket } from './support/tickets';
import { demoSession, openTicket } from './support/session';

const session = demoSession();

// Friday 20 November 2026, 22:00 in Jerusalem: the office is closed until Sunday 09:00.
const FRIDAY_NIGHT = '2026-11-20T20:00:00.000Z';
const TWO_HOURS_LATER = '2026-11-20T22:00:00Z';
const SUNDAY_ELEVEN = '2026-11-22T09:00:00Z';

/** A customer-side fault (Outlook on one laptop), by e-mail on Friday night. */
const outlook = (id: string, over: Record<string, unknown> = {}) =>
  e2eTicket(id, {
    subject: 'Outlook keeps crashing',
    body: 'Outlook crashes every time I open it on my laptop. Webmail works fine with the same mailbox.',
    createdAt: FRIDAY_NIGHT,
    ...over,
  });

async function shown(page: Page, id: string) {
  const sidebar = page.locator('gvul-sidebar');
  await sidebar.locator(`[data-testid="ticket"][data-ticket-id="${id}"]`).waitFor({ timeout: 10_000 });
  const attr = (testid: string, name: string) => sidebar.locator(`[data-testid="${testid}"]`).first().getAttribute(name);
  return {
    owner: await attr('owner', 'data-value'),
    party: await attr('party', 'data-value'),
    contract: await sidebar.locator('[data-testid="contract"]').count(),
    contractText: (await sidebar.locator('[data-testid="contract"]').first().textContent({ timeout: 1_000 }).catch(() => null)) ?? '',
    dueAt: await attr('sla', 'data-due-at'),
    clock: await attr('sla', 'data-clock'),
    slaText: await sidebar.locator('[data-testid="sla"]').textContent(),
    replies: await sidebar.locator('[data-testid="reply"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-reply-id'))),
  };
}

describe.each(FLAVOURS)('Chromium · %s', (flavour) => {
  test('the contract tag: covered by extended support, due two hours after creation, contract_covered first; without it, ordinary again', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await page.goto(session.server.url + ticketPath(flavour, '1'));
      await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="1"]').waitFor({ timeout: 10_000 });

      await openTicket(page, outlook('8400', { tags: ['vip', 'extended-support'], organization: 'Levi & Co.' }));
      const covered = await shown(page, '8400');
      expect(covered.contract).toBe(1);
      expect(covered.contractText).toContain('Covered by extended support: handle it');
      // The verdict stays the policy's: the customer's side.
      expect(covered.owner).toBe('customer');
      expect(covered.dueAt).toBe(TWO_HOURS_LATER);
      expect(covered.clock).toBe('calendar');
      expect(covered.slaText).toContain('24/7: extended service contract');
      expect(covered.replies[0]).toBe('contract_covered');
      expect(covered.replies).toContain(covered.party);

      await openTicket(page, outlook('8401', { tags: ['vip'] }));
      const ordinary = await shown(page, '8401');
      expect(ordinary.contract).toBe(0);
      expect({ owner: ordinary.owner, party: ordinary.party }).toEqual({ owner: covered.owner, party: covered.party });
      expect(ordinary.dueAt).toBe(SUNDAY_ELEVEN);
      expect(ordinary.clock).toBe('business');
      expect(ordinary.replies.slice(0, 2)).toEqual([ordinary.party, 'extended_support']);
    } finally {
      await page.close();
    }
  });
});

test('Chromium · the demo\'s own contract customer, the keyboard command and the popup agree with the sidebar', async () => {
  const page = await session.chrome.context.newPage();
  const popup = await session.chrome.context.newPage();
  try {
    // Demo ticket 11 carries the tag extended-support (demo/tickets.ts).
    await page.goto(session.server.url + ticketPath('zendesk', '11'));
    await page.locator('gvul-sidebar [data-testid="contract"]').waitFor({ timeout: 10_000 });
    await page.locator('gvul-sidebar [data-testid="reply-insert"]').first().waitFor();
    expect(await page.locator('gvul-sidebar [data-testid="reply"]').first().getAttribute('data-reply-id')).toBe('contract_covered');
    await page.bringToFront();
    const outcome = await session.chrome.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return { tab: tab!.id, result: (await api.tabs.sendMessage(tab!.id, { type: 'gvul:command', command: 'insert-top-reply' })) as { ok: boolean } };
    });
    expect(outcome.result.ok).toBe(true);
    const inserted = await page.evaluate(() => (window as unknown as { demoHelpdesk: { replyText(): string } }).demoHelpdesk.replyText());
    expect(inserted).toContain('your extended support service covers exactly this');

    await popup.goto(`chrome-extension://${session.chrome.extensionId}/popup.html?tab=${outcome.tab}`);
    await popup.locator('[data-testid="popup-status"][data-kind="ticket"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('[data-testid="popup-contract"]').textContent()).toContain('Covered by extended support');
  } finally {
    await popup.close();
    await page.close();
  }
});

test('Chromium · a requester domain set on the options page marks that customer in an open sidebar', async () => {
  const page = await session.chrome.context.newPage();
  const options = await session.chrome.context.newPage();
  try {
    await page.goto(session.server.url + ticketPath('freshdesk', '1'));
    await openTicket(page, outlook('8402', { requester: { name: 'Dana Levi', email: 'dana@levi-law.co.il' } }));
    expect((await shown(page, '8402')).contract).toBe(0);

    await options.goto(`chrome-extension://${session.chrome.extensionId}/options.html`);
    const requesters = options.locator('[data-testid="contract-requesters"]');
    await requesters.fill('levi-law.co.il');
    await options.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 10_000 });
    const contract = page.locator('gvul-sidebar [data-testid="contract"]');
    await contract.waitFor({ timeout: 10_000 });
    expect(await contract.getAttribute('data-by')).toBe('requester');
    expect(await page.locator('gvul-sidebar [data-testid="sla"]').getAttribute('data-due-at')).toBe(TWO_HOURS_LATER);

    await requesters.fill('');
    await options.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 10_000 });
    await contract.waitFor({ state: 'detached', timeout: 10_000 });
  } finally {
    await options.close();
    await page.close();
  }
});

// The built Firefox (MV2) demo extension in Firefox ESR, driven over WebDriver BiDi: it mounts
// on a helpdesk page, reads the ticket and follows an SPA switch.
import { expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ticketPath } from '../../demo/routes';
import { e2eTicket } from './support/tickets';
import { firefoxSession, openTicket } from './support/session';

const session = firefoxSession();

/** What the sidebar says, for failure messages. */
const sidebarText = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('gvul-sidebar')?.shadowRoot?.querySelector('aside') as HTMLElement | null)?.innerText ?? '(no sidebar)',
  );

async function waitForTicket(page: Page, id: string) {
  try {
    await page.waitForSelector(`>>> [data-testid="ticket"][data-ticket-id="${id}"]`, { timeout: 20_000 });
  } catch {
    throw new Error(`Sidebar never showed ticket ${id} at ${page.url()}; it shows: ${await sidebarText(page)}`);
  }
}

test('Firefox ESR · zendesk: mounts, reads the id, follows an SPA switch', async () => {
  const page = await session.firefox.newPage();
  try {
    await page.goto(session.server.url + ticketPath('zendesk', '1'));
    await waitForTicket(page, '1');
    await openTicket(page, e2eTicket('9003'));
    await waitForTicket(page, '9003');
    expect(await page.$$eval('gvul-sidebar', (els) => els.length)).toBe(1);
    // The SLA clock runs on Firefox's built-in Temporal.
    const sla = await page.waitForSelector('>>> [data-testid="sla"]', { timeout: 5_000 });
    expect(await sla!.evaluate((el) => el.getAttribute('data-state'))).toMatch(/running|warning|breached|paused|not_started/);
  } finally {
    await page.close();
  }
});

test('Firefox ESR · helpscout: a contract customer runs on the 24/7 clock with contract_covered first', async () => {
  const page = await session.firefox.newPage();
  try {
    await page.goto(session.server.url + ticketPath('helpscout', '1'));
    await waitForTicket(page, '1');
    // Friday 22:00 in Jerusalem, a customer-side fault, tagged as the default rule wants.
    const ticket = e2eTicket('9004', {
      body: 'Outlook crashes every time I open it on my laptop. Webmail works fine with the same mailbox.',
      createdAt: '2026-11-20T20:00:00.000Z',
      tags: ['extended-support'],
    });
    await openTicket(page, ticket);
    await waitForTicket(page, '9004');
    await page.waitForSelector('>>> [data-testid="contract"]', { timeout: 5_000 });
    const sla = await page.waitForSelector('>>> [data-testid="sla"]', { timeout: 5_000 });
    expect(await sla!.evaluate((el) => el.getAttribute('data-due-at'))).toBe('2026-11-20T22:00:00Z');
    const first = await page.waitForSelector('>>> [data-testid="reply"]', { timeout: 5_000 });
    expect(await first!.evaluate((el) => el.getAttribute('data-reply-id'))).toBe('contract_covered');
  } finally {
    await page.close();
  }
});

test('Firefox ESR · helpscout: an undetermined ticket asks without a percentage; collapsed, party and countdown stay', async () => {
  const page = await session.firefox.newPage();
  try {
    await page.goto(session.server.url + ticketPath('helpscout', '1'));
    await waitForTicket(page, '1');
    await openTicket(page, e2eTicket('9005', { subject: 'Mail', body: 'Mail does not work.' }));
    await waitForTicket(page, '9005');
    const owner = await page.waitForSelector('>>> [data-testid="owner"]');
    expect(await owner!.evaluate((el) => el.getAttribute('data-certainty'))).toBe('ask');
    expect(await page.$$('>>> [data-testid="confidence"]')).toHaveLength(0);
    await (await page.waitForSelector('>>> [data-testid="collapse"]'))!.click();
    const tab = await page.waitForSelector('>>> [data-testid="expand"]');
    for (const hook of ['owner', 'sla']) {
      const el = await tab!.$(`[data-testid="${hook}"]`);
      expect(await el!.isVisible(), hook).toBe(true);
    }
  } finally {
    await page.close();
  }
});

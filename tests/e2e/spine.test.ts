// The spine, end to end: the built demo extension in real Chromium finds every flavour's
// helpdesk page, reads the ticket id and follows SPA ticket switches (Firefox: firefox.test.ts).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FLAVOURS, ticketPath } from '../../demo/routes';
import { e2eTicket } from './support/tickets';
import { demoSession, openTicket } from './support/session';

const sidebarTicket = (id: string) => `gvul-sidebar [data-testid="ticket"][data-ticket-id="${id}"]`;


const session = demoSession();

const openSwitch = (page: Page, id: string) => openTicket(page, e2eTicket(id));

describe.each(FLAVOURS)('Chromium · %s', (flavour) => {
  test('mounts on the ticket page, reads the id, follows SPA switches', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await page.goto(session.server.url + ticketPath(flavour, '1'));
      await page.locator(sidebarTicket('1')).waitFor({ timeout: 15_000 });
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

      // Two SPA switches, then back twice: the sidebar follows each one.
      const steps: [string, 'open' | 'back'][] = [['9001', 'open'], ['9002', 'open'], ['9001', 'back'], ['1', 'back']];
      for (const [id, how] of steps) {
        if (how === 'back') await page.goBack();
        else await openSwitch(page, id);
        await page.locator(sidebarTicket(id)).waitFor({ timeout: 10_000 });
        await expect(page.locator('gvul-sidebar [data-testid="ticket"]').count()).resolves.toBe(1);
      }
      // Every switch was an SPA switch: the page never reloaded.
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(await page.locator('gvul-sidebar').count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});

test('Chromium · zoho: a switch that changes the DOM but not the URL is followed', async () => {
  const page = await session.chrome.context.newPage();
  try {
    await page.goto(session.server.url + ticketPath('zoho', '1'));
    await page.locator(sidebarTicket('1')).waitFor({ timeout: 15_000 });
    const url = page.url();
    await page.locator('[class*="-ticketdetail-nextTicket"]').click();
    const next = (await page.locator('[class*="-ticketdetail-ticketNumber"]').textContent())!.replace('#', '').trim();
    expect(next).not.toBe('1');
    expect(page.url()).toBe(url);
    await page.locator(sidebarTicket(next)).waitFor({ timeout: 10_000 });
  } finally {
    await page.close();
  }
});

test('Chromium · a page that is not a helpdesk gets no sidebar', async () => {
  const page = await session.chrome.context.newPage();
  try {
    await page.goto(session.server.url + '/');
    await page.waitForTimeout(1500);
    expect(await page.locator('gvul-sidebar').count()).toBe(0);
  } finally {
    await page.close();
  }
});

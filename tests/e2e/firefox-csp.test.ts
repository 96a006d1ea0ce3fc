// Firefox ESR on a helpdesk page with a strict Content-Security-Policy (no inline script): the
// part of an insertion that runs in the page's own world (CKEditor 5's model, Zendesk) is put
// there by the background, which the page's CSP cannot block.
import { expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { STRICT_CSP } from '../../demo/server';
import { ticketPath } from '../../demo/routes';
import { e2eTicket } from './support/tickets';
import { poll as pollUntil } from './support/poll';
import { firefoxSession, openTicket } from './support/session';

const session = firefoxSession({ csp: STRICT_CSP });

const inSidebar = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector('gvul-sidebar')?.shadowRoot?.querySelector(sel)?.textContent ?? '', selector);

const poll = <T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string) => pollUntil(read, ok, what, 8_000);

test('Firefox ESR · zendesk with a strict CSP: the reply goes into the CKEditor model', async () => {
  const page = await session.firefox.newPage();
  try {
    const response = await page.goto(session.server.url + ticketPath('zendesk', '1'));
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await page.waitForSelector('gvul-sidebar >>> [data-testid="ticket"][data-ticket-id="1"]', { timeout: 20_000 });
    // The policy is in force: an inline script the page adds does not run.
    const inlineRan = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);

    await openTicket(page, e2eTicket('7301', { body: 'Your mail server rejects all our messages since the update you announced; your status page shows an outage.' }));
    await page.waitForSelector('gvul-sidebar >>> [data-testid="ticket"][data-ticket-id="7301"]', { timeout: 10_000 });
    const reply = await poll(() => inSidebar(page, 'section > ul > [data-testid="reply"]:first-child .gvul-preview'), (t) => t.includes('7301'), 'the reply preview');
    await (await page.$('gvul-sidebar >>> section > ul > [data-testid="reply"]:first-child [data-testid="reply-insert"]'))!.click();
    const status = await poll(() => inSidebar(page, 'section > ul > [data-testid="reply"]:first-child [data-testid="reply-status"]'), (t) => t !== '', 'the insert status');
    expect(status).toMatch(/Inserted/);
    const model = await page.evaluate(() => (window as unknown as { demoHelpdesk: { replyText(): string } }).demoHelpdesk.replyText());
    expect(model).toContain(reply);
  } finally {
    await page.close();
  }
});

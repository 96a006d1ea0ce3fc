// An extension update (here: chrome.runtime.reload from the service worker, what an update does
// to open tabs): the old sidebar says Gvul was updated and goes away without an uncaught error,
// even when the agent clicks it while it says so.
import { expect, test } from 'vitest';
import { ticketPath } from '../../demo/routes';
import { demoSession } from './support/session';

const session = demoSession();

test('after a reload of the extension, the old sidebar says so and goes away with no uncaught error', async () => {
  const page = await session.chrome.context.newPage();
  await page.goto(session.server.url + ticketPath('zendesk', '1'));
  await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="1"]').waitFor({ timeout: 15_000 });

  // Every uncaught exception and unhandled rejection in the tab, the content scripts' worlds included.
  const cdp = await session.chrome.context.newCDPSession(page);
  const uncaught: string[] = [];
  cdp.on('Runtime.exceptionThrown', (e) => uncaught.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
  await cdp.send('Runtime.enable');

  await session.chrome.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {
    // The worker goes away while answering.
  });

  const notice = page.locator('gvul-sidebar [data-testid="updated"]');
  await notice.waitFor({ timeout: 10_000 });
  expect(await notice.textContent()).toBe('Gvul was updated. This sidebar is closing; the new one takes its place.');
  // The agent clicks the old sidebar while it says so: collapse, then expand again.
  await page.locator('gvul-sidebar:has([data-testid="updated"]) [data-testid="collapse"]').click();
  await page.locator('gvul-sidebar [data-testid="expand"]').click();
  await expect.poll(() => page.locator('gvul-sidebar [data-testid="updated"], gvul-sidebar [data-testid="expand"]').count(), { timeout: 15_000 }).toBe(0);
  // The page has its layout back, and nothing was thrown.
  expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
  expect(uncaught).toEqual([]);
  await page.close();
});

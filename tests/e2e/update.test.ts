// An extension update, two ways. chrome.runtime.reload from the service worker takes the
// extension away and (for an extension loaded from the command line) does not bring it back:
// the old sidebar says Gvul was updated and goes away without an uncaught error, even when the
// agent clicks it while it says so. A real update (new files loaded again into the running
// browser, through DevTools' Extensions.loadUnpacked on a copy of the build): the background
// puts the new version's content script into the open helpdesk tab, whose new sidebar takes over.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ticketPath } from '../../demo/routes';
import { CHROME_DEMO_BUILD, launchChromeWithExtension, type ExtensionBrowser } from '../../scripts/browsers';
import { demoSession } from './support/session';

const session = demoSession();

/** Every uncaught exception and unhandled rejection in the tab, the content scripts' worlds included. */
async function uncaughtIn(chrome: ExtensionBrowser, page: Page): Promise<string[]> {
  const cdp = await chrome.context.newCDPSession(page);
  const uncaught: string[] = [];
  cdp.on('Runtime.exceptionThrown', (e) => uncaught.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
  await cdp.send('Runtime.enable');
  return uncaught;
}

test('after a reload of the extension, the old sidebar says so and goes away with no uncaught error', async () => {
  const page = await session.chrome.context.newPage();
  await page.goto(session.server.url + ticketPath('zendesk', '1'));
  await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="1"]').waitFor({ timeout: 15_000 });
  const uncaught = await uncaughtIn(session.chrome, page);

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

test('after an update, the open helpdesk tab gets the new version, whose sidebar takes over cleanly', async () => {
  const build = mkdtempSync(path.join(tmpdir(), 'gvul-update-'));
  cpSync(CHROME_DEMO_BUILD, build, { recursive: true });
  const chrome = await launchChromeWithExtension({ extensionDir: build });
  try {
    const page = await chrome.context.newPage();
    await page.goto(session.server.url + ticketPath('zendesk', '1'));
    await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="1"]').waitFor({ timeout: 15_000 });
    const docked = await page.evaluate(() => document.documentElement.style.marginRight);
    expect(docked).toMatch(/^\d+px$/);
    const uncaught = await uncaughtIn(chrome, page);

    // The next version: its files in place of the old ones, then loaded into the running browser.
    const manifestFile = path.join(build, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    const browser = await chrome.context.browser()!.newBrowserCDPSession();
    await browser.send('Extensions.loadUnpacked', { path: build });

    // The old sidebar says it is closing while the new one shows the ticket; then only the new one is left.
    await page.locator('gvul-sidebar [data-testid="updated"]').waitFor({ state: 'attached', timeout: 10_000 });
    const fresh = 'gvul-sidebar:not(:has([data-testid="updated"]))';
    await page.locator(`${fresh} [data-testid="ticket"][data-ticket-id="1"]`).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('gvul-sidebar').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('gvul-sidebar [data-testid="updated"]').count()).toBe(0);
    // The page stays docked beside the new sidebar after the old one gave its layout back.
    await expect.poll(() => page.evaluate(() => document.documentElement.style.marginRight), { timeout: 5_000 }).toBe(docked);

    // The new sidebar is the live version's: its reply goes into the editor through the new background.
    const first = (part: string) => page.locator(`gvul-sidebar section > ul > [data-testid="reply"]:first-child ${part}`).first();
    const reply = (await first('.gvul-preview').textContent())!;
    await first('[data-testid="reply-insert"]').click();
    await expect.poll(() => first('[data-testid="reply-status"]').textContent(), { timeout: 10_000 }).toMatch(/Inserted/);
    const text = await page.evaluate(() => (window as unknown as { demoHelpdesk: { replyText(): string } }).demoHelpdesk.replyText());
    expect(text).toContain(reply.split('\n')[0]);
    expect(uncaught).toEqual([]);
  } finally {
    await chrome.close();
    rmSync(build, { recursive: true, force: true });
  }
});

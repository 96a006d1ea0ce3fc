// What every Chromium end-to-end file needs: the demo helpdesk on a free port and Chromium with
// the built demo extension, started once per file and always closed.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../../demo/server';
import { launchChromeWithExtension, type ExtensionBrowser } from '../../../scripts/browsers';

export function demoSession(): { readonly server: DemoServer; readonly chrome: ExtensionBrowser } {
  let server: DemoServer | undefined;
  let chrome: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startDemoServer({ quiet: true });
    chrome = await launchChromeWithExtension();
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('The demo helpdesk is not running (beforeAll failed).');
      return server;
    },
    get chrome() {
      if (!chrome) throw new Error('Chromium is not running (beforeAll failed).');
      return chrome;
    },
  };
}

/** Render any ticket through the demo helpdesk's own hook: an SPA switch, as a real helpdesk does. */
export function openTicket(page: Page, ticket: unknown): Promise<void> {
  return page.evaluate(
    (t) => (window as unknown as { demoHelpdesk: { openTicket(t: unknown): void } }).demoHelpdesk.openTicket(t),
    ticket,
  );
}

/** The options page in a new tab, once it has rendered. */
export async function openOptions(chrome: ExtensionBrowser): Promise<Page> {
  const page = await chrome.context.newPage();
  await page.goto(`chrome-extension://${chrome.extensionId}/options.html`);
  await page.locator('[data-testid="ui-lang"]').waitFor();
  return page;
}

/** Everything Gvul keeps in sync and local storage, read from an extension page. */
export const storedSettings = (page: Page) =>
  page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> } }).chrome;
    return { sync: await c.storage.sync!.get(null), local: await c.storage.local!.get(null) };
  });

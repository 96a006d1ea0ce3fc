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

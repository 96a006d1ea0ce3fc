// What every end-to-end file that drives the extension needs: the demo helpdesk on a free port
// and the browser with the built demo extension (Chromium, or Firefox ESR), started once per
// file (or per describe block) and always closed.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser } from 'puppeteer-core';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../../../demo/server';
import { launchChromeWithExtension, launchFirefoxWithExtension, type ExtensionBrowser } from '../../../scripts/browsers';

/** The server and browser started in beforeAll; reading them before it ran says so. */
function started<B extends { close(): Promise<void> }>(launch: () => Promise<B>, browserName: string, serverOptions: DemoServerOptions) {
  let server: DemoServer | undefined;
  let browser: B | undefined;
  beforeAll(async () => {
    server = await startDemoServer({ quiet: true, ...serverOptions });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    server: () => server ?? failed('The demo helpdesk is not running'),
    browser: () => browser ?? failed(`${browserName} is not running`),
  };
}

function failed(what: string): never {
  throw new Error(`${what} (beforeAll failed).`);
}

export function demoSession(serverOptions: DemoServerOptions = {}): { readonly server: DemoServer; readonly chrome: ExtensionBrowser } {
  const s = started(() => launchChromeWithExtension(), 'Chromium', serverOptions);
  return {
    get server() {
      return s.server();
    },
    get chrome() {
      return s.browser();
    },
  };
}

/** Firefox ESR with the Firefox demo build, driven by puppeteer-core (`>>>` pierces shadow roots). */
export function firefoxSession(serverOptions: DemoServerOptions = {}): { readonly server: DemoServer; readonly firefox: FirefoxBrowser } {
  const s = started(() => launchFirefoxWithExtension(), 'Firefox ESR', serverOptions);
  return {
    get server() {
      return s.server();
    },
    get firefox() {
      return s.browser();
    },
  };
}

/** What openTicket needs of a page: Playwright's and puppeteer's both have it. */
interface EvaluatingPage {
  evaluate(run: (ticket: unknown) => void, ticket: unknown): Promise<unknown>;
}

/** Render any ticket through the demo helpdesk's own hook: an SPA switch, as a real helpdesk does. */
export async function openTicket(page: EvaluatingPage, ticket: unknown): Promise<void> {
  await page.evaluate(
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

/**
 * The popup as it reports on `tab`. It reports on the active tab; opened as a page it would see
 * itself, so it is told which tab that is (`?tab=`), found while `tab` is in front.
 */
export async function openPopupFor(chrome: ExtensionBrowser, tab: Page): Promise<Page> {
  const popup = await chrome.context.newPage();
  await popup.goto(`chrome-extension://${chrome.extensionId}/popup.html`);
  await tab.bringToFront();
  const id = await popup.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    return (await c.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  if (typeof id !== 'number') throw new Error('No active tab for the popup to report on');
  await popup.goto(`chrome-extension://${chrome.extensionId}/popup.html?tab=${id}`);
  return popup;
}

/** Everything Gvul keeps in sync and local storage, read from an extension page. */
export const storedSettings = (page: Page) =>
  page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> } }).chrome;
    return { sync: await c.storage.sync!.get(null), local: await c.storage.local!.get(null) };
  });

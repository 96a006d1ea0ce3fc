// Launching the real built extension in real browsers (Debian's Chromium and Firefox ESR, never
// a test tool's own download), as ../shared/TOOLCHAIN.md records. Shared by the end-to-end
// tests and `npm run demo`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_DEMO_BUILD = path.join(ROOT, '.output/chrome-mv3-demo');
export const FIREFOX_DEMO_BUILD = path.join(ROOT, '.output/firefox-mv2-demo');

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const INSTALL_CHROMIUM =
  'No Chromium or Chrome found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.';
export const INSTALL_FIREFOX =
  'No Firefox found: install Firefox ESR (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to its executable.';

export function findChrome(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROME_CANDIDATES.find((p) => existsSync(p));
}

export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p));
}

/** Flags that keep the browser from making any connection of its own (the machine has no network). */
export const QUIET_CHROME_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-sandbox',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (the background), for tests that act as the browser would. */
  worker: Worker;
  close(): Promise<void>;
}

export async function launchChromeWithExtension(
  opts: { extensionDir?: string; headless?: boolean; locale?: string; profileDir?: string } = {},
): Promise<ExtensionBrowser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_CHROMIUM);
  const extensionDir = opts.extensionDir ?? CHROME_DEMO_BUILD;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`The demo build is missing at ${extensionDir}: run \`npm run build:demo\` first.`);
  }
  // A fresh profile unless the caller keeps one across launches (and cleans it up itself).
  const profile = opts.profileDir ?? mkdtempSync(path.join(tmpdir(), 'gvul-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: opts.headless ?? true,
    locale: opts.locale ?? 'en-US',
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_CHROME_FLAGS,
    ],
  });
  const worker: Worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      if (!opts.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The same Chromium without any extension: what a page costs without Gvul, for the bench. */
export async function launchChromeWithoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_CHROMIUM);
  const profile = mkdtempSync(path.join(tmpdir(), 'gvul-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1400, height: 900 },
    args: QUIET_CHROME_FLAGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox ESR with the extension installed, driven by puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive a stock Firefox).
 */
export async function launchFirefoxWithExtension(opts: { extensionDir?: string } = {}) {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(INSTALL_FIREFOX);
  const extensionDir = opts.extensionDir ?? FIREFOX_DEMO_BUILD;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`The Firefox demo build is missing at ${extensionDir}: run \`npm run build:demo:firefox\` first.`);
  }
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // No outside connections of the browser's own.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

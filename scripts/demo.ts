// `npm run demo`: the product on its embedded demo helpdesk.
//   npm run demo                      build the demo extension, serve the helpdesk, open Chromium
//   npm run demo -- --port 8080       on a chosen port
//   npm run demo -- --serve-only      only serve the helpdesk (load .output/chrome-mv3-demo yourself)
//   npm run demo -- --csp             the helpdesk's pages with a strict Content-Security-Policy
//   npm run demo -- --headless        tour every ticket in every flavour, 1280x800 screenshots to demo-output/
//   npm run demo -- --rt              the real Request Tracker 5 instead (installed: `npx tsx scripts/rt.ts install`):
//                                     started on 127.0.0.1, seeded by mail and REST 2, stopped at the end
// Without a display the tour is headless by itself.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { STRICT_CSP, startDemoServer } from '../demo/server';
import { demoTickets } from '../demo/tickets';
import { FLAVOURS, listPath, ticketPath } from '../demo/routes';
import type { Page } from 'playwright-core';
import { findChrome, INSTALL_CHROMIUM, launchChromeWithExtension, ROOT, type ExtensionBrowser } from './browsers';
import { loginPage } from './rt/fixtures';
import { INSTALL_RT, rtInstalled } from './rt/install';
import { seedTickets } from './rt/seed';
import { startRt } from './rt/server';

function parseArgs(argv: string[]) {
  const args = { port: 0, serveOnly: false, headless: false, rt: false, csp: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--serve-only') args.serveOnly = true;
    else if (a === '--headless') args.headless = true;
    else if (a === '--csp') args.csp = STRICT_CSP;
    else if (a === '--rt') args.rt = true;
    else if (a === '--port') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0 || n > 65535) fail(`--port wants a port number, got ${argv[i]}`);
      args.port = n;
    } else fail(`Unknown option ${a}. Options: --port N, --serve-only, --headless, --csp, --rt.`);
  }
  return args;
}

const STORE_SCREENSHOT = { width: 1280, height: 800 };

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const hasDisplay =
  process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.serveOnly) {
    const server = await startDemoServer({ port: args.port, csp: args.csp });
    console.log(`Demo helpdesk: ${server.url}  (Ctrl+C to stop)`);
    console.log(`Load the unpacked extension from ${path.join(ROOT, '.output/chrome-mv3-demo')} (npm run build:demo).`);
    return;
  }
  if (!findChrome()) fail(INSTALL_CHROMIUM, 2);
  if (args.rt && !rtInstalled()) fail(INSTALL_RT, 2);

  console.log('Building the demo extension…');
  execSync('npm run --silent build:demo', { cwd: ROOT, stdio: 'ignore' });
  if (args.rt) return requestTrackerDemo(args.headless || !hasDisplay);
  const server = await startDemoServer({ port: args.port, csp: args.csp });
  console.log(`Demo helpdesk: ${server.url}`);

  const headless = args.headless || !hasDisplay;
  const browser = await launchChromeWithExtension({ headless });
  if (!headless) {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.url + listPath('zendesk'));
    console.log('Chromium is open with Gvul loaded. Close the window or press Ctrl+C to stop.');
    browser.context.on('close', () => void server.close().then(() => process.exit(0)));
    return;
  }

  const page = await browser.context.newPage();
  const stops = FLAVOURS.flatMap((flavour) =>
    demoTickets().map((ticket) => ({ helpdesk: flavour, id: ticket.id, subject: ticket.subject, url: server.url + ticketPath(flavour, ticket.id) })),
  );
  const failures = await tour(page, stops);
  await browser.close();
  await server.close();
  if (failures) fail(`${failures} ticket(s) did not show in the sidebar.`);
}

/** Request Tracker 5 itself: started here, seeded through its mail gateway and REST 2, stopped at the end. */
async function requestTrackerDemo(headless: boolean) {
  const rt = await startRt();
  let browser: ExtensionBrowser | undefined;
  const stop = async () => {
    await browser?.close();
    await rt.stop();
  };
  try {
    const tickets = await seedTickets(rt);
    console.log(`Request Tracker: ${rt.url} (login ${rt.user} / ${rt.password}), tickets ${tickets.map((t) => `#${t.id}`).join(', ')}`);
    browser = await launchChromeWithExtension({ headless });
    const page = await browser.context.newPage();
    await loginPage(page, rt);
    if (!headless) {
      await page.goto(`${rt.url}/Ticket/Display.html?id=${tickets[0]!.id}`);
      console.log('Chromium is open on Request Tracker with Gvul loaded. Close the window or press Ctrl+C to stop.');
      const end = () => void stop().then(() => process.exit(0));
      browser.context.on('close', end);
      process.once('SIGINT', end);
      return;
    }
    const stops = tickets.flatMap((t) => [
      { helpdesk: 'rt', id: t.id, subject: t.subject, url: `${rt.url}/Ticket/Display.html?id=${t.id}` },
      { helpdesk: 'rt-reply', id: t.id, subject: t.subject, url: `${rt.url}/Ticket/Update.html?Action=Respond&id=${t.id}` },
    ]);
    const failures = await tour(page, stops);
    if (failures) throw new Error(`${failures} page(s) did not show the ticket in the sidebar.`);
  } catch (err) {
    await stop();
    throw err;
  }
  await stop();
}

/** Each page in turn: wait for the sidebar to show its ticket, screenshot it, print what it shows. */
async function tour(page: Page, stops: { helpdesk: string; id: string; subject: string; url: string }[]): Promise<number> {
  const outDir = path.join(ROOT, 'demo-output');
  mkdirSync(outDir, { recursive: true });
  // The Chrome Web Store's screenshot size, so any of these can go to the store as it is.
  await page.setViewportSize(STORE_SCREENSHOT);
  const rows: string[][] = [];
  let failures = 0;
  for (const stop of stops) {
    await page.goto(stop.url);
    const shown = page.locator(`gvul-sidebar [data-testid="ticket"][data-ticket-id="${stop.id}"]`);
    let summary: string;
    try {
      await shown.waitFor({ timeout: 10_000 });
      summary = await sidebarSummary(page);
    } catch (err) {
      failures++;
      summary = `sidebar did not show this ticket (${err instanceof Error ? err.message.split('\n')[0] : err})`;
    }
    await page.screenshot({ path: path.join(outDir, `${stop.helpdesk}-${stop.id}.png`) });
    rows.push([stop.helpdesk, stop.id, stop.subject.slice(0, 40), summary]);
  }
  printTable(['helpdesk', 'ticket', 'subject', 'sidebar shows'], rows);
  console.log(`\nScreenshots: ${outDir}`);
  return failures;
}

// Read in the page as a string: tsx names functions with a helper that does not exist there.
const SUMMARY_SCRIPT = `(() => {
  const root = document.querySelector('gvul-sidebar')?.shadowRoot;
  const get = (id) => root?.querySelector('[data-testid="' + id + '"]');
  const parts = [];
  if (get('party')) parts.push(get('party').getAttribute('data-value'));
  if (get('confidence')) parts.push(get('confidence').textContent);
  if (get('contract')) parts.push('extended support');
  if (get('sla')) parts.push('SLA ' + get('sla').getAttribute('data-state') + (get('sla').getAttribute('data-clock') === 'calendar' ? ' (24/7)' : ''));
  if (!parts.length) parts.push('ticket #' + get('ticket')?.getAttribute('data-ticket-id'));
  return parts.join(' · ');
})()`;

async function sidebarSummary(page: Page): Promise<string> {
  return page.evaluate<string>(SUMMARY_SCRIPT);
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log('\n' + line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));

// `npm run demo`: the product on its embedded demo helpdesk.
//   npm run demo                      build the demo extension, serve the helpdesk, open Chromium
//   npm run demo -- --port 8080       on a chosen port
//   npm run demo -- --serve-only      only serve the helpdesk (load .output/chrome-mv3-demo yourself)
//   npm run demo -- --csp             the helpdesk's pages with a strict Content-Security-Policy
//   npm run demo -- --headless        tour every ticket in every flavour, 1280x800 screenshots to demo-output/
// Without a display the tour is headless by itself.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { STRICT_CSP, startDemoServer } from '../demo/server';
import { demoTickets } from '../demo/tickets';
import { FLAVOURS, listPath, ticketPath } from '../demo/routes';
import { findChrome, INSTALL_CHROMIUM, launchChromeWithExtension, ROOT } from './browsers';

function parseArgs(argv: string[]) {
  const args = { port: 0, serveOnly: false, headless: false, csp: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--serve-only') args.serveOnly = true;
    else if (a === '--headless') args.headless = true;
    else if (a === '--csp') args.csp = STRICT_CSP;
    else if (a === '--port') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0 || n > 65535) fail(`--port wants a port number, got ${argv[i]}`);
      args.port = n;
    } else fail(`Unknown option ${a}. Options: --port N, --serve-only, --headless, --csp.`);
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

  console.log('Building the demo extension…');
  execSync('npm run --silent build:demo', { cwd: ROOT, stdio: 'ignore' });
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

  const outDir = path.join(ROOT, 'demo-output');
  mkdirSync(outDir, { recursive: true });
  const page = await browser.context.newPage();
  // The Chrome Web Store's screenshot size, so any of these can go to the store as it is.
  await page.setViewportSize(STORE_SCREENSHOT);
  const rows: string[][] = [];
  let failures = 0;
  for (const flavour of FLAVOURS) {
    for (const ticket of demoTickets()) {
      await page.goto(server.url + ticketPath(flavour, ticket.id));
      const shown = page.locator(`gvul-sidebar [data-testid="ticket"][data-ticket-id="${ticket.id}"]`);
      let summary: string;
      try {
        await shown.waitFor({ timeout: 10_000 });
        summary = await sidebarSummary(page);
      } catch (err) {
        failures++;
        summary = `sidebar did not show this ticket (${err instanceof Error ? err.message.split('\n')[0] : err})`;
      }
      const file = path.join(outDir, `${flavour}-${ticket.id}.png`);
      await page.screenshot({ path: file });
      rows.push([flavour, ticket.id, ticket.subject.slice(0, 40), summary]);
    }
  }
  await browser.close();
  await server.close();
  printTable(['helpdesk', 'ticket', 'subject', 'sidebar shows'], rows);
  console.log(`\nScreenshots: ${outDir}`);
  if (failures) fail(`${failures} ticket(s) did not show in the sidebar.`);
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

async function sidebarSummary(page: import('playwright-core').Page): Promise<string> {
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

import { startDemoServer } from '../demo/server';
import { ticketPath } from '../demo/routes';
import { launchChromeWithExtension } from './browsers';
const server = await startDemoServer({ quiet: true });
const b = await launchChromeWithExtension();
try {
  const sw = b.context.serviceWorkers()[0]!;
  sw.on('console', (m) => console.log('SW:', m.text()));
  const page = await b.context.newPage();
  page.on('console', (m) => console.log('PAGE:', m.text()));
  await page.goto(server.url + ticketPath('zendesk', '1'));
  await page.locator('gvul-sidebar [data-testid="party"]').waitFor({ timeout: 15000 });
  await page.locator('gvul-sidebar [data-testid="reply"] [data-testid="reply-insert"]').first().click();
  await page.waitForTimeout(2000);
  console.log(await page.locator('gvul-sidebar [data-testid="reply-status"]').first().textContent().catch(() => 'nostatus'));
} finally { await b.close(); await server.close(); }

// A team's own helpdesk, end to end in Chromium: the team imports a configuration naming its
// helpdesk's pages and CSS selectors, and on such a page the sidebar reads the ticket through the
// custom adapter, classifies it, and inserts a reply into its plain textarea editor. (The demo
// build already runs on localhost; on a real custom host the permission prompt comes first.)
import { expect, test } from 'vitest';
import { demoSession } from './support/session';

const session = demoSession();

const CONFIG = {
  id: 'acme-desk',
  name: 'Acme Desk',
  hostPattern: 'http://localhost/desk/*',
  ticketIdFrom: 'url',
  selectors: {
    subject: '#subject',
    messages: '.thread .entry',
    messageText: '.body',
    customerMessage: '.from-customer',
    createdAt: '.created',
    requesterName: '#requester .name',
    requesterEmail: '#requester .email',
    editor: 'textarea#reply',
  },
};

// The helpdesk's page, as its own server would send it (ticket text is HTML-escaped there).
const PAGE = `<!doctype html><html><head><title>Ticket 42 · Acme Desk</title></head><body>
<h1 id="subject">No internet since the morning</h1>
<div id="requester"><span class="name">Dana Levi</span> <span class="email">dana@example.com</span></div>
<div class="created" datetime="${new Date(Date.now() - 40 * 60_000).toISOString()}">40 minutes ago</div>
<div class="thread">
  <div class="entry from-customer"><div class="body">There is no internet in the whole office since the morning. The router shows a red light and Google does not open either.</div></div>
  <div class="entry from-agent"><div class="body">Internal: checking.</div></div>
</div>
<form><textarea id="reply" rows="8" cols="80">Draft from the agent.</textarea></form>
</body></html>`;

test('Chromium · a custom helpdesk from settings: read, classified, reply inserted', async () => {
  const { chrome } = session;
  const options = await chrome.context.newPage();
  const page = await chrome.context.newPage();
  try {
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    const file = JSON.stringify({ format: 'gvul-settings', version: 1, settings: { customHelpdesks: [CONFIG] } });
    await options.locator('[data-testid="import"]').setInputFiles({ name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await options.locator('[data-testid="import-result"][data-ok="true"]').waitFor({ timeout: 10_000 });

    const port = new URL(session.server.url).port;
    await page.route('**/desk/tickets/42', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await page.goto(`http://localhost:${port}/desk/tickets/42`);
    const ticket = page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="42"]');
    await ticket.waitFor({ timeout: 15_000 });
    expect(await ticket.textContent()).toContain('Acme Desk');
    expect(await page.locator('gvul-sidebar [data-testid="party"]').getAttribute('data-value')).toBe('isp');

    await page.locator('gvul-sidebar [data-testid="reply-insert"]').first().click();
    await page.locator('gvul-sidebar [data-testid="reply-status"]').waitFor({ timeout: 5_000 });
    const value = await page.locator('textarea#reply').inputValue();
    expect(value.startsWith('Draft from the agent.')).toBe(true);
    expect(value).toContain('Hello Dana,');
  } finally {
    await page.close();
    await options.close();
  }
});

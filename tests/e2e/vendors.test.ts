// The vendor directory on the options page, in real Chromium with the demo build: a vendor the
// team adds decides Try-a-ticket and an open sidebar for a ticket that names it (whose reply
// names it too), is in the exported file, and a file with a broken vendor entry is refused with
// the entry's path.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ticketPath } from '../../demo/routes';
import { e2eTicket } from './support/tickets';
import { demoSession, openTicket } from './support/session';

const session = demoSession();

const NEWSLETTER = 'Our newsletters from Acme Mail stopped going out since yesterday. Can you check?';

async function saved(page: Page) {
  await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 10_000 });
}

test('add Acme Mail as another vendor: Try-a-ticket and the sidebar decide other_vendor, the export has it, a broken entry is refused by path', async () => {
  const options = await session.chrome.context.newPage();
  const helpdesk = await session.chrome.context.newPage();
  try {
    await helpdesk.goto(session.server.url + ticketPath('zendesk', '1'));
    await openTicket(helpdesk, e2eTicket('8500', { subject: 'Newsletters', body: NEWSLETTER }));
    const sidebarParty = helpdesk.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="8500"] ~ * [data-testid="party"]');
    await sidebarParty.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await sidebarParty.getAttribute('data-value')).not.toBe('other_vendor');

    await options.goto(`chrome-extension://${session.chrome.extensionId}/options.html`);
    await options.locator('[data-testid="try-body"]').fill(NEWSLETTER);
    const tryParty = options.locator('[data-testid="try-result"] [data-testid="party"]');
    expect(await tryParty.getAttribute('data-value')).not.toBe('other_vendor');

    await options.locator('[data-testid="vendor-new-names"]').fill('Acme Mail\nאקמה מייל');
    await options.locator('[data-testid="vendor-new-party"]').selectOption('other_vendor');
    await options.locator('[data-testid="vendor-add"]').click();
    await options.locator('[data-testid="vendor-add-message"][data-ok="true"]').waitFor();
    await saved(options);
    expect(await tryParty.getAttribute('data-value')).toBe('other_vendor');
    // The open sidebar follows the saved settings without a reload.
    await expect.poll(() => sidebarParty.getAttribute('data-value'), { timeout: 10_000 }).toBe('other_vendor');
    // The reply it offers first names the team's vendor.
    const reply = helpdesk.locator('gvul-sidebar [data-testid="reply"]').first();
    expect(await reply.getAttribute('data-reply-id')).toBe('other_vendor');
    expect(await reply.locator('.gvul-preview').textContent()).toContain('Acme Mail');

    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="export"]').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const vendors = exported.settings.classification.vendors as { id: string; names: string[]; party: string }[];
    expect(vendors.find((v) => v.names.includes('Acme Mail'))).toEqual({ id: 'acme-mail', names: ['Acme Mail', 'אקמה מייל'], party: 'other_vendor' });

    for (const v of vendors) if (v.id === 'acme-mail') v.party = 'the-moon';
    await options.locator('[data-testid="import"]').setInputFiles({ name: 'bad-vendor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    const result = options.locator('[data-testid="import-result"][data-ok="false"]');
    await expect.poll(() => result.textContent()).toContain('bad-vendor.json was not imported');
    expect(await result.textContent()).toMatch(/settings\.classification\.vendors\[acme-mail\]\.party: must be one of/);
    // Nothing changed: Acme Mail still points to another vendor.
    expect(await options.locator('[data-testid="vendor-party-acme-mail"]').inputValue()).toBe('other_vendor');
  } finally {
    await helpdesk.close();
    await options.close();
  }
});

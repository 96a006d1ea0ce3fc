// The built extension in real Chromium under attack: settings written to freeze the page, a
// helpdesk page script that tries to steer Gvul.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { demoSession } from './support/session';

const session = demoSession();

async function openOptions(): Promise<Page> {
  const page = await session.chrome.context.newPage();
  await page.goto(`chrome-extension://${session.chrome.extensionId}/options.html`);
  await page.locator('[data-testid="ui-lang"]').waitFor();
  return page;
}

const stored = (page: Page) =>
  page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> } }).chrome;
    return { sync: await c.storage.sync!.get(null), local: await c.storage.local!.get(null) };
  });

describe('settings patterns that would freeze the page', () => {
  const file = (name: string, settings: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'gvul-settings', version: 1, settings })),
  });

  test('an imported pasted-output pattern (a+)+$ and a custom ticket-id pattern (\\d|\\d\\d)+$ are refused, saying why', async () => {
    const page = await openOptions();
    try {
      const before = await stored(page);
      const classification = structuredClone(DEFAULT_SETTINGS.classification);
      const first = classification.pastedOutput[0]!;
      first.pattern = '(a+)+$';
      await page.locator('[data-testid="import"]').setInputFiles(file('hostile.json', { classification }));
      const result = page.locator('[data-testid="import-result"][data-ok="false"]');
      await expect.poll(() => result.textContent()).toContain('hostile.json was not imported');
      expect(await result.textContent()).toContain(
        `settings.classification.pastedOutput[${first.id}].pattern: repeats a part that itself repeats (like (a+)+): such a pattern can freeze the page on some texts`,
      );
      expect(await stored(page)).toEqual(before);

      const customHelpdesks = [
        { id: 'acme', name: 'Acme', hostPattern: 'https://help.acme.example/*', ticketIdFrom: 'url', ticketIdPattern: '(\\d|\\d\\d)+$', selectors: { subject: 'h1', messages: '.m', editor: 'textarea' } },
      ];
      await page.locator('[data-testid="import"]').setInputFiles(file('helpdesk.json', { customHelpdesks }));
      await expect.poll(() => result.textContent()).toContain('helpdesk.json was not imported');
      expect(await result.textContent()).toContain('settings.customHelpdesks[acme].ticketIdPattern: repeats alternatives that can start with the same character');
      expect(await stored(page)).toEqual(before);
    } finally {
      await page.close();
    }
  });
});

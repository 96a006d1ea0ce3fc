// Settings end to end in real Chromium with the demo build: an edit in the options page reaches a
// sidebar that is already open without a reload; a bad file is refused with its problem named
// and the settings untouched; export then import round-trips; the popup reports the tab and
// turns Gvul off on a site; axe finds nothing in the options page and the popup, in English and
// Hebrew. (The administrator's managed values: managed.test.ts, through real enterprise policy.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ticketPath } from '../../demo/routes';
import { demoSession, openOptions as openOptionsPage, openPopupFor, storedSettings } from './support/session';
import { ROOT } from '../../scripts/browsers';
import { DEFAULT_CLASSIFICATION_POLICY } from '../../lib/policy/classification';

const session = demoSession();

const openOptions = () => openOptionsPage(session.chrome);
const stored = storedSettings;

async function saved(page: Page) {
  await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 10_000 });
}

async function openTicket(id: string): Promise<Page> {
  const page = await session.chrome.context.newPage();
  await page.goto(session.server.url + ticketPath('zendesk', id));
  await page.locator('gvul-sidebar [data-testid="reply"]').first().waitFor({ timeout: 15_000 });
  return page;
}

test('an edited reply template reaches a sidebar that is already open, without a reload', async () => {
  const ticket = await openTicket('1');
  const options = await openOptions();
  try {
    await ticket.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const first = ticket.locator('gvul-sidebar [data-testid="reply"]').first();
    const replyId = (await first.getAttribute('data-reply-id'))!;
    const lang = (await first.locator('.gvul-preview').getAttribute('lang')) as 'he' | 'en';

    await options.locator('[data-testid="reply-choose"]').selectOption(replyId);
    const text = `E2E reply for ticket {{ticket.id}}: ${lang} edited in the options page.`;
    await options.locator(`[data-testid="reply-body-${lang}"]`).fill(text);
    await expect.poll(() => options.locator(`[data-testid="reply-preview-${lang}"]`).textContent()).toContain('E2E reply for ticket 48213');
    await saved(options);

    const preview = ticket.locator(`gvul-sidebar [data-testid="reply"][data-reply-id="${replyId}"] .gvul-preview`);
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toBe(`E2E reply for ticket 1: ${lang} edited in the options page.`);
    expect(await ticket.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    // Stored as a small change from the defaults, in sync storage.
    const { sync, local } = await stored(options);
    expect(JSON.stringify(sync)).toContain('E2E reply for ticket');
    expect(local).not.toHaveProperty('settings');
  } finally {
    await ticket.close();
    await options.close();
  }
});

describe('import and export', () => {
  const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  test('a broken file is refused with its problem named, and the settings stay as they were', async () => {
    const page = await openOptions();
    try {
      await page.locator('[data-testid="warning-minutes"]').fill('20');
      await saved(page);
      const before = await stored(page);

      const cases: [string, string, RegExp][] = [
        ['bad.json', '{ "format": "gvul-settings", "version": 1, ', /\(the whole file\): is not valid JSON/],
        ['types.json', JSON.stringify({ format: 'gvul-settings', version: 1, settings: { classification: { abstainThreshold: 'high' } } }), /settings\.classification\.abstainThreshold: must be a number, but is "high"/],
        ['range.json', JSON.stringify({ format: 'gvul-settings', version: 1, settings: { sla: { warning: { fractionOfTarget: 3, minutesLeft: 10 } } } }), /settings\.sla\.warning\.fractionOfTarget: must be at most 1, but is 3/],
        ['future.json', JSON.stringify({ format: 'gvul-settings', version: 9, settings: {} }), /version: is 9: the file was made by a newer Gvul/],
      ];
      for (const [name, text, problem] of cases) {
        await page.locator('[data-testid="import"]').setInputFiles(file(name, text));
        const result = page.locator('[data-testid="import-result"][data-ok="false"]');
        await expect.poll(() => result.textContent()).toContain(`${name} was not imported`);
        expect(await result.textContent()).toMatch(problem);
        expect(await stored(page)).toEqual(before);
      }
      expect(await page.locator('[data-testid="warning-minutes"]').inputValue()).toBe('20');
    } finally {
      await page.close();
    }
  });

  test('export then import round-trips exactly', async () => {
    const page = await openOptions();
    try {
      await page.locator('[data-testid="abstain-threshold"]').fill('0.65');
      await page.locator('[data-testid="target-finance-email"]').fill('3');
      await saved(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export"]').click()]);
      const exported = readFileSync((await download.path())!, 'utf8');
      const before = await stored(page);
      expect(JSON.parse(exported)).toMatchObject({ format: 'gvul-settings', version: 1, settings: { classification: { abstainThreshold: 0.65 } } });

      // Change things, then bring the file back.
      await page.locator('[data-testid="reset"]').click();
      await page.locator('[data-testid="reset-yes"]').click();
      await expect.poll(() => page.locator('[data-testid="abstain-threshold"]').inputValue()).toBe(String(DEFAULT_CLASSIFICATION_POLICY.abstainThreshold));
      await page.locator('[data-testid="import"]').setInputFiles(file('exported.json', exported));
      await page.locator('[data-testid="import-result"][data-ok="true"]').waitFor();
      await expect.poll(() => page.locator('[data-testid="abstain-threshold"]').inputValue()).toBe('0.65');
      expect(await stored(page)).toEqual(before);
      const [again] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export"]').click()]);
      const reexported = readFileSync((await again.path())!, 'utf8');
      const strip = (t: string) => ({ ...JSON.parse(t), exportedAt: undefined });
      expect(strip(reexported)).toEqual(strip(exported));
      expect(reexported.replace(/"exportedAt": "[^"]+"/, '')).toBe(exported.replace(/"exportedAt": "[^"]+"/, ''));
    } finally {
      await page.close();
    }
  });
});

test('the popup reports the tab\'s helpdesk, ticket and verdict, and turns Gvul off and on for the site', async () => {
  const ticket = await openTicket('2');
  const popup = await openPopupFor(session.chrome, ticket);
  try {
    await popup.locator('[data-testid="popup-status"][data-kind="ticket"]').waitFor({ timeout: 10_000 });
    const party = await ticket.locator('gvul-sidebar [data-testid="party"]').getAttribute('data-value');
    expect(await popup.locator('[data-testid="popup-verdict"]').getAttribute('data-party')).toBe(party);
    expect(await popup.locator('[data-testid="popup-status"]').textContent()).toContain('Ticket #2 read');

    await popup.locator('[data-testid="site-switch"]').uncheck();
    await ticket.locator('gvul-sidebar').waitFor({ state: 'detached', timeout: 10_000 });
    await popup.locator('[data-testid="popup-status"][data-kind="off"]').waitFor({ timeout: 10_000 });
    await popup.locator('[data-testid="site-switch"]').check();
    await ticket.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="2"]').waitFor({ timeout: 10_000 });
  } finally {
    await ticket.close();
    await popup.close();
  }
});

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

async function axeViolations(page: Page) {
  // Extension pages forbid inline scripts (CSP), so addScriptTag cannot inject axe; evaluating
  // its source through the DevTools protocol can.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(' ')}`);
  });
}

describe.each([
  ['en', 'ltr'],
  ['he', 'rtl'],
])('axe in %s', (lang, dir) => {
  test('finds no violations in the options page and the popup', async () => {
    const page = await openOptions();
    try {
      await page.locator('[data-testid="ui-lang"]').selectOption(lang);
      await saved(page);
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(dir);
      // The try-a-ticket box shows the verdict card too.
      await page.locator('[data-testid="try-body"]').fill('Since this morning nobody in the office receives mail, webmail too.');
      await page.locator('[data-testid="try-result"]').waitFor();
      for (const details of await page.locator('details').all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`chrome-extension://${session.chrome.extensionId}/popup.html`);
      await page.locator('[data-testid="popup-status"]:not([data-kind="loading"])').waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

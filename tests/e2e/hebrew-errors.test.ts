// The Hebrew UI in every error state the end-to-end tests reach, in real Chromium with the demo
// build: a ticket page without the ticket, a page that lost part of the ticket, an insertion
// refused because the ticket changed, no reply editor, a ticket list, the popup on each kind of
// tab, settings files the options page refuses and a value it cannot save. None of them may
// show an English sentence. What may stay in Latin letters: the helpdesks' names, file
// names, ids, setting paths, and the ticket's own text.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { BUILTIN_ADAPTERS } from '../../lib/adapters';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { listPath, ticketPath } from '../../demo/routes';
import { e2eTicket } from './support/tickets';
import { demoSession, openOptions, openPopupFor, openTicket } from './support/session';

const session = demoSession();

/** A Latin-script word: once names, codes and the ticket's own words are out, it is English. */
const LATIN_WORD = /[A-Za-z]{2,}/g;
const HEBREW = /[\u0590-\u05FF]/;
const NAMES = [...BUILTIN_ADAPTERS.map((a) => a.name), 'JSON'];
/**
 * Codes the agent reads as they are written elsewhere: where in the settings a problem is
 * (`settings.classification.vendors[acme-mail].party`, or `format:` starting a problem line), a
 * value quoted from the file (`"high"`), a pattern shown as an example (`(a|ab)+`), and time
 * zones (`Asia/Jerusalem`, `UTC`).
 */
const CODES = [/"[^"\n]*"/g, /\([^()\s]*\)[+*?]?/g, /\b[A-Za-z_]\w*(?:\.[\w-]+|\[[^\]]*\])+/g, /^[A-Za-z_][\w-]*(?=:)/gm, /\b[A-Z][a-z]+(?:\/[A-Za-z_]+)+|\bUTC\b/g];

/** The English words in `text`, once the names and the ticket's own words are taken out. */
function englishIn(text: string, allowed: string[] = []): string[] {
  let rest = CODES.reduce((t, code) => t.replace(code, ' '), text);
  for (const name of [...NAMES, ...allowed].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return rest.match(LATIN_WORD) ?? [];
}

/** What the agent sees in `where`, in Hebrew and without English. */
async function expectHebrew(where: Locator, allowed: string[] = []) {
  const text = await where.innerText();
  expect(text, 'the state shows something').toMatch(HEBREW);
  expect(englishIn(text, allowed), text).toEqual([]);
}

const HE_BODY = 'מאז הבוקר אף תיבת דואר במשרד לא מקבלת מיילים, גם לא בדואר האינטרנטי.';
const heTicket = (id: string, over: Record<string, unknown> = {}) =>
  e2eTicket(id, { subject: `בדיקה ${id}`, body: HE_BODY, lang: 'he', requester: { name: 'דנה לוי', email: 'dana@example.com' }, ...over });

const panel = (page: Page) => page.locator('gvul-sidebar .gvul-panel');
const sidebar = (page: Page, testid: string) => page.locator(`gvul-sidebar [data-testid="${testid}"]`).first();

async function helpdeskPage(path: string): Promise<Page> {
  const page = await session.chrome.context.newPage();
  await page.goto(session.server.url + path);
  return page;
}

/** A Zendesk ticket page showing the Hebrew ticket `id`. */
async function showTicket(id: string, flavour: 'zendesk' | 'freshdesk' = 'zendesk'): Promise<Page> {
  const page = await helpdeskPage(ticketPath(flavour, '1'));
  await sidebar(page, 'ticket').waitFor({ timeout: 15_000 });
  await openTicket(page, heTicket(id));
  await page.locator(`gvul-sidebar [data-testid="ticket"][data-ticket-id="${id}"]`).waitFor({ timeout: 10_000 });
  return page;
}

beforeAll(async () => {
  const options = await openOptions(session.chrome);
  try {
    await options.locator('[data-testid="ui-lang"]').selectOption('he');
    await options.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 10_000 });
    await options.waitForFunction(() => document.documentElement.dir === 'rtl');
  } finally {
    await options.close();
  }
});

describe('the sidebar in Hebrew', () => {
  test('a ticket page that shows no ticket: why, in Hebrew, and the paste box', async () => {
    const page = await helpdeskPage(ticketPath('zendesk', '424242'));
    try {
      await sidebar(page, 'unreadable').waitFor({ timeout: 15_000 });
      await expectHebrew(panel(page), ['424242']);
      // Classified by hand from what the agent pastes: the same Hebrew sidebar.
      await sidebar(page, 'paste-text').fill(HE_BODY);
      await sidebar(page, 'paste-classify').click();
      await sidebar(page, 'owner').waitFor();
      await expectHebrew(panel(page), ['424242']);
    } finally {
      await page.close();
    }
  });

  test('a page that lost the ticket\'s subject: what is missing, named in Hebrew', async () => {
    const page = await showTicket('7103');
    try {
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('input[data-test-id="omni-header-subject"], input[aria-label="Subject"]')) el.remove();
      });
      await sidebar(page, 'unreadable').waitFor({ timeout: 10_000 });
      expect(await sidebar(page, 'unreadable').innerText()).toContain('הנושא');
      await expectHebrew(panel(page));
    } finally {
      await page.close();
    }
  });

  test('Insert clicked right after the helpdesk switched tickets: refused, in Hebrew', async () => {
    const page = await showTicket('7104');
    try {
      await page.evaluate(
        ({ ticket }) => {
          (window as unknown as { demoHelpdesk: { openTicket(t: unknown): void } }).demoHelpdesk.openTicket(ticket);
          // The click lands before the sidebar has caught up with the switch.
          const root = document.querySelector('gvul-sidebar')!.shadowRoot!;
          (root.querySelector('[data-testid="reply-insert"]') as HTMLButtonElement).click();
        },
        { ticket: heTicket('7105') },
      );
      await sidebar(page, 'insert-refused').waitFor({ timeout: 10_000 });
      await expectHebrew(sidebar(page, 'insert-refused'));
      await expectHebrew(panel(page));
    } finally {
      await page.close();
    }
  });

  test('no reply editor on the page: the reply\'s status says so in Hebrew', async () => {
    const page = await showTicket('7106', 'freshdesk');
    try {
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('[contenteditable="true"]')) el.setAttribute('contenteditable', 'false');
      });
      await sidebar(page, 'reply-insert').click();
      await sidebar(page, 'reply-status').waitFor({ timeout: 5_000 });
      await expectHebrew(sidebar(page, 'reply-status'));
    } finally {
      await page.close();
    }
  });

  test('a ticket list: the tab says no ticket is open', async () => {
    const page = await helpdeskPage(listPath('zendesk'));
    try {
      await sidebar(page, 'no-ticket').waitFor({ timeout: 15_000 });
      await expectHebrew(sidebar(page, 'no-ticket'));
    } finally {
      await page.close();
    }
  });
});

describe('the popup in Hebrew', () => {
  async function popupFor(tab: Page, kind: string): Promise<void> {
    const popup = await openPopupFor(session.chrome, tab);
    try {
      await popup.locator(`[data-testid="popup-status"][data-kind="${kind}"]`).waitFor({ timeout: 10_000 });
      await expectHebrew(popup.locator('[data-testid="popup"]'), ['127.0.0.1', '424242']);
    } finally {
      await popup.close();
    }
  }

  test.each([
    ['a ticket page without the ticket', 'unreadable', () => ticketPath('zendesk', '424242'), 'unreadable'],
    ['a ticket list', 'no-ticket', () => listPath('zendesk'), 'no-ticket'],
    ['a page of the demo server that is no helpdesk page', 'not-helpdesk', () => '/', 'not-helpdesk'],
  ])('%s', async (_name, kind, path, sidebarState) => {
    const tab = await helpdeskPage(path());
    try {
      if (sidebarState !== 'not-helpdesk') await sidebar(tab, sidebarState).waitFor({ timeout: 15_000 });
      await popupFor(tab, kind);
    } finally {
      await tab.close();
    }
  });

  test('a tab Gvul does not run in', async () => {
    const tab = await session.chrome.context.newPage();
    try {
      await tab.goto('about:blank');
      await popupFor(tab, 'no-page');
    } finally {
      await tab.close();
    }
  });
});

describe('the options page in Hebrew', () => {
  const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const settingsFile = (name: string, settings: unknown, version = 1) =>
    file(name, JSON.stringify({ format: 'gvul-settings', version, settings }));

  test('every settings file it refuses says why in Hebrew', async () => {
    const classification = structuredClone(DEFAULT_SETTINGS.classification);
    classification.pastedOutput[0]!.pattern = '(a+)+$';
    const vendors = structuredClone(DEFAULT_SETTINGS.classification);
    (vendors.vendors[0] as { party: string }).party = 'the-moon';
    const cases = [
      file('bad.json', '{ "format": "gvul-settings", "version": 1, '),
      file('other.json', JSON.stringify({ hello: 'world' })),
      settingsFile('types.json', { classification: { abstainThreshold: 'high' } }),
      settingsFile('range.json', { sla: { warning: { fractionOfTarget: 3, minutesLeft: 10 } } }),
      settingsFile('future.json', {}, 9),
      settingsFile('hostile.json', { classification }),
      settingsFile('vendor.json', { classification: vendors }),
      settingsFile('helpdesk.json', {
        customHelpdesks: [
          { id: 'acme', name: 'Acme', hostPattern: 'https://help.acme.example/*', ticketIdFrom: 'url', ticketIdPattern: '(\\d|\\d\\d)+$', selectors: { subject: 'h1', messages: '.m', editor: 'textarea' } },
        ],
      }),
    ];
    const page = await openOptions(session.chrome);
    try {
      const result = page.locator('[data-testid="import-result"][data-ok="false"]');
      for (const f of cases) {
        await page.locator('[data-testid="import"]').setInputFiles(f);
        await expect.poll(() => result.textContent()).toContain(f.name);
        await expectHebrew(result, [f.name]);
      }
    } finally {
      await page.close();
    }
  });

  test('a value the form cannot save says why in Hebrew', async () => {
    const page = await openOptions(session.chrome);
    try {
      await page.locator('[data-testid="firm-threshold"]').fill('5');
      await page.locator('[data-testid="save-status"][data-kind="invalid"]').waitFor({ timeout: 10_000 });
      await expectHebrew(page.locator('.gvul-status'));
    } finally {
      await page.close();
    }
  });
});

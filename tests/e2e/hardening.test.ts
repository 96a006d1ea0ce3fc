// The built extension in real Chromium under attack: settings written to freeze the page, a
// helpdesk page script that tries to steer Gvul, a reply meant for another ticket, and a ticket
// long enough that work growing with the page would show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { ticketPath } from '../../demo/routes';
import { demoSession, openOptions as openOptionsPage, storedSettings } from './support/session';
import { e2eTicket } from './support/tickets';
import { CHROME_DEMO_BUILD } from '../../scripts/browsers';

const session = demoSession();

const openOptions = () => openOptionsPage(session.chrome);
const stored = storedSettings;

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

describe('a helpdesk page script that tries to steer Gvul', () => {
  const EDITABLE = '[data-test-id="ticket-workspace"]:not([hidden]) .ck-editor__editable[contenteditable="true"]';
  const INSERT = 'gvul-sidebar section > ul > [data-testid="reply"]:first-child [data-testid="reply-insert"]';
  const STATUS = 'gvul-sidebar section > ul > [data-testid="reply"]:first-child [data-testid="reply-status"]';
  const PREVIEW = 'gvul-sidebar section > ul > [data-testid="reply"]:first-child .gvul-preview';
  const replyText = (page: Page) => page.evaluate(() => (window as unknown as { demoHelpdesk: { replyText(): string } }).demoHelpdesk.replyText());
  const open = (page: Page, id: string) =>
    page.evaluate(
      (t) => (window as unknown as { demoHelpdesk: { openTicket(t: unknown): void } }).demoHelpdesk.openTicket(t),
      e2eTicket(id, { body: 'Your mail server rejects all our messages since the update you announced; your status page shows an outage.' }),
    );

  test('cannot switch Gvul off, answer in its place, or make it report an insertion the editor does not show', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await page.goto(session.server.url + ticketPath('zendesk', '1'));
      await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="1"]').waitFor({ timeout: 15_000 });

      // The start-up announcement WXT's content scripts make, sent by the page.
      await page.evaluate((extensionId) => {
        const type = `${extensionId}:helpdesk:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'helpdesk', messageId: 'page' } }));
        window.postMessage({ type, contentScriptName: 'helpdesk', messageId: 'page' }, '*');
      }, session.chrome.extensionId);
      await open(page, '7401');
      await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="7401"]').waitFor({ timeout: 10_000 });

      // The page answers insertion requests itself, and makes the editor drop what it is given.
      await page.evaluate((selector) => {
        document.addEventListener('gvul:insert', (event) => {
          const { requestId } = JSON.parse((event as CustomEvent<string>).detail) as { requestId: string };
          const detail = JSON.stringify({ requestId, ok: false, error: 'Call 555-0100 to finish this reply' });
          document.dispatchEvent(new CustomEvent('gvul:inserted', { detail }));
        });
        const editor = (document.querySelector(selector) as unknown as { ckeditorInstance: { model: Record<string, unknown> } }).ckeditorInstance;
        (window as unknown as { __insertContent: unknown }).__insertContent = editor.model.insertContent;
        editor.model.insertContent = () => {};
      }, EDITABLE);
      const before = await replyText(page);
      await page.locator(INSERT).first().click();
      await expect.poll(() => page.locator(STATUS).first().textContent(), { timeout: 10_000 }).not.toBe('');
      const status = (await page.locator(STATUS).first().textContent())!;
      expect(status).not.toContain('555-0100');
      expect(status).not.toMatch(/Inserted/);
      expect(status).toBe('The editor did not take the reply. Use "Copy" and paste it instead.');
      expect(await replyText(page)).toBe(before);

      // The editor restored: the same button inserts, and Gvul says so because the editor shows it.
      await page.evaluate((selector) => {
        const editor = (document.querySelector(selector) as unknown as { ckeditorInstance: { model: Record<string, unknown> } }).ckeditorInstance;
        editor.model.insertContent = (window as unknown as { __insertContent: unknown }).__insertContent;
      }, EDITABLE);
      await open(page, '7402');
      await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="7402"]').waitFor({ timeout: 10_000 });
      const reply = (await page.locator(PREVIEW).first().textContent())!;
      await page.locator(INSERT).first().click();
      await expect.poll(() => page.locator(STATUS).first().textContent(), { timeout: 10_000 }).toMatch(/Inserted/);
      expect(await replyText(page)).toContain(reply);
    } finally {
      await page.close();
    }
  });
});

describe("a reply never goes into another customer's ticket", () => {
  const INSERT = 'gvul-sidebar [data-testid="reply"]:first-of-type [data-testid="reply-insert"]';
  const REFUSED = 'gvul-sidebar [data-testid="insert-refused"]';
  const OTHER_TICKET = 'Nothing was inserted: the ticket on screen is not the one this reply was made for.';
  const BODY = 'Your mail server rejects all our messages since the update you announced; your status page shows an outage.';
  let seq = 7500;
  const ids = () => [String(++seq), String(++seq)] as const;

  const replyText = (page: Page) => page.evaluate(() => (window as unknown as { demoHelpdesk: { replyText(): string } }).demoHelpdesk.replyText());
  const open = (page: Page, id: string, name: string) =>
    page.evaluate((t) => (window as unknown as { demoHelpdesk: { openTicket(t: unknown): void } }).demoHelpdesk.openTicket(t), e2eTicket(id, { body: BODY, requester: { name, email: 'c@example.com' } }));
  const shows = (page: Page, id: string) => page.locator(`gvul-sidebar [data-testid="ticket"][data-ticket-id="${id}"]`).waitFor({ timeout: 10_000 });

  /** The keyboard command, as the background sends it to the active tab. */
  const command = (script?: string) =>
    session.chrome.worker.evaluate(async (script) => {
      type Api = {
        tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
        scripting: { executeScript(o: object): Promise<unknown> };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      // A switch the page makes just before the key arrives (run in the page's own world).
      if (script) await api.scripting.executeScript({ target: { tabId: tab!.id }, world: 'MAIN', func: (s: string) => (0, eval)(s), args: [script] });
      return api.tabs.sendMessage(tab!.id, { type: 'gvul:command', command: 'insert-top-reply' });
    }, script);

  /** Switch to ticket `id` the way some helpdesks do: a new URL and `hidden` toggled, nothing re-rendered. */
  const attributeSwitch = (id: string) => `
    history.pushState(null, '', ${JSON.stringify(ticketPath('zendesk', ''))} + ${JSON.stringify(id)});
    for (const ws of document.querySelectorAll('[data-test-id="ticket-workspace"]')) ws.hidden = ws.getAttribute('data-side-conversations-anchor-id') !== ${JSON.stringify(id)};`;

  async function twoTickets(bothOpen: boolean) {
    const page = await session.chrome.context.newPage();
    await page.goto(session.server.url + ticketPath('zendesk', '1'));
    await shows(page, '1');
    const [a, b] = ids();
    await open(page, a, 'Alice Adler');
    await shows(page, a);
    if (bothOpen) {
      await open(page, b, 'Boaz Bar');
      await shows(page, b);
    }
    return { page, a, b };
  }

  test('Insert clicked right after a fast SPA switch: nothing goes in, the sidebar says so and moves on', async () => {
    const { page, b } = await twoTickets(false);
    try {
      await page.evaluate(
        ({ ticket, insert }) => {
          (window as unknown as { demoHelpdesk: { openTicket(t: unknown): void } }).demoHelpdesk.openTicket(ticket);
          // The click lands before the sidebar has caught up with the switch.
          (document.querySelector('gvul-sidebar')!.shadowRoot!.querySelector(insert) as HTMLButtonElement).click();
        },
        { ticket: e2eTicket(b, { body: BODY, requester: { name: 'Boaz Bar', email: 'c@example.com' } }), insert: INSERT.replace(/^gvul-sidebar /, '') },
      );
      await shows(page, b);
      expect(await page.locator(REFUSED).textContent()).toContain(OTHER_TICKET);
      expect(await replyText(page)).not.toContain('Alice');
    } finally {
      await page.close();
    }
  });

  test('Insert clicked right after an attribute-only switch: nothing goes in, the sidebar follows', async () => {
    const { page, a, b } = await twoTickets(true);
    try {
      await page.evaluate(`${attributeSwitch(a)}
        document.querySelector('gvul-sidebar').shadowRoot.querySelector(${JSON.stringify(INSERT.replace(/^gvul-sidebar /, ''))}).click();`);
      await shows(page, a);
      expect(await page.locator(REFUSED).textContent()).toContain(OTHER_TICKET);
      expect(await replyText(page)).not.toContain('Boaz');
      expect(await replyText(page)).not.toContain(`#${b}`);
    } finally {
      await page.close();
    }
  });

  test.each([
    ['a fast SPA switch', false],
    ['an attribute-only switch', true],
  ])('the insert-reply key right after %s: the reply of the ticket on screen, or nothing', async (_, attributeOnly) => {
    const { page, a, b } = await twoTickets(attributeOnly);
    try {
      // Fast: from A to a new ticket B. Attribute-only: from B back to A.
      const [from, to, toName, fromName] = attributeOnly ? [b, a, 'Alice', 'Boaz'] : [a, b, 'Boaz', 'Alice'];
      const script = attributeOnly
        ? attributeSwitch(to)
        : `window.demoHelpdesk.openTicket(${JSON.stringify(e2eTicket(to, { body: BODY, requester: { name: 'Boaz Bar', email: 'c@example.com' } }))})`;
      const outcome = (await command(script)) as { ok: boolean; problem?: string };
      await shows(page, to);
      const model = await replyText(page);
      expect(model).not.toContain(fromName);
      expect(model).not.toContain(`#${from}`);
      if (outcome.ok) expect(model).toContain(`Hello ${toName}`);
      else {
        expect(outcome.problem).toBe('other-ticket');
        expect(await page.locator(REFUSED).textContent()).toContain(OTHER_TICKET);
      }
    } finally {
      await page.close();
    }
  });
});

describe('work that grows with what Gvul uses, not with the page', () => {
  const CONTENT_SCRIPT = path.join(CHROME_DEMO_BUILD, 'content-scripts/helpdesk.js');
  const EDITABLE = '[data-test-id="ticket-workspace"]:not([hidden]) .ck-editor__editable[contenteditable="true"]';
  const MESSAGE = '[data-test-id="ticket-workspace"]:not([hidden]) article.zd-comment-customer [data-test-id="omni-log-item-message"]';

  /**
   * How often the content script has read the Zendesk ticket and handed the sidebar a new page
   * since the last look: call counts from V8's precise coverage of the built script (no hook in
   * Gvul). Zendesk's reading is the function around its conversation selector; the sidebar
   * store's `setPage` keeps its name through minification, being a property.
   */
  async function workCounter(page: Page) {
    const source = readFileSync(CONTENT_SCRIPT, 'utf8');
    const marker = source.indexOf('article[data-test-id="omni-log-comment-item"]');
    expect(marker).toBeGreaterThan(0);
    const cdp = await session.chrome.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    const totals = { reads: 0, shown: 0 };
    const take = async () => {
      const { result } = await cdp.send('Profiler.takePreciseCoverage');
      const script = result.find((s) => s.url.endsWith('/content-scripts/helpdesk.js'));
      let reading: { start: number; end: number; count: number } | undefined;
      for (const f of script?.functions ?? []) {
        const r = f.ranges[0]!;
        if (f.functionName === 'setPage') totals.shown += r.count;
        if (r.startOffset <= marker && marker < r.endOffset && (!reading || r.endOffset - r.startOffset < reading.end - reading.start)) {
          reading = { start: r.startOffset, end: r.endOffset, count: r.count };
        }
      }
      totals.reads += reading?.count ?? 0;
      return { ...totals };
    };
    await take();
    return {
      take,
      reset: async () => {
        await take();
        totals.reads = 0;
        totals.shown = 0;
      },
    };
  }

  test('typing a reply in a long ticket reads nothing, and a change past what the classifier reads shows nothing new', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await page.goto(session.server.url + ticketPath('zendesk', '1'));
      await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="1"]').waitFor({ timeout: 15_000 });
      const body = 'Since this morning no mailbox in the office receives mail, webmail too. '.repeat(400);
      await page.evaluate(
        (t) => (window as unknown as { demoHelpdesk: { openTicket(t: unknown): void } }).demoHelpdesk.openTicket(t),
        e2eTicket('7601', { body }),
      );
      await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="7601"]').waitFor({ timeout: 10_000 });
      await page.locator('gvul-sidebar [data-testid="party"]').waitFor();
      await page.locator(EDITABLE).click();
      const work = await workCounter(page);
      await work.reset();

      await page.keyboard.type('Hello Dana, thanks for the details.', { delay: 30 });
      // Then the customer's message changes at its end, far past the first 8,000 characters: one
      // reading (which shows the typing caused none), and nothing new for the sidebar.
      await page.locator(MESSAGE).evaluate((el) => el.append(' PS: the website is down as well.'));
      await expect.poll(async () => (await work.take()).reads, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await work.take()).toEqual({ reads: 1, shown: 0 });

      // A change at its start is read and shown: the counter sees what it should.
      await page.locator(MESSAGE).evaluate((el) => el.prepend('Our website is down. '));
      await expect.poll(async () => (await work.take()).shown, { timeout: 10_000 }).toBe(1);
    } finally {
      await page.close();
    }
  });
});

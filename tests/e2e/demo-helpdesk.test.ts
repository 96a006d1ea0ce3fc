// The embedded demo helpdesk on its own (no extension): every flavour opens ticket 1 from its
// URL, switches tickets without a reload, follows back/forward, renders hostile ticket text as
// text, and its reply editor holds what is typed the way the real editor does.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../demo/server.ts';
import { DEMO_TICKETS, type DemoTicket } from '../../demo/tickets.ts';
import { ticketPath, type Flavour } from '../../demo/routes.ts';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Where each flavour shows the subject of the ticket on screen. */
const SUBJECT: Record<Flavour, string> = {
  zendesk: '[data-test-id="ticket-workspace"]:not([hidden]) input[data-test-id="omni-header-subject"]',
  zoho: '[class*="-ticketdetail-subject"]',
  freshdesk: '.ticket-subject-heading',
  helpscout: '[data-testid="ConversationSubject"]',
};

const FIRST: Record<Flavour, string> = {
  zendesk: '/zendesk/agent/tickets/1',
  zoho: '/zoho/agent/demo/support/tickets/details/1',
  freshdesk: '/freshdesk/a/tickets/1',
  helpscout: '/helpscout/conversation/1/1',
};

const ticket1 = DEMO_TICKETS[0]!;
const ticket2 = DEMO_TICKETS[1]!;

let server: DemoServer;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's (\`sudo apt-get install chromium\`) or set CHROME_PATH to a Chrome/Chromium executable.`,
    );
  }
  server = await startDemoServer({ quiet: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && url !== 'about:blank') {
      errors.push(`${path}: request outside the demo server: ${url}`);
    }
  });
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.demoHelpdesk !== undefined);
  return page;
}

async function subjectOf(page: Page, flavour: Flavour): Promise<string> {
  const el = page.locator(SUBJECT[flavour]);
  return flavour === 'zendesk' ? el.inputValue() : ((await el.textContent()) ?? '');
}

function openTicket(page: Page, ticket: Partial<DemoTicket> & { id: string }) {
  return page.evaluate((t) => window.demoHelpdesk!.openTicket(t as DemoTicket), ticket);
}

const replyText = (page: Page) => page.evaluate(() => window.demoHelpdesk!.replyText());

/** Click into the reply editor, ready for the keyboard. */
async function focusEditor(page: Page, flavour: Flavour) {
  switch (flavour) {
    case 'zendesk':
      await page.locator('[data-test-id="ticket-workspace"]:not([hidden]) .ck-editor__editable[contenteditable=true]').click();
      break;
    case 'zoho':
      await page.frameLocator('iframe.KB_Editor_iframe').locator('body[contenteditable="true"]').click();
      break;
    case 'freshdesk':
      await page.locator('.fr-box .fr-element.fr-view[contenteditable="true"]').click();
      break;
    case 'helpscout':
      await page.locator('[data-cy="ConvoEditor"] [role="textbox"][aria-label="Reply Editor"]').click();
      break;
  }
}

describe.each(['zendesk', 'zoho', 'freshdesk', 'helpscout'] as const)('demo helpdesk: %s', (flavour) => {
  let page: Page;

  beforeAll(async () => {
    page = await open(FIRST[flavour]);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('opens ticket 1 from its URL and exposes the test hooks', async () => {
    await expect.poll(() => subjectOf(page, flavour)).toBe(ticket1.subject);
    expect(await page.evaluate(() => window.demoHelpdesk!.flavour)).toBe(flavour);
    expect(await page.evaluate(() => window.demoHelpdesk!.tickets.length)).toBe(DEMO_TICKETS.length);
    expect(await page.locator('time[datetime]').count()).toBeGreaterThan(0);
  });

  it('switches tickets without a reload, also to ids outside the demo set, and follows back', async () => {
    await page.evaluate(() => ((window as unknown as { __marker: string }).__marker = 'still here'));
    await openTicket(page, ticket2);
    expect(new URL(page.url()).pathname).toBe(ticketPath(flavour, ticket2.id));
    await expect.poll(() => subjectOf(page, flavour)).toBe(ticket2.subject);

    await openTicket(page, {
      id: 'e2e-7',
      subject: 'Printer offline in the office',
      body: 'The office printer shows offline on every PC.',
      channel: 'web',
      createdAt: new Date(Date.now() - 3600_000).toISOString(),
      requester: { name: 'Test Customer', email: 'test@example.com' },
      agentReplied: true,
    });
    expect(new URL(page.url()).pathname).toBe(ticketPath(flavour, 'e2e-7'));
    await expect.poll(() => subjectOf(page, flavour)).toBe('Printer offline in the office');

    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(ticketPath(flavour, ticket2.id));
    await expect.poll(() => subjectOf(page, flavour)).toBe(ticket2.subject);
    expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe('still here');
  });

  it('holds what is typed with the keyboard in the reply editor, one line per paragraph', async () => {
    await openTicket(page, { ...ticket1, id: `typing-${flavour}` });
    await expect.poll(() => subjectOf(page, flavour)).toBe(ticket1.subject);
    expect(await replyText(page)).toBe('');
    await page.waitForTimeout(flavour === 'zendesk' ? 300 : 50);
    await focusEditor(page, flavour);
    await page.keyboard.type('Hello from the test');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second line');
    await expect.poll(() => replyText(page)).toBe('Hello from the test\nsecond line');

    // A new ticket starts with an empty composer.
    await openTicket(page, { ...ticket2, id: `typing-2-${flavour}` });
    await expect.poll(() => replyText(page)).toBe('');
  });

  it('renders hostile ticket text as text and runs none of it', async () => {
    await openTicket(page, {
      id: `xss-${flavour}`,
      subject: HOSTILE,
      body: HOSTILE,
      channel: 'email',
      createdAt: new Date().toISOString(),
      requester: { name: HOSTILE, email: 'x@example.com' },
      agentReplied: true,
    });
    await expect.poll(() => subjectOf(page, flavour)).toBe(HOSTILE);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#root script').count()).toBe(0);
    const bodyText = await page.locator('#root').textContent();
    expect(bodyText).toContain(HOSTILE);
  });

  it('made no request outside the demo server and threw no page errors', () => {
    expect(errors.filter((e) => e.startsWith(FIRST[flavour]))).toEqual([]);
  });
});

describe('demo helpdesk: editor and page behaviour of each flavour', () => {
  it('Zendesk: the CKEditor model is what replyText reads, and tabs stay mounted', async () => {
    const page = await open('/zendesk/agent/tickets/1');
    await openTicket(page, ticket2);
    await openTicket(page, DEMO_TICKETS[2]!);
    const workspaces = page.locator('[data-test-id="ticket-workspace"]');
    expect(await workspaces.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-test-id="ticket-workspace"]:not([hidden])').count()).toBe(1);
    expect(
      await page.locator('[data-test-id="ticket-workspace"]:not([hidden])').getAttribute('data-side-conversations-anchor-id'),
    ).toBe(DEMO_TICKETS[2]!.id);
    expect(await page.locator(`[data-side-conversations-anchor-id="${ticket2.id}"][hidden]`).count()).toBe(1);

    const editable = '[data-test-id="ticket-workspace"]:not([hidden]) [data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable';
    await page.waitForFunction((sel) => {
      const el = document.querySelector(sel) as (Element & { ckeditorInstance?: unknown }) | null;
      return Boolean(el?.ckeditorInstance);
    }, editable);
    await page.locator(editable).click();
    await page.keyboard.type('Typed');
    // Insert through the editor's own API, as Gvul's page-world insertion does.
    const modelText = await page.evaluate((sel) => {
      interface Node {
        data?: string;
        getChildren?(): Iterable<Node>;
      }
      const el = document.querySelector(sel) as Element & {
        ckeditorInstance: {
          model: {
            document: { getRoot(): Node; selection: { getLastPosition(): unknown } };
            change(cb: (w: { insertText(t: string, p: unknown): void }) => void): void;
          };
        };
      };
      const model = el.ckeditorInstance.model;
      model.change((w) => w.insertText(' and inserted', model.document.selection.getLastPosition()));
      return [...model.document.getRoot().getChildren!()]
        .map((p) => [...(p.getChildren?.() ?? [])].map((n) => n.data ?? '').join(''))
        .join('\n');
    }, editable);
    expect(modelText).toBe('Typed and inserted');
    expect(await replyText(page)).toBe(modelText);

    // A change to the editable's DOM that skips the model is not what gets sent.
    await page.evaluate((sel) => {
      document.querySelector(`${sel} p`)!.append(document.createTextNode(' DOM only'));
    }, editable);
    expect(await replyText(page)).toBe('Typed and inserted');
    await page.close();
  });

  it('Zoho: "next ticket" changes the header without changing the URL; class names are hashed', async () => {
    const page = await open('/zoho/agent/demo/support/tickets/details/1');
    const number = page.locator('[class*="-ticketdetail-ticketNumber"]');
    await expect.poll(() => number.textContent()).toBe('#1');
    const before = page.url();
    await page.locator('[class*="-ticketdetail-nextTicket"]').click();
    await expect.poll(() => number.textContent()).toBe(`#${ticket2.id}`);
    expect(page.url()).toBe(before);
    expect(await page.locator('[class*="-ticketdetail-subject"]').textContent()).toBe(ticket2.subject);
    const headerClass = await page.locator('[class*="-ticketdetail-header"]').getAttribute('class');
    expect(headerClass).toMatch(/^zd_[0-9a-f]{6}-ticketdetail-header$/);
    // The editor of the stepped-to ticket works as well.
    await page.frameLocator('iframe.KB_Editor_iframe').locator('body').click();
    await page.keyboard.type('next one');
    await expect.poll(() => replyText(page)).toBe('next one');
    await page.close();
  });

  it('Freshdesk: the editor model only follows the DOM on input/keyup', async () => {
    const page = await open('/freshdesk/a/tickets/1');
    const editor = '.fr-box > .fr-wrapper > .fr-element.fr-view[contenteditable="true"]';
    await page.locator(editor).waitFor();
    await page.evaluate((sel) => {
      document.querySelector(sel)!.textContent = 'set without an event';
    }, editor);
    expect(await replyText(page)).toBe('');
    await page.evaluate((sel) => {
      document.querySelector(sel)!.dispatchEvent(new Event('input', { bubbles: true }));
    }, editor);
    expect(await replyText(page)).toBe('set without an event');
    await page.close();
  });

  it('Help Scout: Slate ignores direct DOM changes but takes beforeinput and paste', async () => {
    const page = await open('/helpscout/conversation/1/1');
    const editable = '[data-cy="ConvoEditor"] [role="textbox"][aria-label="Reply Editor"]';
    await page.locator(editable).waitFor();
    await page.evaluate((sel) => {
      const leaf = document.querySelector(`${sel} [data-slate-node="text"]`) ?? document.querySelector(sel)!;
      leaf.textContent = 'DOM only';
    }, editable);
    expect(await replyText(page)).toBe('');

    await openTicket(page, { ...ticket2, id: 'slate-events' });
    await page.locator(editable).click();
    await page.waitForTimeout(150);
    await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      el.dispatchEvent(
        new InputEvent('beforeinput', { inputType: 'insertText', data: 'by beforeinput', bubbles: true, cancelable: true }),
      );
    }, editable);
    await expect.poll(() => replyText(page)).toBe('by beforeinput');
    await page.evaluate((sel) => {
      const data = new DataTransfer();
      data.setData('text/plain', ' and by paste');
      document.querySelector(sel)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, editable);
    await expect.poll(() => replyText(page)).toBe('by beforeinput and by paste');

    // Undo goes through slate-history.
    await page.keyboard.press('Control+z');
    await expect.poll(() => replyText(page)).not.toBe('by beforeinput and by paste');
    await page.close();
  });
});

describe('demo helpdesk: the whole run', () => {
  it('threw no page error and made no request outside the demo server on any page', () => {
    expect(errors).toEqual([]);
  });
});

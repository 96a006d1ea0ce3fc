// Inserting a reply, end to end: the built demo extension in real Chromium (every flavour) and
// Firefox ESR puts the sidebar's reply into each helpdesk's own editor model (the demo's
// `replyText()`), after the agent's draft or at their caret, never replacing it, escaped, in one
// step of the editor's own undo. Also: Hebrew blocks get dir="rtl", no editor gives a message,
// Copy puts the reply on the clipboard.
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ElementHandle, Frame, Page as PPage } from 'puppeteer-core';
import { FLAVOURS, ticketPath, type Flavour } from '../../demo/routes';
import { e2eTicket } from './support/tickets';
import { poll } from './support/poll';
import { demoSession, firefoxSession, openTicket as renderTicket } from './support/session';

// Markup in the name: the reply greets "<b>Dana</b>" as those literal characters.
const REQUESTER = { name: '<b>Dana</b> Levi', email: 'dana@example.com' };
// Classified as the provider's fault: its reply cites the ticket id ("ticket #{{ticket.id}}").
const PROVIDER_BODY =
  'Your mail server rejects all our messages since the update you announced; your status page shows an outage.';
const HEBREW_BODY = 'מאז הבוקר אף תיבת דואר במשרד לא מקבלת מיילים, גם לא בדואר האינטרנטי.';

/** The reply editor's editable, per flavour (Zoho's is the body of its iframe). */
const EDITABLE: Record<Flavour, { frame?: string; editable: string }> = {
  zendesk: { editable: '[data-test-id="ticket-workspace"]:not([hidden]) .ck-editor__editable[contenteditable="true"]' },
  zoho: { frame: 'iframe.KB_Editor_iframe', editable: 'body[data-kb-editor]' },
  freshdesk: { editable: '.fr-element.fr-view[contenteditable="true"]' },
  helpscout: { editable: '[data-cy="ConvoEditor"] [role="textbox"][aria-label="Reply Editor"]' },
};

const SIDEBAR = {
  insert: 'gvul-sidebar section > .gvul-replies > [data-testid="reply"]:first-child [data-testid="reply-insert"]',
  copy: 'gvul-sidebar section > .gvul-replies > [data-testid="reply"]:first-child [data-testid="reply-copy"]',
  preview: 'gvul-sidebar section > .gvul-replies > [data-testid="reply"]:first-child .gvul-preview',
  status: 'gvul-sidebar section > .gvul-replies > [data-testid="reply"]:first-child [data-testid="reply-status"]',
};

const STATUS_IN_SIDEBAR = SIDEBAR.status.replace(/^gvul-sidebar /, '');

let ticketSeq = 7000;
const nextId = () => String(++ticketSeq);

/** Draft, then the reply after a blank line: draft intact and first, reply verbatim, nothing else. */
function expectDraftThenReply(text: string, draft: string, reply: string) {
  expect(text.startsWith(draft)).toBe(true);
  const at = text.indexOf(reply);
  expect(at).toBeGreaterThanOrEqual(draft.length);
  expect(text.slice(draft.length, at).trim()).toBe('');
  expect(text.slice(at + reply.length).trim()).toBe('');
}

type Block = { text: string; dir: string | null };
const replyBlocksIn = () => (window as unknown as { demoHelpdesk: { replyBlocks(): Block[] } }).demoHelpdesk.replyBlocks();

/** Every paragraph of the reply is right to left in the model; the agent's draft paragraph is left as it was. */
function expectRtlReply(blocks: Block[], reply: string, draft: string) {
  const lines = reply.split('\n').filter((l) => l.trim());
  const filled = blocks.filter((b) => b.text.trim());
  expect(filled.map((b) => b.text)).toEqual([draft, ...lines]);
  expect(filled.slice(1).map((b) => b.dir)).toEqual(lines.map(() => 'rtl'));
  expect(filled[0]?.dir).not.toBe('rtl');
}

/** The reply as the sidebar previews it: placeholders filled, the name's markup as text. */
function expectFilled(reply: string, id: string) {
  expect(reply).toContain('<b>Dana</b>');
  expect(reply).toContain(id);
  expect(reply).not.toMatch(/\{\{/);
}

// ---- Chromium (Playwright) ------------------------------------------------------------------

describe('Chromium', () => {
  const session = demoSession();

  async function openTicket(flavour: Flavour, over: Record<string, unknown> = {}) {
    const page = await session.chrome.context.newPage();
    const id = nextId();
    await page.goto(session.server.url + ticketPath(flavour, '1'));
    await page.locator('gvul-sidebar [data-testid="ticket"][data-ticket-id="1"]').waitFor({ timeout: 15_000 });
    await renderTicket(page, e2eTicket(id, { requester: REQUESTER, body: PROVIDER_BODY, ...over }));
    await page.locator(`gvul-sidebar [data-testid="ticket"][data-ticket-id="${id}"]`).waitFor({ timeout: 10_000 });
    await page.locator(SIDEBAR.insert).waitFor({ timeout: 10_000 });
    const editable = editableOf(page, flavour);
    await editable.waitFor({ timeout: 10_000 });
    return { page, id, editable };
  }

  function editableOf(page: Page, flavour: Flavour): Locator {
    const { frame, editable } = EDITABLE[flavour];
    return frame ? page.frameLocator(frame).locator(editable) : page.locator(editable);
  }

  const replyText = (page: Page) =>
    page.evaluate(() => (window as unknown as { demoHelpdesk: { replyText(): string } }).demoHelpdesk.replyText());
  const replyBlocks = (page: Page) => page.evaluate(replyBlocksIn);

  async function preview(page: Page) {
    return (await page.locator(SIDEBAR.preview).textContent()) ?? '';
  }

  async function clickInsert(page: Page) {
    await page.locator(SIDEBAR.insert).click();
    const status = page.locator(SIDEBAR.status);
    await status.waitFor({ timeout: 5_000 });
    return (await status.textContent()) ?? '';
  }

  /** The reply is in the model once the editor has synced (Slate renders on its next commit). */
  async function waitForText(page: Page, fragment: string) {
    await expect.poll(() => replyText(page), { timeout: 5_000 }).toContain(fragment);
  }

  describe.each(FLAVOURS)('%s', (flavour) => {
    test('after a typed draft: the model holds draft + reply, escaped and filled; undo removes the reply', async () => {
      const { page, id, editable } = await openTicket(flavour);
      try {
        const draft = 'Hi there, I am looking into it now.';
        await editable.click();
        await page.keyboard.type(draft);
        await expect.poll(() => replyText(page)).toBe(draft);

        const reply = await preview(page);
        expectFilled(reply, id);
        expect(await clickInsert(page)).toMatch(/Inserted/);
        await waitForText(page, reply);
        expectDraftThenReply(await replyText(page), draft, reply);
        // Text, not markup: no <b> element came out of the requester's name.
        expect(await editable.locator('b').count()).toBe(0);

        await editable.press('Control+z');
        await expect.poll(async () => (await replyText(page)).trim(), { timeout: 5_000 }).toBe(draft);
      } finally {
        await page.close();
      }
    });

    test('into an empty editor: the model holds exactly the reply\'s paragraphs; a second insert adds only the body', async () => {
      const { page } = await openTicket(flavour);
      try {
        const reply = await preview(page);
        expect(await clickInsert(page)).toMatch(/Inserted/);
        await waitForText(page, reply);
        // Not trimmed: no blank line before the greeting, none doubled, none after the name.
        expect(await replyText(page)).toBe(reply);

        const [greeting, ...rest] = reply.split('\n\n');
        const signOff = rest.pop()!;
        const body = rest.join('\n\n');
        await page.locator(SIDEBAR.insert).click();
        await expect.poll(() => replyText(page), { timeout: 5_000 }).toBe(`${reply}\n\n${body}`);
        expect((await replyText(page)).split(greeting!).length).toBe(2);
        expect((await replyText(page)).split(signOff).length).toBe(2);
      } finally {
        await page.close();
      }
    });

    test('at the caret the agent placed in the middle of the draft: reply there, draft intact', async () => {
      const { page, editable } = await openTicket(flavour);
      try {
        await editable.click();
        await page.keyboard.type('Hi there,');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Best, Noa');
        await expect.poll(() => replyText(page)).toBe('Hi there,\nBest, Noa');
        // The caret to the end of the first line, then a click in the sidebar.
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('End');

        const reply = await preview(page);
        expect(await clickInsert(page)).toMatch(/Inserted/);
        await waitForText(page, reply);
        const text = await replyText(page);
        const [head, tail] = text.split(reply);
        expect(head?.trim()).toBe('Hi there,');
        expect(tail?.trim()).toBe('Best, Noa');

        await editable.press('Control+z');
        await expect.poll(() => replyText(page), { timeout: 5_000 }).toBe('Hi there,\nBest, Noa');
      } finally {
        await page.close();
      }
    });
  });

  test.each(FLAVOURS)('%s: a Hebrew reply is right to left in the editor\'s own model, every paragraph of it', async (flavour) => {
    const { page, editable } = await openTicket(flavour, { lang: 'he', body: HEBREW_BODY, subject: 'אין מיילים' });
    try {
      await editable.click();
      await page.keyboard.type('Draft');
      const reply = await preview(page);
      expect(reply).toMatch(/[\u0590-\u05FF]/);
      expect(await clickInsert(page)).not.toBe('');
      await waitForText(page, reply);
      expectRtlReply(await replyBlocks(page), reply, 'Draft');
      if (flavour === 'zendesk') {
        // What Zendesk sends is the editor's data: the paragraphs carry dir="rtl" there too.
        const sent = await editable.evaluate((el) => {
          const data = (el as unknown as { ckeditorInstance: { getData(): string } }).ckeditorInstance.getData();
          const html = document.createElement('template');
          html.innerHTML = data;
          return Array.from(html.content.children, (p) => ({ text: p.textContent ?? '', dir: p.getAttribute('dir') }));
        });
        expectRtlReply(sent, reply, 'Draft');
      }
    } finally {
      await page.close();
    }
  });

  test('no reply editor on the page: the status says so', async () => {
    const { page } = await openTicket('freshdesk');
    try {
      // The agent closed the reply box: Freshdesk's editor is no longer editable.
      await page.locator(EDITABLE.freshdesk.editable).evaluate((el) => el.setAttribute('contenteditable', 'false'));
      expect(await clickInsert(page)).toMatch(/No reply editor found/);
    } finally {
      await page.close();
    }
  });

  test('Copy puts the reply on the clipboard', async () => {
    await session.chrome.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    const { page, id } = await openTicket('zendesk');
    try {
      const reply = await preview(page);
      expectFilled(reply, id);
      await page.locator(SIDEBAR.copy).click();
      await page.locator(SIDEBAR.status).waitFor({ timeout: 5_000 });
      expect(await page.locator(SIDEBAR.status).textContent()).toMatch(/Copied/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reply);
    } finally {
      await page.close();
    }
  });
});

// ---- Firefox ESR (puppeteer over WebDriver BiDi; `>>>` pierces the sidebar's shadow root) ---

const FIREFOX_FLAVOURS: Flavour[] = ['zendesk', 'helpscout', 'zoho', 'freshdesk'];

describe('Firefox ESR', () => {
  const session = firefoxSession();

  const pierce = (selector: string) => selector.replace(/^gvul-sidebar /, 'gvul-sidebar >>> ');

  const replyText = (page: PPage) =>
    page.evaluate(() => (window as unknown as { demoHelpdesk: { replyText(): string } }).demoHelpdesk.replyText());


  async function openTicket(flavour: Flavour, over: Record<string, unknown> = {}) {
    const page = await session.firefox.newPage();
    const id = nextId();
    await page.goto(session.server.url + ticketPath(flavour, '1'));
    await page.waitForSelector('gvul-sidebar >>> [data-testid="ticket"][data-ticket-id="1"]', { timeout: 20_000 });
    await renderTicket(page, e2eTicket(id, { requester: REQUESTER, body: PROVIDER_BODY, ...over }));
    await page.waitForSelector(`gvul-sidebar >>> [data-testid="ticket"][data-ticket-id="${id}"]`, { timeout: 10_000 });
    await page.waitForSelector(pierce(SIDEBAR.insert), { timeout: 10_000 });
    const { frame, editable } = EDITABLE[flavour];
    let scope: PPage | Frame = page;
    if (frame) {
      const iframe = await page.waitForSelector(frame, { timeout: 10_000 });
      scope = (await iframe!.contentFrame())!;
    }
    const element = (await scope.waitForSelector(editable, { timeout: 10_000 })) as ElementHandle<HTMLElement>;
    return { page, id, editable: element };
  }

  test.each(FIREFOX_FLAVOURS)('%s: after a typed draft: draft + reply in the model, undo removes the reply', async (flavour) => {
    const { page, id, editable } = await openTicket(flavour);
    try {
      const draft = 'Hi there, I am looking into it now.';
      await editable.click();
      await page.keyboard.type(draft);
      await poll(() => replyText(page), (t) => t === draft, 'the typed draft');

      const reply = await page.$eval(pierce(SIDEBAR.preview), (p) => p.textContent ?? '');
      expectFilled(reply, id);
      await (await page.$(pierce(SIDEBAR.insert)))!.click();
      // Polled by hand: puppeteer's waitForSelector watches the document, not the shadow root.
      const status = await poll(
        () => page.evaluate((sel) => document.querySelector('gvul-sidebar')?.shadowRoot?.querySelector(sel)?.textContent ?? '', STATUS_IN_SIDEBAR),
        (t) => t !== '',
        'the insert status',
      );
      expect(status).toMatch(/Inserted/);
      const text = await poll(() => replyText(page), (t) => t.includes(reply), 'the reply in the model');
      expectDraftThenReply(text, draft, reply);
      expect(await editable.$$eval('b', (bs) => bs.length)).toBe(0);

      await editable.focus();
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await poll(async () => (await replyText(page)).trim(), (t) => t === draft, 'the draft after undo');
    } finally {
      await page.close();
    }
  });

  test.each(FIREFOX_FLAVOURS)('%s: at the caret placed mid-draft: reply there, draft intact, undo leaves the draft', async (flavour) => {
    const { page, editable } = await openTicket(flavour);
    try {
      await editable.click();
      await page.keyboard.type('Hi there,');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Best, Noa');
      await poll(() => replyText(page), (t) => t === 'Hi there,\nBest, Noa', 'the typed draft');
      // The caret to the end of the first line. Arrow keys sent over WebDriver BiDi do not
      // reliably move the caret in every editor here, so it is put there as a click would.
      await editable.evaluate((el) => {
        const first = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT, (n) =>
          n.nodeValue?.includes('Hi there,') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
        ).nextNode() as Text;
        el.ownerDocument.getSelection()?.collapse(first, first.data.length);
      });
      await new Promise((r) => setTimeout(r, 200));

      const reply = await page.$eval(pierce(SIDEBAR.preview), (p) => p.textContent ?? '');
      await (await page.$(pierce(SIDEBAR.insert)))!.click();
      const text = await poll(() => replyText(page), (t) => t.includes(reply), 'the reply in the model');
      const [head, tail] = text.split(reply);
      expect(head?.trim()).toBe('Hi there,');
      expect(tail?.trim()).toBe('Best, Noa');

      await editable.focus();
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await poll(() => replyText(page), (t) => t === 'Hi there,\nBest, Noa', 'the draft after undo');
    } finally {
      await page.close();
    }
  });

  test.each(FIREFOX_FLAVOURS)('%s: a Hebrew reply is right to left in the editor\'s own model', async (flavour) => {
    const { page, editable } = await openTicket(flavour, { lang: 'he', body: HEBREW_BODY, subject: 'אין מיילים' });
    try {
      await editable.click();
      await page.keyboard.type('Draft');
      await poll(() => replyText(page), (t) => t === 'Draft', 'the typed draft');
      const reply = await page.$eval(pierce(SIDEBAR.preview), (p) => p.textContent ?? '');
      await (await page.$(pierce(SIDEBAR.insert)))!.click();
      await poll(() => replyText(page), (t) => t.includes(reply), 'the reply in the model');
      expectRtlReply(await page.evaluate(replyBlocksIn), reply, 'Draft');
    } finally {
      await page.close();
    }
  });
});

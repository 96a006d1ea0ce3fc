// The sidebar's states as an agent meets them, on every demo flavour in real Chromium: a verdict
// below the team's firm threshold leans and asks first, an undetermined one asks without a
// percentage, a forwarding ticket gets the e-mail move reply first, a ticket created on a Friday
// has a clock that has not started yet, and axe finds nothing in either language in any of them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FLAVOURS, listPath, ticketPath } from '../../demo/routes';
import { launchChromeWithExtension, ROOT, type ExtensionBrowser } from '../../scripts/browsers';
import { comingFriday, e2eTicket } from './support/tickets';
import { demoSession, openTicket } from './support/session';
import { leaning, undetermined, type Labelled } from './support/labelled';

const session = demoSession();
const side = (page: Page, testid: string) => page.locator(`gvul-sidebar [data-testid="${testid}"]`).first();

async function show(page: Page, flavour: string, id: string, t: Partial<Labelled> & { createdAt?: string }) {
  await page.goto(session.server.url + ticketPath(flavour as never, '1'));
  await page.locator('gvul-sidebar [data-testid="ticket"]').waitFor({ timeout: 10_000 });
  const { subject, body, createdAt } = t;
  const channel = t.channel === 'unknown' || !t.channel ? 'email' : t.channel;
  await openTicket(page, e2eTicket(id, { subject, body, channel, ...(createdAt ? { createdAt } : {}) }));
  await page.locator(`gvul-sidebar [data-testid="ticket"][data-ticket-id="${id}"]`).waitFor({ timeout: 10_000 });
}

/** Whether the question comes before the verdict's headline in the sidebar's reading order. */
const questionFirst = (page: Page) =>
  page.evaluate(`(() => { const r = document.querySelector('gvul-sidebar').shadowRoot;
    const q = r.querySelector('[data-testid="question"]'), o = r.querySelector('[data-testid="owner"]');
    return !!q && !!o && !!(q.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING); })()`);

describe.each(FLAVOURS)('Chromium · %s', (flavour) => {
  test('below the firm threshold: leaning, the question first, no reply marked primary', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await show(page, flavour, '9101', leaning('he'));
      expect(await side(page, 'owner').getAttribute('data-certainty')).toBe('leaning');
      expect(await questionFirst(page)).toBe(true);
      expect(await side(page, 'confidence').count()).toBe(1);
      expect(await page.locator('gvul-sidebar .gvul-primary').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('undetermined: ask, the question first, no percentage, the ask-first reply primary', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await show(page, flavour, '9102', undetermined('en'));
      expect(await side(page, 'owner').getAttribute('data-certainty')).toBe('ask');
      expect(await questionFirst(page)).toBe(true);
      expect(await side(page, 'confidence').count()).toBe(0);
      expect(await page.locator('gvul-sidebar [data-testid="verdict"], gvul-sidebar .gvul-verdict').first().textContent()).not.toMatch(/\d+\s?%/);
      const first = side(page, 'reply');
      expect(await first.getAttribute('data-reply-id')).toBe('undetermined');
      expect(await first.locator('.gvul-primary').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  test('a forwarding ticket: the e-mail move reply first, the contact reply behind "More replies"', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await show(page, flavour, '9103', {
        subject: 'Forwarding from my old mailbox',
        body: 'We moved to a new address with you. Please set up forwarding from my old Yahoo mailbox so nothing gets lost.',
      });
      expect(await side(page, 'owner').getAttribute('data-certainty')).toBe('firm');
      expect(await side(page, 'reply').getAttribute('data-reply-id')).toBe('email_move');
      expect(await side(page, 'reply').locator('.gvul-preview').textContent()).toContain('Yahoo');
      expect(await page.locator('gvul-sidebar [data-testid="more-replies"] [data-reply-id="single_contact"]').count()).toBe(1);
      // Each phrase of "why" once.
      const phrases = await page.locator('gvul-sidebar [data-testid="evidence-phrase"]').allTextContents();
      expect(new Set(phrases.map((p) => p.toLowerCase())).size).toBe(phrases.length);
    } finally {
      await page.close();
    }
  });

  test('created on a Friday: the clock has not started, and says when it starts', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await show(page, flavour, '9104', { subject: 'Outlook crashes', body: 'Outlook crashes on my laptop, webmail works.', createdAt: comingFriday() });
      expect(await side(page, 'sla').getAttribute('data-state')).toBe('not_started');
      expect(await side(page, 'sla').locator('[role="timer"]').textContent()).toMatch(/^starts Sunday/);
    } finally {
      await page.close();
    }
  });
});

/** Each demo helpdesk's own Send button (demo/pages/<flavour>). */
const SEND: Record<string, string> = {
  zendesk: '[data-test-id="ticket-workspace"]:not([hidden]) .zd-button-primary',
  freshdesk: '.fd-primary',
  helpscout: '.hs-send',
  zoho: '[class*="-replyeditor-footer"] [class*="-button-primary"]',
};

describe.each(FLAVOURS)('Chromium · %s, the agent and the screen', (flavour) => {
  test('an inserted reply ends with the agent\'s name as the helpdesk shows it', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await show(page, flavour, '9121', { subject: 'Outlook crashes', body: 'Outlook crashes on my laptop, webmail works.' });
      await side(page, 'reply-insert').click();
      await side(page, 'reply-status').waitFor({ timeout: 5_000 });
      const text = () => page.evaluate(() => (window as unknown as { demoHelpdesk: { replyText(): string } }).demoHelpdesk.replyText());
      await expect.poll(async () => (await text()).trim(), { timeout: 5_000 }).toMatch(/Best regards,\nNoa Barak$/);
    } finally {
      await page.close();
    }
  });

  test('at 1024×768 the Send button stays in view and uncovered; collapsed, party and countdown show in one line', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await page.setViewportSize({ width: 1024, height: 768 });
      await show(page, flavour, '9122', { subject: 'Outlook crashes', body: 'Outlook crashes on my laptop, webmail works.' });
      const uncovered = async () => {
        const box = (await page.locator(SEND[flavour]!).first().boundingBox())!;
        const inView = box.x >= 0 && box.y >= 0 && box.x + box.width <= 1024 && box.y + box.height <= 768;
        // What is on top at the button's centre is the button (or inside it), not the sidebar.
        const onTop = await page.evaluate(
          ([x, y, sel]) => { const el = document.elementFromPoint(x as number, y as number); const b = document.querySelector(sel as string); return !!el && !!b && (b === el || b.contains(el)); },
          [box.x + box.width / 2, box.y + box.height / 2, SEND[flavour]!] as const,
        );
        return inView && onTop;
      };
      expect(await uncovered()).toBe(true);
      await side(page, 'collapse').click();
      const expand = side(page, 'expand');
      await expand.waitFor();
      expect(await uncovered()).toBe(true);
      for (const hook of ['owner', 'sla']) expect(await expand.locator(`[data-testid="${hook}"]`).isVisible()).toBe(true);
      expect(await expand.locator('[data-testid="sla"]').textContent()).toMatch(/left|starts|paused|overdue/);
      // One line: the tab is one text column wide.
      const tab = (await expand.boundingBox())!;
      expect(tab.width).toBeLessThan(40);
      await expand.click();
      await side(page, 'collapse').waitFor();
    } finally {
      await page.close();
    }
  });

  test('a ticket id the helpdesk does not have: the sidebar says the helpdesk shows no such ticket', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await page.goto(session.server.url + ticketPath(flavour as never, '424242'));
      const unreadable = side(page, 'unreadable');
      await unreadable.waitFor({ timeout: 10_000 });
      expect(await unreadable.getAttribute('data-ticket-id')).toBe('424242');
      const said = (await unreadable.textContent()) ?? '';
      expect(said).toMatch(/shows no ticket #424242/);
      expect(said).not.toMatch(/may have changed/);
    } finally {
      await page.close();
    }
  });

  test('on the ticket list the sidebar stays a tab and the page keeps its width', async () => {
    const page = await session.chrome.context.newPage();
    try {
      await page.goto(session.server.url + listPath(flavour as never));
      await side(page, 'no-ticket').waitFor({ timeout: 10_000 });
      expect(await page.locator('gvul-sidebar aside').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    } finally {
      await page.close();
    }
  });
});

describe('Chromium · zendesk, a helpdesk page that does not show the signed-in agent', () => {
  let own: ExtensionBrowser | undefined;
  afterAll(async () => {
    await own?.close();
  });

  /** A ticket on a page whose header no longer shows who is signed in. */
  async function showWithoutAgent(page: Page, id: string) {
    await page.goto(session.server.url + ticketPath('zendesk', '1'));
    await page.locator('gvul-sidebar [data-testid="ticket"]').waitFor({ timeout: 10_000 });
    await page.evaluate(() => document.querySelector('[data-test-id="header-profile-avatar"]')?.remove());
    await openTicket(page, e2eTicket(id, { subject: 'Outlook crashes', body: 'Outlook crashes on my laptop, webmail works.' }));
    await page.locator(`gvul-sidebar [data-testid="ticket"][data-ticket-id="${id}"]`).waitFor({ timeout: 10_000 });
  }

  test('asks once for the agent\'s name, signs the replies with it, and does not ask again', async () => {
    // A browser of its own: the name it saves must not sign the other tests' replies.
    own = await launchChromeWithExtension();
    const page = await own.context.newPage();
    try {
      await showWithoutAgent(page, '9131');
      const prompt = side(page, 'agent-name-prompt');
      await prompt.waitFor({ timeout: 5_000 });
      expect(await side(page, 'reply').locator('.gvul-preview').textContent()).toMatch(/Best regards,$/);
      await side(page, 'agent-name-input').fill('Dana Cohen');
      await side(page, 'agent-name-save').click();
      await prompt.waitFor({ state: 'detached', timeout: 5_000 });
      await expect.poll(() => side(page, 'reply').locator('.gvul-preview').textContent(), { timeout: 5_000 }).toMatch(/Best regards,\nDana Cohen$/);

      const next = await own.context.newPage();
      try {
        await showWithoutAgent(next, '9132');
        expect(await side(next, 'reply').locator('.gvul-preview').textContent()).toMatch(/Best regards,\nDana Cohen$/);
        expect(await side(next, 'agent-name-prompt').count()).toBe(0);
      } finally {
        await next.close();
      }
    } finally {
      await page.close();
    }
  });
});

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [['gvul-sidebar']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe.each(['en-US', 'he-IL'])('Chromium · axe in every state, %s', (locale) => {
  let browser: ExtensionBrowser | undefined;
  const lang = locale === 'he-IL' ? 'he' : 'en';
  const outlook = { subject: 'Outlook crashes', body: 'Outlook crashes on my laptop, webmail works.' };
  /** Each state of the Done-when list (and the sidebar's others), brought about on the demo Zendesk. */
  const states: [string, (page: Page) => Promise<void>][] = [
    ['leaning', (page) => show(page, 'zendesk', '9110', leaning(lang) ?? leaning('he'))],
    ['ask', (page) => show(page, 'zendesk', '9110', undetermined(lang))],
    ['not_started', (page) => show(page, 'zendesk', '9110', { ...outlook, createdAt: comingFriday() })],
    ['firm, the e-mail move reply first', (page) =>
      show(page, 'zendesk', '9110', { subject: 'Forwarding', body: 'Please set up forwarding from my old Yahoo mailbox to the new one with you.' })],
    ['a reply inserted', async (page) => {
      await show(page, 'zendesk', '9110', outlook);
      await side(page, 'reply-insert').click();
      await side(page, 'reply-status').waitFor({ timeout: 5_000 });
    }],
    ['at 1024×768', async (page) => {
      await page.setViewportSize({ width: 1024, height: 768 });
      await show(page, 'zendesk', '9110', outlook);
    }],
    ['asking for the agent\'s name', async (page) => {
      await page.goto(session.server.url + ticketPath('zendesk', '1'));
      await page.locator('gvul-sidebar [data-testid="ticket"]').waitFor({ timeout: 10_000 });
      await page.evaluate(() => document.querySelector('[data-test-id="header-profile-avatar"]')?.remove());
      await openTicket(page, e2eTicket('9110', outlook));
      await side(page, 'agent-name-prompt').waitFor({ timeout: 10_000 });
    }],
    ['a ticket the helpdesk does not have', async (page) => {
      await page.goto(session.server.url + ticketPath('zendesk', '424242'));
      await side(page, 'unreadable').waitFor({ timeout: 10_000 });
    }],
    ['the ticket list (a tab)', async (page) => {
      await page.goto(session.server.url + listPath('zendesk'));
      await side(page, 'no-ticket').waitFor({ timeout: 10_000 });
    }],
  ];
  test.each(states)('%s', async (_state, bringAbout) => {
    browser ??= locale === 'en-US' ? session.chrome : await launchChromeWithExtension({ locale });
    const page = await browser.context.newPage();
    try {
      await bringAbout(page);
      for (const summary of await page.locator('gvul-sidebar summary').all()) await summary.click();
      expect(await axeViolations(page)).toEqual([]);
      // Collapsed too, where the state has a panel to collapse (at 1024×768 still).
      if ((await side(page, 'collapse').count()) === 0) return;
      await side(page, 'collapse').click();
      await side(page, 'expand').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await side(page, 'expand').click();
    } finally {
      await page.close();
    }
  });
  afterAll(async () => {
    if (browser && browser !== session.chrome) await browser.close();
  });
});

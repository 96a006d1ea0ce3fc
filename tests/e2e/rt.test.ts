// Request Tracker 5, the real one from Debian's packages, end to end with the built demo extension
// in Debian's Chromium: RT is started on 127.0.0.1 for this file (and once more with rich text
// off), seeded through its own mail gateway and REST 2, and stopped by its process id. The demo
// build runs on 127.0.0.1 with no configuration, and knows RT by its own page markers.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromeWithExtension, ROOT, type ExtensionBrowser } from '../../scripts/browsers';
import { INSTALL_RT, rtInstalled } from '../../scripts/rt/install';
import { startRt, type RtServer } from '../../scripts/rt/server';
import { lastMessage, SEED_TICKETS, seedTickets, staffReply, ticketTimes, type SeededTicket } from '../../scripts/rt/seed';
import { loginPage } from '../../scripts/rt/fixtures';
import { dueAt } from '../../lib/sla';

const installed = rtInstalled();
if (!installed) console.warn(`Skipping the Request Tracker end-to-end tests: ${INSTALL_RT}`);

interface CliVerdict {
  owner: string;
  party: string;
  queue: string;
  urgent: boolean;
  confidence: number;
  evidence: unknown[];
}

function classifyWithCli(ticket: { subject: string; body: string; channel: string }): CliVerdict {
  const run = spawnSync('npx', ['tsx', 'scripts/classify.ts'], {
    cwd: ROOT,
    input: JSON.stringify({ id: 'rt', ...ticket }) + '\n',
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`classify CLI failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as CliVerdict;
}

const sidebar = (page: Page, testid: string) => page.locator(`gvul-sidebar [data-testid="${testid}"]`).first();

async function shown(page: Page, id: string) {
  await page.locator(`gvul-sidebar [data-testid="ticket"][data-ticket-id="${id}"]`).waitFor({ timeout: 15_000 });
  await sidebar(page, 'party').waitFor({ timeout: 5_000 });
  // An element a state does not show (the percentage of an "ask" verdict) reads as null.
  const attr = async (testid: string, name: string) => ((await sidebar(page, testid).count()) > 0 ? sidebar(page, testid).getAttribute(name) : null);
  const confidence = await attr('confidence', 'data-value');
  return {
    owner: await attr('owner', 'data-value'),
    party: await attr('party', 'data-value'),
    confidence: confidence === null ? null : Number(confidence),
    dueAt: await attr('sla', 'data-due-at'),
    state: await attr('sla', 'data-state'),
  };
}

const editorData = (page: Page) =>
  page.evaluate(() => (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR.instances.UpdateContent!.getData());

describe.skipIf(!installed)('Chromium · Request Tracker 5', () => {
  let rt: RtServer | undefined;
  let plain: RtServer | undefined;
  let chrome: ExtensionBrowser | undefined;
  let page: Page;
  const tickets = new Map<string, SeededTicket>();

  beforeAll(async () => {
    [rt, plain] = await Promise.all([startRt(), startRt({ richText: false })]);
    for (const t of await seedTickets(rt, SEED_TICKETS.filter((s) => s.key === 'hebrew' || s.key === 'english'))) tickets.set(t.key, t);
    chrome = await launchChromeWithExtension();
    page = await chrome.context.newPage();
    await loginPage(page, rt);
    await loginPage(page, plain);
  });

  afterAll(async () => {
    await chrome?.close();
    await Promise.all([rt?.stop(), plain?.stop()]);
  });

  const ticket = (key: string) => tickets.get(key)!;
  const customerText = (t: SeededTicket) => ({ subject: t.subject, body: t.customer.join('\n\n'), channel: 'email' });

  test.each(['hebrew', 'english'])('%s ticket page: the verdict is the CLI\'s for the customer\'s own text, the SLA runs from RT\'s created time', async (key) => {
    const t = ticket(key);
    const want = classifyWithCli(customerText(t));
    // The staff texts would change the verdict if they were read as the customer's.
    const withStaff = classifyWithCli({ ...customerText(t), body: [...t.customer, t.comment, t.staffReply].filter(Boolean).join('\n\n') });
    expect(withStaff).not.toEqual(want);

    await page.goto(`${rt!.url}/Ticket/Display.html?id=${t.id}`);
    const got = await shown(page, t.id);
    expect(got.owner).toBe(want.owner);
    expect(got.party).toBe(want.party);
    if (got.confidence !== null || want.owner !== 'undetermined') expect(got.confidence).toBeCloseTo(want.confidence, 2);

    const times = await ticketTimes(rt!, t.id);
    const sla = { createdAt: times.createdAt, queue: want.queue as 'technical', channel: 'email' as const, urgent: want.urgent };
    expect(got.dueAt).toBe(dueAt(sla).dueAt);
    expect(got.state).toBe(t.staffReply ? 'met' : 'running');
  });

  test('a staff correspondence stops the first-response clock: the SLA shows met', async () => {
    const t = ticket('hebrew');
    await staffReply(rt!, t.id, 'STAFF-REPLY-HE: שלום רונית, אנחנו בודקים את שרת הדואר.');
    await page.goto(`${rt!.url}/Ticket/Display.html?id=${t.id}`);
    const got = await shown(page, t.id);
    expect(got.state).toBe('met');
    expect(got.party).toBe(classifyWithCli(customerText(t)).party);
  });

  test('RT\'s page menu, pinned to the top once the agent scrolls, stays clear of the sidebar', async () => {
    const t = ticket('english');
    await page.goto(`${rt!.url}/Ticket/Display.html?id=${t.id}`);
    await shown(page, t.id);
    await page.mouse.wheel(0, 800);
    const menu = page.locator('#page-menu');
    await expect.poll(() => menu.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    const sidebarLeft = await page.evaluate(() => {
      const host = document.querySelector('gvul-sidebar')!;
      return host.shadowRoot!.querySelector('.gvul-panel')!.getBoundingClientRect().left;
    });
    await expect.poll(async () => (await menu.boundingBox())!.x + (await menu.boundingBox())!.width).toBeLessThanOrEqual(sidebarLeft + 1);
  });

  test('reply page: the same verdict; Insert puts the reply into CKEditor after the draft; one undo removes it; RT sends it', async () => {
    const t = ticket('english');
    const want = classifyWithCli(customerText(t));
    await page.goto(`${rt!.url}/Ticket/Update.html?Action=Respond&id=${t.id}`);
    const got = await shown(page, t.id);
    expect(got.party).toBe(want.party);
    expect(got.owner).toBe(want.owner);

    const body = page.frameLocator('#cke_UpdateContent iframe').locator('body');
    await body.click();
    await page.keyboard.type('Draft from the agent.');
    await sidebar(page, 'reply-insert').click();
    await sidebar(page, 'reply-status').waitFor({ timeout: 5_000 });
    const data = await editorData(page);
    expect(data.indexOf('Draft from the agent.')).toBeGreaterThanOrEqual(0);
    expect(data).toContain('Priya');
    expect(data.indexOf('Priya')).toBeGreaterThan(data.indexOf('Draft from the agent.'));

    await page.evaluate(() => (window as unknown as { CKEDITOR: { instances: Record<string, { execCommand(c: string): void }> } }).CKEDITOR.instances.UpdateContent!.execCommand('undo'));
    const undone = await editorData(page);
    expect(undone).toContain('Draft from the agent.');
    expect(undone).not.toContain('Priya');
    await page.evaluate(() => (window as unknown as { CKEDITOR: { instances: Record<string, { execCommand(c: string): void }> } }).CKEDITOR.instances.UpdateContent!.execCommand('redo'));
    expect(await editorData(page)).toContain('Priya');

    await Promise.all([page.waitForURL(/Display\.html/), page.locator('input[name="SubmitTicket"]').click()]);
    const sent = await lastMessage(rt!, t.id, 'Correspond');
    expect(sent).toContain('Draft from the agent.');
    expect(sent).toContain('Priya');
  });

  test('rich text off: the reply goes into RT\'s visible textarea, after the draft', async () => {
    const t = ticket('english');
    await page.goto(`${plain!.url}/Ticket/Update.html?Action=Respond&id=${t.id}`);
    await shown(page, t.id);
    const area = page.locator('textarea#UpdateContent');
    expect(await area.isVisible()).toBe(true);
    await area.fill('Draft from the agent.');
    await sidebar(page, 'reply-insert').click();
    await sidebar(page, 'reply-status').waitFor({ timeout: 5_000 });
    const value = await area.inputValue();
    expect(value.startsWith('Draft from the agent.')).toBe(true);
    expect(value).toContain('Priya');
  });

  test('RT\'s home and search pages show no sidebar; a ticket that does not exist says so and breaks nothing', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // What the popup would ask the tab's content script (in the worker's world: `chrome` there).
    const status = () =>
      chrome!.worker.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? null : chrome.tabs.sendMessage(tab.id, { type: 'gvul:tab-status' }).catch(() => null);
      })()`);
    await page.bringToFront();
    for (const path of ['/', '/Search/Results.html?Query=id%3E0']) {
      await page.goto(`${rt!.url}${path}`);
      // The content script runs there and answers that it found no ticket page.
      await expect.poll(status).toMatchObject({ kind: 'not-helpdesk' });
      expect(await page.locator('gvul-sidebar').count()).toBe(0);
    }
    await page.goto(`${rt!.url}/Ticket/Display.html?id=999999`);
    const unreadable = page.locator('gvul-sidebar [data-testid="unreadable"][data-ticket-id="999999"]');
    await unreadable.waitFor({ timeout: 15_000 });
    expect(await unreadable.textContent()).toContain('could not load ticket #999999');
    expect(await page.locator('#header h1').textContent()).toBe('RT Error');
    expect(errors).toEqual([]);
  });

  test('options page: "Request Tracker at <address>" adds RT\'s pages as the team\'s helpdesk, for that host only', async () => {
    const options = await chrome!.context.newPage();
    try {
      await options.goto(`chrome-extension://${chrome!.extensionId}/options.html`);
      await options.locator('[data-testid="rt-address"]').fill(`${rt!.url}/`);
      await options.locator('[data-testid="add-request-tracker"]').click();
      // Saved like every edit; what the background registers the content script for.
      await expect
        .poll(() => chrome!.worker.evaluate(`Promise.all([chrome.storage.sync.get(null), chrome.storage.local.get(null)]).then((all) => JSON.stringify(all))`), { timeout: 10_000 })
        .toContain('http://127.0.0.1/rt/*');
    } finally {
      await options.close();
    }
  });
});

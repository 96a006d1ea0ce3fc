// Saving Request Tracker's own pages as adapter fixtures (tests/fixtures/request-tracker/): a real
// RT is started and seeded (scripts/rt/seed.ts), Chromium opens its pages as an agent would, and
// each page is saved as the browser holds it once RT's own scripts have run (history loaded,
// CKEditor up). The pages a reply page needs are saved as RT sends them to a fetch. The
// expectations are written from what was put into RT (the seed) and what RT's REST 2 API says
// about the ticket (times in UTC), never from what the adapter reads.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChrome, INSTALL_CHROMIUM, QUIET_CHROME_FLAGS, ROOT } from '../browsers';
import { seedTickets, ticketTimes, type SeededTicket } from './seed';
import { startRt, type RtServer } from './server';

const DIR = path.join(ROOT, 'tests/fixtures/request-tracker');

export async function loginPage(page: Page, rt: RtServer): Promise<void> {
  await page.goto(`${rt.url}/NoAuth/Login.html`);
  await page.fill('input[name="user"]', rt.user);
  await page.fill('input[name="pass"]', rt.password);
  await Promise.all([page.waitForEvent('load'), page.press('input[name="pass"]', 'Enter')]);
  // RT can answer a good login with the login page again (its `next` is empty): look at home.
  await page.goto(`${rt.url}/`);
  if ((await page.locator('body#comp-NoAuth-Login').count()) > 0) throw new Error(`RT at ${rt.url} refused the login of ${rt.user}`);
}

/**
 * A page as saved: its HTML with its address for the contract test, without its scripts,
 * styles, icon drawings, frames (the editor's; their content is not in the HTML anyway) and menus
 * (the same on every RT page). They hold no ticket text and are two thirds of the page, and the
 * contract test parses every page hundreds of times.
 */
async function asSaved(page: Page, html: string, url: string): Promise<string> {
  return page.evaluate(
    ({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      for (const el of Array.from(doc.querySelectorAll('script, style, svg, link, iframe'))) el.remove();
      for (const menu of ['#main-navigation', '#page-navigation', '#topactions']) doc.querySelector(menu)?.replaceChildren();
      const meta = doc.createElement('meta');
      meta.setAttribute('name', 'fixture-url');
      meta.setAttribute('content', url);
      doc.head.prepend(meta);
      return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
    },
    { html, url },
  );
}

async function fetchAsAgent(page: Page, url: string): Promise<string> {
  return page.evaluate(async (u) => (await fetch(u, { credentials: 'same-origin' })).text(), url);
}

function save(name: string, html: string, expect: unknown): void {
  writeFileSync(path.join(DIR, `${name}.html`), html);
  writeFileSync(path.join(DIR, `${name}.json`), JSON.stringify(expect, null, 2) + '\n');
}

/** A page a reading fetches (no expectation of its own): in `fetched/`, named in `related`. */
function saveFetched(name: string, html: string): string {
  writeFileSync(path.join(DIR, 'fetched', `${name}.html`), html);
  return name;
}

function expectedTicket(t: SeededTicket, times: { createdAt: string; firstReplyAt?: string }) {
  return {
    id: t.id,
    subject: t.subject,
    body: t.customer.join('\n\n'),
    channel: t.byStaff ? 'unknown' : 'email',
    createdAt: times.createdAt,
    requester: t.requester,
    ...(times.firstReplyAt ? { firstReplyAt: times.firstReplyAt } : {}),
  };
}

function staffTexts(t: SeededTicket): string[] {
  return [t.staffReply, t.comment].filter((x): x is string => !!x).map((x) => x.split(':')[0]!);
}

export async function saveFixtures(): Promise<string[]> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_CHROMIUM);
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(path.join(DIR, 'fetched'), { recursive: true });
  const saved: string[] = [];
  const rich = await startRt();
  const plain = await startRt({ richText: false });
  const browser = await chromium.launch({ executablePath, args: QUIET_CHROME_FLAGS });
  try {
    const tickets = await seedTickets(rich);
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    await loginPage(page, rich);
    const profileUrl = `${rich.url}/Prefs/AboutMe.html`;
    const related = { profile: saveFetched('profile', await asSaved(page, await fetchAsAgent(page, profileUrl), profileUrl)) };

    // Few pages, each a different case: a Hebrew and an English mail with staff replies and
    // comments, a phone call typed in by staff.
    for (const t of tickets.filter((x) => ['hebrew', 'english', 'phone'].includes(x.key))) {
      const times = await ticketTimes(rich, t.id);
      const read = { ok: true, messageCount: t.customer.length, ticket: expectedTicket(t, times) };
      const displayUrl = `${rich.url}/Ticket/Display.html?id=${t.id}`;
      await page.goto(displayUrl);
      await page.locator('.history-container .transaction').first().waitFor();
      save(`${t.key}-ticket`, await asSaved(page, await page.content(), displayUrl), {
        adapter: 'request-tracker', ticketId: t.id, related, read, editor: null, notInBody: staffTexts(t),
      });
      saved.push(`${t.key}-ticket`);
      if (t.key !== 'english' && t.key !== 'hebrew') continue;

      // The reply page and the two pages it is read from, as a fetch in the agent's session gets them.
      const historyUrl = `${rich.url}/Helpers/TicketHistory?id=${t.id}`;
      const fetched = {
        ...related,
        ticket: saveFetched(`${t.key}-ticket`, await asSaved(page, await fetchAsAgent(page, displayUrl), displayUrl)),
        history: saveFetched(`${t.key}-history`, await asSaved(page, await fetchAsAgent(page, historyUrl), historyUrl)),
      };
      const action = t.key === 'english' ? 'Respond' : 'Comment';
      const updateUrl = `${rich.url}/Ticket/Update.html?Action=${action}&id=${t.id}`;
      await page.goto(updateUrl);
      await page.locator('#cke_UpdateContent iframe').waitFor();
      save(`${t.key}-reply`, await asSaved(page, await page.content(), updateUrl), {
        adapter: 'request-tracker',
        ticketId: t.id,
        related: fetched,
        read,
        editor: 'ckeditor4',
        notInBody: staffTexts(t),
      });
      saved.push(`${t.key}-reply`);
    }

    const missingUrl = `${rich.url}/Ticket/Display.html?id=999999`;
    await page.goto(missingUrl);
    save('no-such-ticket', await asSaved(page, await page.content(), missingUrl), {
      adapter: 'request-tracker', ticketId: '999999', related, read: { ok: false, ticketId: '999999', missing: ['ticket'] }, editor: null,
    });
    saved.push('no-such-ticket');

    for (const [name, url] of [['home', `${rich.url}/`], ['search', `${rich.url}/Search/Simple.html`]] as const) {
      await page.goto(url);
      save(name, await asSaved(page, await page.content(), page.url()), { adapter: null, ticketId: null });
      saved.push(name);
    }

    // The reply page of an RT whose team turned rich text off: the plain textarea is the editor.
    await loginPage(page, plain);
    const english = tickets.find((t) => t.key === 'english')!;
    const plainUrl = `${plain.url}/Ticket/Update.html?Action=Respond&id=${english.id}`;
    await page.goto(plainUrl);
    save('plain-text-reply', await asSaved(page, await page.content(), plainUrl), {
      adapter: 'request-tracker', ticketId: english.id, editor: 'textarea',
    });
    saved.push('plain-text-reply');
  } finally {
    await browser.close();
    await plain.stop();
    await rich.stop();
  }
  return saved;
}

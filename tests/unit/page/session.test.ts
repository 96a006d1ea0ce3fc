// @vitest-environment happy-dom
// The helpdesk page session (what the content script runs) on the saved pages: ticket switches,
// the keyboard commands, the popup's tab status, settings changes, the site switch, and a
// concern that fails while the others keep working.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMAND_MESSAGE } from '../../../lib/protocol/commands';
import { createHelpdeskSession, type Concern, type HelpdeskSession } from '../../../lib/page/session';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { layoutItem, overridesItem } from '../../../lib/settings/items';
import { syncSettingsItem } from '../../../lib/settings/settings-items';
import { shownWidth, ticketKey } from '../../../lib/store/sidebar';
import { answerSettingsRequest, loadSettings, saveSettings, setSiteDisabled } from '../../../lib/settings/storage';
import { isSettingsRequest } from '../../../lib/protocol/settings';
import { SETTINGS_WAIT_MS } from '../../../lib/page/concerns/settings';
import { TAB_STATUS_REQUEST, type TabStatus } from '../../../lib/protocol/tab-status';
import { topReply, viewOfPage } from '../../../lib/ticket-view';
import { customFixtureConfig, loadFixtures, parse } from '../adapters/fixtures';
import { zendesk } from '../../../lib/adapters/zendesk';

const FIXTURES = new Map(loadFixtures().map((f) => [f.name, f]));

let here: URL;
let controller: AbortController;
let locationChanged: (() => void)[];
let errors: { concern: string; error: unknown }[];

/** Put a saved page on screen, as the helpdesk would render it (the URL too, when it changes). */
function show(name: string, url?: string): void {
  const fixture = FIXTURES.get(name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  const saved = parse(fixture.html);
  document.head.innerHTML = saved.head.innerHTML;
  document.body.innerHTML = saved.body.innerHTML;
  here = new URL(url ?? fixture.url.href);
}

function navigate(name: string): void {
  show(name);
  for (const listener of locationChanged) listener();
}

async function startSession(extra: Concern[] = []): Promise<HelpdeskSession> {
  const session = createHelpdeskSession({
    url: () => here,
    doc: document,
    signal: controller.signal,
    browserLang: () => 'en-US',
    onLocationChange: (listener) => locationChanged.push(listener),
    onError: (concern, error) => errors.push({ concern, error }),
    // Long enough that only the events under test make the session read the page again.
    pollMs: 60_000,
  });
  await session.start(extra);
  return session;
}

const ask = (message: unknown) => fakeBrowser.runtime.sendMessage(message);
const tabStatus = () => ask({ type: TAB_STATUS_REQUEST }) as Promise<TabStatus>;
const command = (name: string) => ask({ type: COMMAND_MESSAGE, command: name }) as Promise<{ ok: boolean }>;
const ticketOf = (session: HelpdeskSession) => {
  const page = session.store.getState().page;
  return page?.kind === 'ticket' ? page.ticket : undefined;
};

beforeEach(() => {
  fakeBrowser.reset();
  // The background's part: the content script asks it for the settings in use.
  fakeBrowser.runtime.onMessage.addListener(answerSettingsRequest);
  controller = new AbortController();
  locationChanged = [];
  errors = [];
});

afterEach(() => {
  controller.abort();
  document.documentElement.style.marginRight = '';
});

describe('following the page', () => {
  test('reads the open ticket once the stored state is in', async () => {
    show('zendesk/plain-english');
    await layoutItem.setValue({ collapsed: false, width: 420 });
    Object.defineProperty(window, 'innerWidth', { value: 1400, configurable: true });
    const session = await startSession();
    expect(ticketOf(session)?.id).toBe('48213');
    expect(session.store.getState().width).toBe(420);
    // Docked: the helpdesk's own controls stay beside the open sidebar.
    expect(document.documentElement.style.marginRight).toBe('420px');
    // On a 1024 px window the helpdesk keeps the room its controls need; the choice is kept.
    Object.defineProperty(window, 'innerWidth', { value: 1024, configurable: true });
    window.dispatchEvent(new Event('resize'));
    expect(document.documentElement.style.marginRight).toBe('324px');
    expect(session.store.getState().width).toBe(420);
    expect(errors).toEqual([]);
  });

  test('a switch to another ticket by URL is shown at once', async () => {
    show('zendesk/plain-english');
    const session = await startSession();
    navigate('zendesk/tabs-three');
    expect(ticketOf(session)?.id).toBe('48603');
  });

  test('a change on the page alone (no URL change) is seen through the DOM', async () => {
    show('zendesk/plain-english');
    const session = await startSession();
    document.querySelector('[data-test-id="omni-log-item-message"]')!.append(' Also the website is down.');
    await vi.waitFor(() => expect(ticketOf(session)?.body).toContain('Also the website is down.'));
    expect(ticketOf(session)?.id).toBe('48213');
  });

  test('the page is docked again when something else takes its room (the previous version closing after an update)', async () => {
    show('zendesk/plain-english');
    Object.defineProperty(window, 'innerWidth', { value: 1400, configurable: true });
    await layoutItem.setValue({ collapsed: false, width: 400 });
    await startSession();
    expect(document.documentElement.style.marginRight).toBe('400px');
    document.documentElement.style.marginRight = '';
    await vi.waitFor(() => expect(document.documentElement.style.marginRight).toBe('400px'));
  });

  test('a page no adapter knows shows nothing and undocks', async () => {
    show('zendesk/plain-english');
    const session = await startSession();
    navigate('foreign/news-article');
    expect(session.store.getState().page).toBeNull();
    expect(document.documentElement.style.marginRight).toBe('');
  });

  test('the width is remembered per helpdesk site', async () => {
    await layoutItem.setValue({ collapsed: false, width: 400, widths: { 'other.example': 300 } });
    show('zendesk/plain-english');
    const session = await startSession();
    expect(session.store.getState().width).toBe(400);
    session.store.getState().setWidth(450);
    // The fixture's own helpdesk host.
    await vi.waitFor(async () =>
      expect((await layoutItem.getValue()).widths).toEqual({ 'other.example': 300, 'acmehosting.zendesk.com': 450 }),
    );
  });
});

describe('the keyboard commands', () => {
  test('toggle-sidebar collapses and opens the sidebar, and the layout is kept', async () => {
    show('zendesk/plain-english');
    const session = await startSession();
    expect(await command('toggle-sidebar')).toEqual({ ok: true });
    expect(session.store.getState().collapsed).toBe(true);
    expect(document.documentElement.style.marginRight).toBe('');
    await vi.waitFor(async () => expect((await layoutItem.getValue()).collapsed).toBe(true));
    expect(await command('toggle-sidebar')).toEqual({ ok: true });
    expect(session.store.getState().collapsed).toBe(false);
  });

  test('insert-top-reply puts the first reply into the open ticket\'s editor', async () => {
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), customHelpdesks: [customFixtureConfig()] });
    show('custom/ticket');
    // happy-dom has no execCommand: the insertion takes its fallback for editors that refuse it.
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    const session = await startSession();
    const reply = topReply(session.store.getState());
    expect(reply).toBeDefined();
    expect(await command('insert-top-reply')).toEqual({ ok: true });
    expect(document.querySelector<HTMLTextAreaElement>('#response')!.value).toContain(reply!.text.split('\n')[0]);
  });

  test('do nothing where no ticket is open', async () => {
    show('zendesk/ticket-list');
    const session = await startSession();
    expect(session.store.getState().page?.kind).toBe('no-ticket');
    expect(await command('insert-top-reply')).toEqual({ ok: false });
    navigate('foreign/news-article');
    expect(await command('toggle-sidebar')).toEqual({ ok: false });
    expect(session.store.getState().collapsed).toBe(false);
  });
});

describe('the popup\'s tab status', () => {
  test('names the ticket and its verdict, and follows the agent\'s correction', async () => {
    show('zendesk/plain-english');
    const session = await startSession();
    const status = await tabStatus();
    expect(status).toMatchObject({ kind: 'ticket', site: 'acmehosting.zendesk.com', helpdesk: 'Zendesk', ticketId: '48213' });
    expect(status.kind === 'ticket' && status.verdict.overridden).toBe(false);
    session.store.getState().setOverride('zendesk@acmehosting.zendesk.com:48213', 'web_developer');
    expect(await tabStatus()).toMatchObject({ verdict: { party: 'web_developer', overridden: true } });
    // The correction is saved for the other tabs.
    await vi.waitFor(async () => expect(await overridesItem.getValue()).toEqual({ 'zendesk@acmehosting.zendesk.com:48213': 'web_developer' }));
  });

  test('says why a page is not read', async () => {
    show('zendesk/ticket-list');
    await startSession();
    expect(await tabStatus()).toMatchObject({ kind: 'no-ticket', helpdesk: 'Zendesk' });
    navigate('foreign/news-article');
    expect(await tabStatus()).toMatchObject({ kind: 'not-helpdesk' });
  });
});

describe('settings changes', () => {
  test('a custom helpdesk added in the options page is read at once, and gone when removed', async () => {
    show('custom/ticket');
    const session = await startSession();
    expect(session.store.getState().page).toBeNull();
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), customHelpdesks: [customFixtureConfig()] });
    await vi.waitFor(() => expect(ticketOf(session)?.id).toBe('311'));
    await saveSettings(structuredClone(DEFAULT_SETTINGS));
    await vi.waitFor(() => expect(session.store.getState().page).toBeNull());
  });

  test('the team\'s other settings reach the sidebar\'s store', async () => {
    show('zendesk/plain-english');
    const session = await startSession();
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), agentName: 'Dana', uiLang: 'he' });
    await vi.waitFor(() => expect(session.store.getState().settings).toMatchObject({ agentName: 'Dana', uiLang: 'he' }));
  });

  describe('without an answer from the background', () => {
    // The wait for the first answer runs on fake timers: "not yet" and "now" are the test's to say.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    const status = (session: HelpdeskSession) => session.store.getState().page;

    test('nothing is read; after the wait the sidebar says the settings did not load, until a change brings them', async () => {
      show('zendesk/plain-english');
      fakeBrowser.runtime.onMessage.removeListener(answerSettingsRequest);
      const started = startSession();
      // The asking gives up well within the wait, and fails the settings concern as before.
      await vi.advanceTimersByTimeAsync(SETTINGS_WAIT_MS - 1);
      const session = await started;
      expect(errors.map((e) => e.concern)).toEqual(['settings']);
      expect(status(session)).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(status(session)).toEqual({ kind: 'no-settings' });
      // The helpdesk page is left as it was: not docked, not read.
      expect(document.documentElement.style.marginRight).toBe('');
      expect(await tabStatus()).toMatchObject({ kind: 'not-helpdesk' });
      // Nothing to show or hide, nothing to insert: the keys leave the status (and the layout) alone.
      expect(await command('toggle-sidebar')).toEqual({ ok: false });
      expect(await command('insert-top-reply')).toEqual({ ok: false });
      expect(session.store.getState().collapsed).toBe(false);
      fakeBrowser.runtime.onMessage.addListener(answerSettingsRequest);
      await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), agentName: 'Dana' });
      await vi.waitFor(() => expect(ticketOf(session)?.id).toBe('48213'));
      expect(session.store.getState().settings?.agentName).toBe('Dana');
      expect(document.documentElement.style.marginRight).not.toBe('');
    });

    test('an answer that never comes holds nothing up, and one that comes late replaces the status with the verdict', async () => {
      show('zendesk/plain-english');
      await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), agentName: 'Dana' });
      fakeBrowser.runtime.onMessage.removeListener(answerSettingsRequest);
      // A background that takes the request and does not answer (stuck, or stopped meanwhile).
      let answer: (() => void) | undefined;
      fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
        isSettingsRequest(message) ? new Promise((resolve) => (answer = () => resolve(answerSettingsRequest(message)))) : undefined,
      );
      const started = startSession();
      await vi.advanceTimersByTimeAsync(SETTINGS_WAIT_MS - 1);
      expect(answer).toBeDefined();
      await vi.advanceTimersByTimeAsync(1);
      // The session has started without the settings, and says why it shows no verdict.
      const session = await started;
      expect(status(session)).toEqual({ kind: 'no-settings' });
      expect(errors).toEqual([]);
      answer!();
      await vi.waitFor(() => expect(ticketOf(session)?.id).toBe('48213'));
      expect(session.store.getState().settings?.agentName).toBe('Dana');
    });
  });

  test('stored settings that fail the check reach the page as the background repaired them', async () => {
    show('zendesk/plain-english');
    const session = await startSession();
    await syncSettingsItem.setValue({ agentName: 42, uiLang: 'he' } as never);
    await vi.waitFor(() => expect(session.store.getState().settings?.uiLang).toBe('he'));
    expect(session.store.getState().settings?.agentName).toBe(DEFAULT_SETTINGS.agentName);
  });

  test('the agent\'s name from the sidebar is stored by the background in their own settings, and comes back', async () => {
    show('zendesk/plain-english');
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), uiLang: 'he' });
    const session = await startSession();
    await session.saveAgentName('  Noa Barak ');
    const { own } = await loadSettings();
    expect(own).toMatchObject({ agentName: 'Noa Barak', uiLang: 'he' });
    await vi.waitFor(() => expect(session.store.getState().settings?.agentName).toBe('Noa Barak'));
  });

  test('a background that is still starting (no answer the first time) is asked again', async () => {
    show('zendesk/plain-english');
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), agentName: 'Dana' });
    fakeBrowser.runtime.onMessage.removeListener(answerSettingsRequest);
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => (++asked > 1 ? answerSettingsRequest(message) : undefined));
    const session = await startSession();
    expect(asked).toBeGreaterThan(1);
    expect(session.store.getState().settings?.agentName).toBe('Dana');
  });
});

describe('turning Gvul off on a site', () => {
  test('the sidebar goes, the popup is told, and it comes back when turned on', async () => {
    show('zendesk/plain-english');
    const session = await startSession();
    await setSiteDisabled('acmehosting.zendesk.com', true);
    await vi.waitFor(() => expect(session.store.getState().page).toBeNull());
    expect(await tabStatus()).toEqual({ kind: 'off', site: 'acmehosting.zendesk.com' });
    expect(document.documentElement.style.marginRight).toBe('');
    // Off stays off through ticket switches.
    navigate('zendesk/tabs-three');
    expect(session.store.getState().page).toBeNull();
    await setSiteDisabled('acmehosting.zendesk.com', false);
    await vi.waitFor(() => expect(ticketOf(session)?.id).toBe('48603'));
  });

  test('another site being turned off changes nothing here', async () => {
    show('zendesk/plain-english');
    await setSiteDisabled('desk.zoho.com', true);
    const session = await startSession();
    expect(ticketOf(session)?.id).toBe('48213');
  });

  test('a site turned off before the page loads is never read', async () => {
    show('zendesk/plain-english');
    await setSiteDisabled('acmehosting.zendesk.com', true);
    const session = await startSession();
    expect(session.store.getState().page).toBeNull();
    expect(await tabStatus()).toMatchObject({ kind: 'off' });
  });
});

describe('a concern that fails', () => {
  test('is reported by name, and the others keep working', async () => {
    show('zendesk/plain-english');
    const broken: Concern = {
      name: 'broken-at-start',
      start() {
        throw new Error('boom');
      },
    };
    const rejecting: Concern = { name: 'rejecting', start: () => Promise.reject(new Error('later')) };
    const session = await startSession([broken, rejecting]);
    expect(errors.map((e) => e.concern).sort()).toEqual(['broken-at-start', 'rejecting']);
    expect(session.failures.map((f) => f.concern).sort()).toEqual(['broken-at-start', 'rejecting']);
    expect(ticketOf(session)?.id).toBe('48213');
    navigate('zendesk/tabs-three');
    expect(ticketOf(session)?.id).toBe('48603');
    expect(await tabStatus()).toMatchObject({ kind: 'ticket', ticketId: '48603' });
    expect(await command('toggle-sidebar')).toEqual({ ok: true });
  });

  test('one whose listener throws on every change does not stop the others hearing it', async () => {
    show('zendesk/plain-english');
    const throwsOnChange: Concern = {
      name: 'throws-on-change',
      start: ({ subscribe }) =>
        subscribe(() => {
          throw new Error('listener broke');
        }),
    };
    const session = await startSession([throwsOnChange]);
    navigate('zendesk/tabs-three');
    expect(ticketOf(session)?.id).toBe('48603');
    expect(document.documentElement.style.marginRight).toBe(`${shownWidth(380, window.innerWidth)}px`);
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((e) => e.concern))).toEqual(new Set(['throws-on-change']));
  });

  test('a storage that fails to load leaves the page read with the defaults', async () => {
    show('zendesk/plain-english');
    const get = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = (keys) =>
      (Array.isArray(keys) ? keys : [keys]).some((k) => String(k).includes('sidebarLayout'))
        ? Promise.reject(new Error('storage broke'))
        : get(keys);
    try {
      const session = await startSession();
      expect(errors.map((e) => e.concern)).toEqual(['layout']);
      expect(ticketOf(session)?.id).toBe('48213');
      expect(session.store.getState().width).toBe(380);
    } finally {
      fakeBrowser.storage.local.get = get;
    }
  });
});

test('when the session ends, it lets go of the page', async () => {
  show('zendesk/plain-english');
  const session = await startSession();
  controller.abort();
  expect(document.documentElement.style.marginRight).toBe('');
  navigate('zendesk/tabs-three');
  expect(ticketOf(session)?.id).toBe('48213');
  fakeBrowser.runtime.onMessage.removeListener(answerSettingsRequest);
  await expect(tabStatus()).rejects.toThrow(/No listeners/);
});

describe('work that stays bounded on a long ticket', () => {
  // Timers under the test's control: the re-read after a burst of changes and the poll run when
  // the test says, so "nothing was read" is a fact, not a wait.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const settle = () => vi.advanceTimersByTimeAsync(100);
  /** Count the readings from now on, once what starting the session changed has settled. */
  const reads = async () => {
    await settle();
    return vi.spyOn(zendesk, 'readTicket');
  };

  test('typing a reply (the editor, its toolbar, its balloons) reads nothing; a new message is read', async () => {
    show('zendesk/plain-english');
    const session = await startSession();
    const readTicket = await reads();
    const editor = document.querySelector('.ck-editor__editable')!;
    for (const key of 'Hello Dana') {
      editor.querySelector('p')!.append(key);
      document.querySelector('.ck-editor')!.classList.toggle('ck-focused');
      const balloon = document.createElement('div');
      balloon.className = 'ck-body-wrapper';
      document.body.append(balloon);
      await settle();
    }
    expect(readTicket).not.toHaveBeenCalled();
    document.querySelector('[data-test-id="omni-log-item-message"]')!.append(' Also the website is down.');
    await settle();
    expect(readTicket).toHaveBeenCalledTimes(1);
    expect(ticketOf(session)?.body).toContain('Also the website is down.');
  });

  test('the poll reads nothing while the same ticket stays on screen, and reads at once when another is named', async () => {
    show('zendesk/plain-english');
    await startSession();
    const readTicket = await reads();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(readTicket).not.toHaveBeenCalled();
    here = new URL(here.href.replace('48213', '48603'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(readTicket).toHaveBeenCalledTimes(1);
  });

  test("a change past the first characters the classifier reads is no change for the sidebar; one before them is", async () => {
    show('zendesk/plain-english');
    const message = document.querySelector('[data-test-id="omni-log-item-message"]')!;
    const { maxChars } = DEFAULT_SETTINGS.classification;
    message.textContent = 'Our office mail bounces since this morning. '.repeat(Math.ceil((2 * maxChars) / 44));
    const session = await startSession();
    const shown = session.store.getState().page;
    expect(ticketOf(session)?.body.length).toBe(maxChars);
    const readTicket = await reads();
    message.append(' The website is down as well.');
    await settle();
    expect(readTicket).toHaveBeenCalledTimes(1);
    expect(session.store.getState().page).toBe(shown);
    message.prepend('The website is down as well. ');
    await settle();
    expect(ticketOf(session)?.body).toMatch(/^The website is down as well\./);
  });
});

describe("the agent's corrections", () => {
  const ZENDESK_TICKET = 'https://acmehosting.zendesk.com/agent/tickets/48213';
  const OTHER_ACCOUNT = 'https://othercompany.zendesk.com/agent/tickets/48213';
  const correctionOf = (session: HelpdeskSession) => viewOfPage(session.store.getState())?.override;

  /** A session on the saved Zendesk ticket at `url`, ended before the next one starts. */
  async function onTicket(url: string, act?: (session: HelpdeskSession) => Promise<void>) {
    controller = new AbortController();
    show('zendesk/plain-english', url);
    const session = await startSession();
    const correction = correctionOf(session);
    await act?.(session);
    controller.abort();
    return correction;
  }

  test('are kept per helpdesk account: the same ticket number in another Zendesk account has none', async () => {
    await onTicket(ZENDESK_TICKET, async (session) => {
      const page = session.store.getState().page;
      if (page?.kind !== 'ticket') throw new Error('no ticket read');
      session.store.getState().setOverride(ticketKey(page), 'isp');
      await vi.waitFor(async () => expect(Object.values(await overridesItem.getValue())).toEqual(['isp']));
    });
    expect(await onTicket(ZENDESK_TICKET)).toBe('isp');
    expect(await onTicket(OTHER_ACCOUNT)).toBeUndefined();
    expect(Object.keys(await overridesItem.getValue())).toEqual(['zendesk@acmehosting.zendesk.com:48213']);
  });

  test("Gvul 0.1's corrections (by the helpdesk's name) move, once, to the first account that shows the ticket", async () => {
    // What Gvul 0.1 stored, before this version's code migrates it.
    await fakeBrowser.storage.local.set({ overrides: { 'Zendesk:48213': 'isp', 'Zendesk:777': 'customer_it' } });
    await overridesItem.migrate();
    expect(await overridesItem.getMeta()).toEqual({ v: 2 });

    // Shown at once, and kept under this account from then on.
    expect(await onTicket(ZENDESK_TICKET)).toBe('isp');
    await vi.waitFor(async () =>
      expect(await overridesItem.getValue()).toEqual({
        'zendesk@acmehosting.zendesk.com:48213': 'isp',
        'unclaimed:Zendesk:777': 'customer_it',
      }),
    );
    expect(await onTicket(ZENDESK_TICKET)).toBe('isp');
    // Taken over already: another account's ticket 48213 does not get it too.
    expect(await onTicket(OTHER_ACCOUNT)).toBeUndefined();
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Sidebar, type SidebarActions } from '../../../components/sidebar/Sidebar';
import { createSidebarStore, type PageState } from '../../../lib/store/sidebar';
import { createClock } from '../../../lib/store/clock';
import { classify } from '../../../lib/classifier';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import type { Ticket } from '../../../lib/ticket';

afterEach(cleanup);

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  id: '4521',
  subject: 'No internet in the office',
  body: 'Since this morning there is no internet in the office at all, the router light is red. Google does not open either.',
  channel: 'email',
  createdAt: '2026-11-22T08:00:00Z',
  requester: { name: 'Dana Levi', email: 'dana@example.com' },
  ...over,
});

function setup(page: PageState, browserLang = 'en-US') {
  const store = createSidebarStore(structuredClone(DEFAULT_SETTINGS));
  store.getState().setPage(page);
  const clock = createClock();
  const insert = vi.fn<SidebarActions['insert']>(async () => ({ ok: true }));
  // As the session does: the name goes to the settings, which come back through the store.
  const saveAgentName = vi.fn<SidebarActions['saveAgentName']>(async (agentName) => {
    store.getState().setSettings({ ...store.getState().settings!, agentName });
  });
  const view = render(<Sidebar store={store} clock={clock} actions={{ insert, saveAgentName }} browserLang={browserLang} timeZone="UTC" />);
  return { store, insert, saveAgentName, view };
}

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`);

describe('a readable ticket', () => {
  test('shows the classifier\'s verdict, the countdown and the party\'s replies', () => {
    const t = ticket();
    setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: t });
    const verdict = classify(t);
    expect(byTestId('ticket')?.getAttribute('data-ticket-id')).toBe('4521');
    expect(byTestId('party')?.getAttribute('data-value')).toBe(verdict.party);
    expect(byTestId('owner')?.getAttribute('data-value')).toBe(verdict.owner);
    expect(byTestId('sla')?.getAttribute('data-state')).toMatch(/running|warning|breached|paused/);
    const replies = document.querySelectorAll('[data-testid="reply"]');
    expect(replies[0]?.getAttribute('data-reply-id')).toBe(verdict.party);
    expect(replies[0]?.textContent).toContain('Hello Dana,');
  });

  test('an override changes the party, the replies, and is kept per ticket', () => {
    const t = ticket();
    const { store } = setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: t });
    fireEvent.change(byTestId('override')!, { target: { value: 'web_developer' } });
    expect(byTestId('party')?.getAttribute('data-value')).toBe('web_developer');
    expect(document.querySelector('[data-testid="reply"]')?.getAttribute('data-reply-id')).toBe('web_developer');
    expect(store.getState().overrides).toEqual({ 'Zendesk:4521': 'web_developer' });
    // Another ticket is not affected.
    act(() => store.getState().setPage({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket({ id: '4522' }) }));
    expect(byTestId('party')?.getAttribute('data-value')).toBe(classify(ticket({ id: '4522' })).party);
  });

  test('a contract customer: "covered by extended support", the 24/7 clock and contract_covered first; the next ticket is ordinary again', () => {
    // Friday 22:00 in Jerusalem: the office opens again on Sunday.
    const friday = '2026-11-20T20:00:00Z';
    const t = ticket({ tags: ['extended-support'], createdAt: friday });
    const { store } = setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: t }, 'he-IL');
    const verdict = classify(t);
    expect(byTestId('owner')?.getAttribute('data-value')).toBe(verdict.owner);
    expect(byTestId('contract')?.textContent).toContain('מכוסה בתמיכה המורחבת');
    expect(byTestId('contract')?.getAttribute('data-rule')).toBe('extended-support');
    expect(byTestId('sla')?.getAttribute('data-due-at')).toBe('2026-11-20T22:00:00Z');
    expect(byTestId('sla')?.getAttribute('data-clock')).toBe('calendar');
    expect(byTestId('sla')?.textContent).toContain('24/7: חוזה שירות מורחב');
    const ids = () => Array.from(document.querySelectorAll('[data-testid="reply"]'), (r) => r.getAttribute('data-reply-id'));
    expect(ids().slice(0, 2)).toEqual(['contract_covered', verdict.party]);

    act(() => store.getState().setPage({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket({ id: '4522', createdAt: friday }) }));
    expect(byTestId('contract')).toBeNull();
    expect(byTestId('sla')?.getAttribute('data-clock')).toBe('business');
    expect(byTestId('sla')?.getAttribute('data-due-at')).toBe('2026-11-22T09:00:00Z');
    expect(ids()[0]).toBe(verdict.party);
  });

  test('Insert hands the rendered reply to the page and says it worked', async () => {
    const { insert } = setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket() });
    await act(async () => fireEvent.click(screen.getAllByTestId('reply-insert')[0]!));
    expect(insert).toHaveBeenCalledTimes(1);
    expect(insert.mock.calls[0]![0]).toContain('Hello Dana,');
    expect(byTestId('reply-status')?.textContent).toMatch(/Inserted/);
  });

  test('an undetermined ticket asks the deciding question', () => {
    setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket({ subject: 'Website down', body: 'Website down, please check ASAP.' }) });
    expect(byTestId('owner')?.getAttribute('data-value')).toBe('undetermined');
    expect(byTestId('question')?.textContent?.length).toBeGreaterThan(10);
  });

  test('no created time: says the SLA cannot be computed instead of guessing', () => {
    setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket({ createdAt: undefined }) });
    expect(byTestId('sla')).toBeNull();
    expect(document.body.textContent).toContain('No created time');
  });
});

test('an unreadable page says why and classifies pasted text', () => {
  setup({
    kind: 'unreadable',
    helpdesk: 'Freshdesk',
    ticketId: '77',
    reason: { code: 'parts-missing', helpdesk: 'Freshdesk', ticketId: '77', missing: ['subject'] },
    missing: ['subject'],
  });
  expect(byTestId('unreadable')?.textContent).toContain('but not the subject');
  fireEvent.change(byTestId('paste-text')!, { target: { value: 'Outlook crashes only on my laptop, webmail works fine' } });
  fireEvent.click(byTestId('paste-classify')!);
  expect(byTestId('party')?.getAttribute('data-value')).toBe('customer_it');
});

test('settings that never came: a status tab in the browser\'s language, replaced by the verdict once they come', () => {
  const store = createSidebarStore(null);
  store.getState().setPage({ kind: 'no-settings' });
  const actions = { insert: vi.fn<SidebarActions['insert']>(), saveAgentName: vi.fn<SidebarActions['saveAgentName']>() };
  render(<Sidebar store={store} clock={createClock()} actions={actions} browserLang="he-IL" timeZone="UTC" />);
  const status = byTestId('no-settings')!;
  expect(status.getAttribute('role')).toBe('status');
  expect(status.getAttribute('dir')).toBe('rtl');
  expect(status.textContent).toBe('גבול · לא הצליח לטעון את ההגדרות');
  expect(status.getAttribute('title')).toMatch(/^גבול לא הצליח לטעון את ההגדרות/);
  // A tab, not the panel: nothing of the helpdesk page is covered.
  expect(document.querySelector('aside')).toBeNull();
  act(() => {
    store.getState().setSettings(structuredClone(DEFAULT_SETTINGS));
    store.getState().setPage({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket() });
  });
  expect(byTestId('no-settings')).toBeNull();
  expect(byTestId('owner')).not.toBeNull();
});

test('settings that never came, in English', () => {
  const store = createSidebarStore(null);
  store.getState().setPage({ kind: 'no-settings' });
  const actions = { insert: vi.fn<SidebarActions['insert']>(), saveAgentName: vi.fn<SidebarActions['saveAgentName']>() };
  render(<Sidebar store={store} clock={createClock()} actions={actions} browserLang="en-US" timeZone="UTC" />);
  expect(byTestId('no-settings')?.textContent).toBe('Gvul · could not load its settings');
});

test('Hebrew UI: right-to-left and Hebrew words', () => {
  setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket() }, 'he-IL');
  const aside = document.querySelector('aside')!;
  expect(aside.getAttribute('dir')).toBe('rtl');
  expect(within(aside).getByText('של מי הבעיה?')).toBeTruthy();
});

test('collapse and expand, and the width stays within bounds', () => {
  const { store } = setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket() });
  fireEvent.click(byTestId('collapse')!);
  expect(document.querySelector('aside')).toBeNull();
  fireEvent.click(byTestId('expand')!);
  expect(document.querySelector('aside')).not.toBeNull();
  store.getState().setWidth(5000);
  expect(store.getState().width).toBe(640);
});

describe('the agent\'s name', () => {
  test('neither the options page nor the helpdesk gives it: asked once, saved, then the replies are signed with it', async () => {
    const { saveAgentName } = setup({ kind: 'ticket', helpdesk: 'Request Tracker', ticket: ticket() });
    expect(document.querySelector('[data-testid="reply"]')?.textContent).toMatch(/Best regards,\s*$/);
    fireEvent.change(byTestId('agent-name-input')!, { target: { value: '  Noa Barak ' } });
    await act(async () => {
      fireEvent.submit(byTestId('agent-name-prompt')!);
    });
    expect(saveAgentName).toHaveBeenCalledWith('  Noa Barak ');
    expect(byTestId('agent-name-prompt')).toBeNull();
    expect(document.querySelector('[data-testid="reply"]')?.textContent).toContain('Best regards,\nNoa Barak');
  });

  test('not asked when the helpdesk shows the signed-in agent, or the options page names them', () => {
    setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket(), agent: 'Noa Barak' });
    expect(byTestId('agent-name-prompt')).toBeNull();
    cleanup();
    const { store } = setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket() });
    expect(byTestId('agent-name-prompt')).not.toBeNull();
    act(() => store.getState().setSettings({ ...store.getState().settings!, agentName: 'Dana' }));
    expect(byTestId('agent-name-prompt')).toBeNull();
  });

  test('an empty name is not saved', () => {
    const { saveAgentName } = setup({ kind: 'ticket', helpdesk: 'Zendesk', ticket: ticket() });
    fireEvent.change(byTestId('agent-name-input')!, { target: { value: '   ' } });
    fireEvent.submit(byTestId('agent-name-prompt')!);
    expect(saveAgentName).not.toHaveBeenCalled();
    expect((byTestId('agent-name-save') as HTMLButtonElement).disabled).toBe(true);
  });
});

// One derivation for every surface: what the sidebar's card, the popup's status, the keyboard
// command and the options page's Try-a-ticket show comes from the same view of the ticket, so
// a correction, a threshold or a schedule changes all of them the same way.
import { describe, expect, test } from 'vitest';
import { classify } from '../../../lib/classifier';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { dueAt, formatDue, formatRemaining, status } from '../../../lib/sla';
import type { Party } from '../../../lib/policy/labels';
import type { PageState } from '../../../lib/store/sidebar';
import { numbersShown, slaShown, tabStatusOf, topReply, viewOfPage, viewTicket } from '../../../lib/ticket-view';
import type { Ticket } from '../../../lib/ticket';

// Thursday 26 March 2026, 17:00 in Jerusalem (winter time): a written technical ticket is due
// on Sunday 29 March at 10:00, summer time (POLICY.md section 4's example).
const THURSDAY_1700 = '2026-03-26T15:00:00Z';
const SUNDAY_1000 = '2026-03-29T07:00:00Z';

const ticket = (body: string, over: Partial<Ticket> = {}): Ticket => ({
  id: '7',
  subject: '',
  body,
  channel: 'email',
  createdAt: THURSDAY_1700,
  ...over,
});
const laptop = ticket('Outlook keeps crashing on my laptop; webmail works fine and my colleagues have no problem.');
const vague = ticket('Mail does not work.');
const outage = ticket('Since 10:00 none of our mailboxes receive any mail, nobody in the company gets mail, the whole mail server seems down.');
const withFirm = (firmThreshold: number): Settings => ({
  ...DEFAULT_SETTINGS,
  classification: { ...DEFAULT_SETTINGS.classification, firmThreshold },
});
const page = (t: Ticket): PageState => ({ kind: 'ticket', helpdesk: 'Zendesk', ticket: t });

describe('what the verdict card shows', () => {
  test('a decided verdict: its confidence and the other possibilities, never "unknown" among them', () => {
    const v = viewTicket(laptop, DEFAULT_SETTINGS);
    expect(v.certainty).toBe('firm');
    expect(v.override).toBeUndefined();
    expect(v).toMatchObject(numbersShown(v.verdict, undefined, 'firm'));
    // The rule itself, on a verdict with both kinds of alternative.
    const verdict = { ...v.verdict, alternatives: [{ party: 'unknown' as const, probability: 0.1 }, { party: 'isp' as const, probability: 0.05 }] };
    expect(numbersShown(verdict, undefined, 'leaning')).toEqual({ confidence: verdict.confidence, alternatives: [{ party: 'isp', probability: 0.05 }] });
    expect(numbersShown(verdict, 'isp', 'firm')).toEqual({ alternatives: [] });
    expect(numbersShown(verdict, undefined, 'ask')).toEqual({ alternatives: [] });
  });

  test('an undetermined verdict shows no percentage and no possibilities to weigh: the question settles it', () => {
    const v = viewTicket(vague, DEFAULT_SETTINGS);
    expect(v.certainty).toBe('ask');
    expect(v.verdict.confidence).toBeGreaterThan(0);
    expect(v.confidence).toBeUndefined();
    expect(v.alternatives).toEqual([]);
  });

  test('after the agent\'s correction: the corrected party, firm, no percentage, no possibilities', () => {
    const v = viewTicket(laptop, DEFAULT_SETTINGS, 'isp');
    expect(v).toMatchObject({ party: 'isp', owner: 'customer', override: 'isp', certainty: 'firm' });
    expect(v.confidence).toBeUndefined();
    expect(v.alternatives).toEqual([]);
  });

  test('urgent only while the provider owns it: a correction to a customer party ends the 24/7 clock and the badge together', () => {
    const v = viewTicket(outage, DEFAULT_SETTINGS);
    expect(v.verdict.urgent).toBe(true);
    expect(v.owner).toBe('provider');
    expect(v.urgent).toBe(true);
    expect(v.sla?.urgent).toBe(true);
    const corrected = viewTicket(outage, DEFAULT_SETTINGS, 'customer_it');
    expect(corrected.urgent).toBe(false);
    expect(corrected.sla?.urgent).toBe(false);
    // The business clock again: due later than on the 24/7 clock.
    expect(Date.parse(corrected.dueAt!)).toBeGreaterThan(Date.parse(v.dueAt!));
  });
});

describe('when the first response is due', () => {
  test('the view\'s due time is the SLA clock\'s for its case', () => {
    const v = viewTicket(laptop, DEFAULT_SETTINGS);
    expect(v.dueAt).toBe(SUNDAY_1000);
    expect(v.dueAt).toBe(dueAt(v.sla!, DEFAULT_SETTINGS.sla).dueAt);
  });

  test('no created time: no SLA case and no due time', () => {
    const v = viewTicket(ticket('Outlook crashes on my laptop.', { createdAt: undefined }), DEFAULT_SETTINGS);
    expect(v.sla).toBeUndefined();
    expect(v.dueAt).toBeUndefined();
  });

  test('a schedule with no business time gives no due time, and a reply\'s {{sla.due}} stays for the agent to fill', () => {
    const closed = { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };
    const first = viewTicket(laptop, DEFAULT_SETTINGS).replies[0]!.id;
    const replies = DEFAULT_SETTINGS.replies.map((r) => (r.id === first ? { ...r, body: { en: 'We answer by {{sla.due}}.', he: 'נענה עד {{sla.due}}.' } } : r));
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      sla: { ...DEFAULT_SETTINGS.sla, calendar: { ...DEFAULT_SETTINGS.sla.calendar, weekly: closed } },
      replies,
    };
    const open = viewTicket(laptop, { ...settings, sla: DEFAULT_SETTINGS.sla });
    const shut = viewTicket(laptop, settings);
    const reply = (v: typeof open) => v.replies.find((r) => r.id === first);
    expect(shut.sla).toBeDefined();
    expect(shut.dueAt).toBeUndefined();
    expect(reply(shut)?.text).toContain('{{sla.due}}');
    // With business hours the same reply says when, as the one due-time format writes it.
    expect(reply(open)?.text).toContain(`We answer by ${formatDue(SUNDAY_1000, 'en', 'Asia/Jerusalem')}.`);
  });

  test('one format everywhere: the day, the date and the time, in the zone asked for, labelled when it is not the schedule\'s', () => {
    expect(formatDue(SUNDAY_1000, 'en', 'Asia/Jerusalem')).toBe('Sun 29 Mar, 10:00');
    expect(formatDue(SUNDAY_1000, 'he', 'Asia/Jerusalem')).toMatch(/29.*10:00/);
    expect(formatDue(SUNDAY_1000, 'he', 'Asia/Jerusalem')).toMatch(/[\u0590-\u05FF]/);
    const london = formatDue(SUNDAY_1000, 'en', 'Europe/London', 'Asia/Jerusalem');
    expect(london).toContain('08:00');
    expect(london).toContain('Europe/London');
  });

  test('the countdown now, from the same case: its state, its words and the due time in the agent\'s zone', () => {
    const v = viewTicket(laptop, DEFAULT_SETTINGS);
    const friday = Date.parse('2026-03-27T09:00:00Z');
    const shown = slaShown(v.sla!, friday, DEFAULT_SETTINGS.sla, 'en', 'Europe/London');
    expect(shown.status).toEqual(status(v.sla!, friday, DEFAULT_SETTINGS.sla));
    expect(shown.status.state).toBe('paused');
    expect(shown.status.dueAt).toBe(v.dueAt);
    expect(shown.remaining).toBe(formatRemaining(shown.status, 'en', 'Europe/London'));
    expect(shown.due).toBe(formatDue(SUNDAY_1000, 'en', 'Europe/London', 'Asia/Jerusalem'));
    const late = slaShown(v.sla!, Date.parse('2026-03-29T08:00:00Z'), DEFAULT_SETTINGS.sla, 'en', 'Asia/Jerusalem');
    expect(late.status.state).toBe('breached');
  });
});

describe('the popup and the keyboard command agree with the sidebar', () => {
  const holding = (t: Ticket, settings: Settings = DEFAULT_SETTINGS, overrides: Record<string, Party> = {}) => ({
    page: page(t),
    settings,
    overrides,
  });

  test.each([
    ['firm', laptop, DEFAULT_SETTINGS, {}],
    ['leaning', laptop, withFirm(1), {}],
    ['ask', vague, DEFAULT_SETTINGS, {}],
    ['corrected', outage, DEFAULT_SETTINGS, { 'Zendesk:7': 'customer_it' as Party }],
  ])('%s: the popup\'s verdict is the sidebar\'s view in brief', (_name, t, settings, overrides) => {
    const state = holding(t, settings, overrides);
    const view = viewOfPage(state)!;
    const answer = tabStatusOf(state, 'acme.zendesk.com', false);
    expect(answer).toEqual({
      kind: 'ticket',
      site: 'acme.zendesk.com',
      helpdesk: 'Zendesk',
      ticketId: '7',
      verdict: {
        owner: view.owner,
        party: view.party,
        queue: view.verdict.queue,
        urgent: view.urgent,
        certainty: view.certainty,
        ...(view.confidence === undefined ? {} : { confidence: view.confidence }),
        overridden: view.override !== undefined,
      },
      contract: false,
    });
    // No ticket text crosses to the popup.
    expect(JSON.stringify(answer)).not.toContain(t.body.slice(0, 12));
    expect(topReply(state)).toEqual(view.replies[0]);
  });

  test('a correction is kept per helpdesk and ticket: another helpdesk\'s ticket 7 keeps its own verdict', () => {
    const state = holding(laptop, DEFAULT_SETTINGS, { 'Freshdesk:7': 'isp' });
    expect(viewOfPage(state)?.party).toBe(classify(laptop).party);
    expect(viewOfPage({ ...state, overrides: { 'Zendesk:7': 'isp' } })?.party).toBe('isp');
  });

  test('without a ticket on the page there is no view and no reply to insert', () => {
    const state = { page: { kind: 'no-ticket', helpdesk: 'Zendesk' } as PageState, settings: DEFAULT_SETTINGS, overrides: {} };
    expect(viewOfPage(state)).toBeUndefined();
    expect(topReply(state)).toBeUndefined();
    expect(tabStatusOf(state, 's', false)).toEqual({ kind: 'no-ticket', helpdesk: 'Zendesk', site: 's' });
    expect(tabStatusOf(state, 's', true)).toEqual({ kind: 'off', site: 's' });
  });
});

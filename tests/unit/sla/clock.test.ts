import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SLA_POLICY,
  businessTimeBetween,
  describeRule,
  dueAt,
  formatDuration,
  formatRemaining,
  isOpen,
  nextOpening,
  status,
  type BusinessCalendar,
  type SlaPolicy,
  type SlaTicket,
} from '../../../lib/sla';

const HOUR = 3_600_000;
const ticket = (createdAt: string, more: Partial<SlaTicket> = {}): SlaTicket => ({
  createdAt,
  queue: 'technical',
  channel: 'email',
  urgent: false,
  ...more,
});
const withCalendar = (calendar: Partial<BusinessCalendar>, more: Partial<SlaPolicy> = {}): SlaPolicy => ({
  ...DEFAULT_SLA_POLICY,
  ...more,
  calendar: { ...DEFAULT_SLA_POLICY.calendar, ...calendar },
});
const iso = (local: string) => new Date(local).toISOString().replace('.000Z', 'Z');

describe('dueAt: POLICY.md section 4', () => {
  it('a written technical ticket created Thursday 17:00 is due Sunday 10:00', () => {
    expect(dueAt(ticket('2025-06-12T17:00:00+03:00'))).toEqual({
      dueAt: iso('2025-06-15T10:00:00+03:00'),
      clock: 'business',
      targetMinutes: 120,
      target: {
        queue: 'technical',
        channel: 'email',
        urgent: false,
        amount: 2,
        unit: 'business_hours',
        clock: 'business',
        minutes: 120,
      },
    });
  });

  it('Thursday 26 March 2026 17:00 (winter time) is due Sunday 29 March 10:00 (summer time)', () => {
    expect(dueAt(ticket('2026-03-26T17:00:00+02:00')).dueAt).toBe('2026-03-29T07:00:00Z');
    expect(dueAt(ticket('2026-03-26T15:00:00Z')).dueAt).toBe('2026-03-29T07:00:00Z');
  });

  it.each([
    ['web', 120],
    ['chat', 120],
    ['unknown', 120],
    ['phone', 240],
  ] as const)('technical by %s: %i business minutes', (channel, minutes) => {
    expect(dueAt(ticket('2025-06-15T09:00:00+03:00', { channel })).targetMinutes).toBe(minutes);
  });

  it('phone: 4 business hours, across the weekend', () => {
    expect(dueAt(ticket('2025-06-12T16:00:00+03:00', { channel: 'phone' })).dueAt).toBe(iso('2025-06-15T11:00:00+03:00'));
  });

  it('customer service and finance: 2 business days of 9 hours, due at closing rather than the next opening', () => {
    for (const queue of ['customer_service', 'finance'] as const) {
      const due = dueAt(ticket('2025-06-15T09:00:00+03:00', { queue }));
      expect(due.targetMinutes).toBe(18 * 60);
      expect(due.dueAt).toBe(iso('2025-06-16T18:00:00+03:00'));
    }
  });

  it('management: 3 business days, across the weekend and the DST change', () => {
    const due = dueAt(ticket('2026-03-26T17:00:00+02:00', { queue: 'management' }));
    expect(due.targetMinutes).toBe(27 * 60);
    expect(due.dueAt).toBe(iso('2026-03-31T17:00:00+03:00'));
  });

  it('created outside business hours, the clock starts at the next opening', () => {
    expect(dueAt(ticket('2025-06-13T11:00:00+03:00')).dueAt).toBe(iso('2025-06-15T11:00:00+03:00'));
    expect(dueAt(ticket('2025-06-15T07:30:00+03:00')).dueAt).toBe(iso('2025-06-15T11:00:00+03:00'));
  });

  it('skips Rosh Hashana; its eve is an ordinary day', () => {
    // Monday 22 Sep 2025 is the eve; Tuesday and Wednesday are Rosh Hashana I and II.
    expect(dueAt(ticket('2025-09-22T17:00:00+03:00')).dueAt).toBe(iso('2025-09-25T10:00:00+03:00'));
  });

  it('skips Pesach I (Thursday 2 April 2026) and the weekend after it', () => {
    expect(dueAt(ticket('2026-04-01T17:30:00+03:00')).dueAt).toBe(iso('2026-04-05T10:30:00+03:00'));
  });

  it('urgent: the technical target of its channel on a 24/7 clock', () => {
    const email = dueAt(ticket('2025-06-13T22:00:00+03:00', { urgent: true, queue: 'finance' }));
    expect(email).toMatchObject({ dueAt: iso('2025-06-14T00:00:00+03:00'), clock: 'calendar', targetMinutes: 120 });
    // Real elapsed time across the spring-forward night of Friday 27 March 2026.
    const phone = dueAt(ticket('2026-03-27T01:00:00+02:00', { urgent: true, channel: 'phone' }));
    expect(phone.dueAt).toBe(iso('2026-03-27T06:00:00+03:00'));
  });

  it('half days and closed dates set by the team', () => {
    const policy = withCalendar({
      customDates: [
        { date: '2025-06-12', hours: [{ start: '09:00', end: '13:00' }], note: 'team day' },
        { date: '2025-06-15', hours: [] },
      ],
    });
    expect(dueAt(ticket('2025-06-12T12:00:00+03:00'), policy).dueAt).toBe(iso('2025-06-16T10:00:00+03:00'));
  });

  it('eves turned on: closed, or half days with eveHours', () => {
    const closed = withCalendar({ holidays: { ...DEFAULT_SLA_POLICY.calendar.holidays, erev_rosh_hashana: true } });
    expect(dueAt(ticket('2025-09-21T17:00:00+03:00'), closed).dueAt).toBe(iso('2025-09-25T10:00:00+03:00'));
    const half = withCalendar({
      holidays: { ...DEFAULT_SLA_POLICY.calendar.holidays, erev_rosh_hashana: true },
      eveHours: [{ start: '09:00', end: '13:00' }],
    });
    expect(dueAt(ticket('2025-09-22T12:00:00+03:00'), half).dueAt).toBe(iso('2025-09-25T10:00:00+03:00'));
  });

  it('a lunch break: a business day is the open time of the longest day', () => {
    const lunch = [
      { start: '09:00', end: '13:00' },
      { start: '14:00', end: '18:00' },
    ];
    const policy = withCalendar({
      weekly: { sun: lunch, mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: [], sat: [] },
    });
    expect(dueAt(ticket('2025-06-15T12:00:00+03:00'), policy).dueAt).toBe(iso('2025-06-15T15:00:00+03:00'));
    expect(dueAt(ticket('2025-06-15T09:00:00+03:00', { queue: 'finance' }), policy)).toMatchObject({
      targetMinutes: 16 * 60,
      dueAt: iso('2025-06-16T18:00:00+03:00'),
    });
  });

  it('businessDayMinutes overrides the length of a business day', () => {
    const policy = withCalendar({ businessDayMinutes: 8 * 60 });
    expect(dueAt(ticket('2025-06-15T09:00:00+03:00', { queue: 'management' }), policy).targetMinutes).toBe(24 * 60);
  });

  it('another time zone, exact across its own DST change', () => {
    const policy = withCalendar({
      timeZone: 'America/New_York',
      weekly: { ...DEFAULT_SLA_POLICY.calendar.weekly, fri: [{ start: '09:00', end: '18:00' }], sun: [] },
      holidays: {},
    });
    // Friday 7 March 2025 17:00 EST -> Monday 10 March 10:00 EDT.
    expect(dueAt(ticket('2025-03-07T17:00:00-05:00'), policy).dueAt).toBe(iso('2025-03-10T10:00:00-04:00'));
  });

  it('refuses what it cannot answer, saying why', () => {
    expect(() => dueAt(ticket('2025-06-12T17:00:00'))).toThrow(/no time-zone offset/);
    expect(() => dueAt(ticket('yesterday'))).toThrow(/not an ISO 8601/);
    expect(() => dueAt(ticket('2025-06-12T17:00:00Z', { queue: 'sales' as never }))).toThrow(/not a queue/);
    expect(() => dueAt(ticket('2025-06-12T17:00:00Z'), withCalendar({ timeZone: 'Mars/Olympus' }))).toThrow(/not a time zone/);
    expect(() =>
      dueAt(ticket('2025-06-12T17:00:00Z'), withCalendar({ weekly: { ...DEFAULT_SLA_POLICY.calendar.weekly, sun: [{ start: '9:00', end: '18:00' }] } })),
    ).toThrow(/not a time of day/);
    const closed = { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };
    expect(() => dueAt(ticket('2025-06-12T17:00:00Z'), withCalendar({ weekly: closed }))).toThrow(/no opening hours/);
  });
});

describe('businessTimeBetween, isOpen, nextOpening', () => {
  it('counts business hours only, and is negative backwards', () => {
    expect(businessTimeBetween('2025-06-12T17:00:00+03:00', '2025-06-15T10:00:00+03:00')).toBe(2 * HOUR);
    expect(businessTimeBetween('2025-06-15T10:00:00+03:00', '2025-06-12T17:00:00+03:00')).toBe(-2 * HOUR);
    expect(businessTimeBetween('2025-06-13T10:00:00+03:00', '2025-06-14T10:00:00+03:00')).toBe(0);
    expect(businessTimeBetween(Date.parse('2025-06-15T06:00:00Z'), Date.parse('2025-06-15T06:30:00Z'))).toBe(HOUR / 2);
  });

  it('knows when the office is open and when it opens next', () => {
    expect(isOpen('2025-06-15T09:00:00+03:00')).toBe(true);
    expect(isOpen('2025-06-15T18:00:00+03:00')).toBe(false);
    expect(isOpen('2025-09-23T10:00:00+03:00')).toBe(false); // Rosh Hashana
    expect(nextOpening('2025-06-12T18:00:00+03:00')).toBe(iso('2025-06-15T09:00:00+03:00'));
    expect(nextOpening('2025-06-15T12:34:00+03:00')).toBe(iso('2025-06-15T12:34:00+03:00'));
  });
});

describe('status: the live countdown', () => {
  const t = ticket('2025-06-12T17:00:00+03:00'); // due Sunday 15 June 10:00

  it('running while the office is open', () => {
    const s = status(ticket('2025-06-15T09:00:00+03:00'), '2025-06-15T09:40:00+03:00');
    expect(s).toMatchObject({ state: 'running', remainingMs: 80 * 60_000, elapsedMs: 40 * 60_000 });
    expect(formatRemaining(s, 'en')).toBe('1 h 20 min left');
    expect(formatRemaining(s, 'he')).toBe('נותרו שעה ו-20 דקות');
  });

  it('paused outside business hours, saying when it resumes', () => {
    const s = status(t, '2025-06-13T10:00:00+03:00');
    expect(s).toMatchObject({ state: 'paused', remainingMs: HOUR, elapsedMs: HOUR, resumesAt: iso('2025-06-15T09:00:00+03:00') });
    expect(formatRemaining(s, 'en')).toBe('paused: 1 h left, resumes Sunday 09:00');
    expect(formatRemaining(s, 'he')).toBe('מושהה: נותרה שעה, ימשיך ביום ראשון 09:00');
    // In another zone than the schedule's, the time says which zone it is in.
    expect(formatRemaining(s, 'en', 'Europe/London')).toBe('paused: 1 h left, resumes Sunday 07:00 (\u2068Europe/London\u2069)');
    expect(formatRemaining(s, 'en', 'Asia/Jerusalem')).toBe('paused: 1 h left, resumes Sunday 09:00');
  });

  it('not started: created outside business hours, before the first opening', () => {
    // Friday 11:00: the office opens again on Sunday 09:00.
    const friday = ticket('2025-06-13T11:00:00+03:00');
    const s = status(friday, '2025-06-13T11:05:00+03:00');
    expect(s).toMatchObject({ state: 'not_started', elapsedMs: 0, remainingMs: 2 * HOUR, resumesAt: iso('2025-06-15T09:00:00+03:00') });
    expect(formatRemaining(s, 'en')).toBe('starts Sunday 09:00, 2 h to answer');
    expect(formatRemaining(s, 'he')).toBe('יתחיל ביום ראשון 09:00, שעתיים למענה');
    // Once it has run, closing time pauses it.
    expect(status(friday, '2025-06-15T10:00:00+03:00').state).toBe('running');
    expect(status(ticket('2025-06-15T17:00:00+03:00'), '2025-06-15T19:00:00+03:00').state).toBe('paused');
  });

  it('warning when a quarter of the target or 15 minutes remain, whichever comes first', () => {
    expect(status(t, '2025-06-15T09:29:00+03:00').state).toBe('running');
    expect(status(t, '2025-06-15T09:30:00+03:00').state).toBe('warning');
    // 30 business minutes: 15 minutes left comes before a quarter (7.5 minutes).
    const short = withCalendar({}, {
      targets: { ...DEFAULT_SLA_POLICY.targets, technical: { ...DEFAULT_SLA_POLICY.targets.technical, email: { amount: 0.5, unit: 'business_hours' } } },
    });
    const quick = ticket('2025-06-15T09:00:00+03:00');
    expect(status(quick, '2025-06-15T09:14:00+03:00', short).state).toBe('running');
    expect(status(quick, '2025-06-15T09:15:00+03:00', short).state).toBe('warning');
    // Configurable.
    const late = withCalendar({}, { warning: { fractionOfTarget: 0, minutesLeft: 5 } });
    expect(status(t, '2025-06-15T09:54:00+03:00', late).state).toBe('running');
    expect(status(t, '2025-06-15T09:55:00+03:00', late).state).toBe('warning');
  });

  it('breached after the due time, by business time', () => {
    const s = status(t, '2025-06-15T10:12:30+03:00');
    expect(s).toMatchObject({ state: 'breached', remainingMs: -12.5 * 60_000, elapsedMs: 132.5 * 60_000 });
    expect(formatRemaining(s, 'en')).toBe('overdue by 12 min of business time, since Sunday 10:00');
    expect(formatRemaining(s, 'he')).toBe('באיחור של 12 דקות בשעות העבודה, מאז יום ראשון 10:00');
    // Business time, not wall-clock time: 74 wall-clock hours after the due time, 29 business hours.
    const long = status(ticket('2025-06-15T09:00:00+03:00'), '2025-06-18T13:00:00+03:00');
    expect(formatRemaining(long, 'en')).toBe('overdue by 29 h of business time, since Sunday 11:00');
    // Due at closing and read after it: no business time has passed, so say since when.
    const atClosing = status(ticket('2025-06-12T16:00:00+03:00'), '2025-06-12T20:00:00+03:00');
    expect(atClosing.state).toBe('breached');
    expect(formatRemaining(atClosing, 'en')).toBe('overdue since Thursday 18:00');
    expect(formatRemaining(atClosing, 'he')).toBe('באיחור מאז יום חמישי 18:00');
  });

  it('met at the first agent reply, the clock stopped there', () => {
    const met = status({ ...t, firstReplyAt: '2025-06-15T09:45:00+03:00' }, '2025-06-20T12:00:00+03:00');
    expect(met).toMatchObject({ state: 'met', remainingMs: 15 * 60_000, elapsedMs: 105 * 60_000 });
    expect(formatRemaining(met, 'en')).toBe('answered in time');
    expect(formatRemaining(met, 'he')).toBe('נענה בזמן');
    expect(status({ ...t, firstReplyAt: '2025-06-15T10:00:00+03:00' }, '2025-06-20T12:00:00Z').state).toBe('met');
    const late = status({ ...t, firstReplyAt: '2025-06-15T10:20:00+03:00' }, '2025-06-20T12:00:00Z');
    expect(late).toMatchObject({ state: 'breached', remainingMs: -20 * 60_000 });
    expect(formatRemaining(late, 'en')).toBe('answered 20 min late');
    expect(formatRemaining(late, 'he')).toBe('נענה באיחור של 20 דקות');
  });

  it('urgent tickets count real time and never pause', () => {
    const s = status(ticket('2025-06-13T22:00:00+03:00', { urgent: true }), Date.parse('2025-06-13T22:30:00+03:00'));
    expect(s).toMatchObject({ clock: 'calendar', state: 'running', remainingMs: 90 * 60_000, elapsedMs: 30 * 60_000 });
  });

  it('the same answer whatever form `now` takes', () => {
    const a = status(t, '2025-06-15T09:40:00+03:00');
    expect(status(t, Date.parse('2025-06-15T06:40:00Z'))).toEqual(a);
  });
});

describe('words', () => {
  it.each([
    [60_000, '1 min', 'דקה'],
    [2 * 60_000, '2 min', '2 דקות'],
    [HOUR, '1 h', 'שעה'],
    [2 * HOUR, '2 h', 'שעתיים'],
    [2 * HOUR + 60_000, '2 h 1 min', 'שעתיים ודקה'],
    [27 * HOUR + 5 * 60_000, '27 h 5 min', '27 שעות ו-5 דקות'],
  ])('formatDuration(%i)', (ms, en, he) => {
    expect(formatDuration(ms, 'en')).toBe(en);
    expect(formatDuration(ms, 'he')).toBe(he);
  });

  it('Hebrew agrees in number: נותרה דקה / נותרה שעה / נותרו שעתיים', () => {
    const quick = ticket('2025-06-15T09:00:00+03:00');
    expect(formatRemaining(status(quick, '2025-06-15T10:59:00+03:00'), 'he')).toBe('נותרה דקה');
    expect(formatRemaining(status(quick, '2025-06-15T10:00:00+03:00'), 'he')).toBe('נותרה שעה');
    expect(formatRemaining(status(quick, '2025-06-15T09:00:00+03:00'), 'he')).toBe('נותרו שעתיים');
  });

  it('describes the rule behind a target', () => {
    const p = DEFAULT_SLA_POLICY;
    expect(describeRule(dueAt(ticket('2025-06-15T09:00:00Z')).target, p, 'en')).toBe(
      'technical, written, 2 business hours, Sun–Thu 09:00–18:00 Asia/Jerusalem',
    );
    expect(describeRule(dueAt(ticket('2025-06-15T09:00:00Z')).target, p, 'he')).toBe(
      'טכני, בכתב, 2 שעות עבודה, א׳–ה׳ \u206609:00–18:00\u2069 Asia/Jerusalem',
    );
    expect(describeRule(dueAt(ticket('2025-06-15T09:00:00Z', { channel: 'phone' })).target, p, 'en')).toBe(
      'technical, phone, 4 business hours, Sun–Thu 09:00–18:00 Asia/Jerusalem',
    );
    expect(describeRule(dueAt(ticket('2025-06-15T09:00:00Z', { queue: 'finance' })).target, p, 'en')).toBe(
      'finance, 2 business days (18 h), Sun–Thu 09:00–18:00 Asia/Jerusalem',
    );
    expect(describeRule(dueAt(ticket('2025-06-15T09:00:00Z', { queue: 'management' })).target, p, 'he')).toBe(
      'הנהלה, 3 ימי עבודה (27 שעות), א׳–ה׳ \u206609:00–18:00\u2069 Asia/Jerusalem',
    );
    expect(describeRule(dueAt(ticket('2025-06-15T09:00:00Z', { urgent: true, channel: 'phone' })).target, p, 'en')).toBe(
      'urgent, technical, phone, 4 h around the clock',
    );
    const lunch = [
      { start: '09:00', end: '13:00' },
      { start: '14:00', end: '18:00' },
    ];
    const policy = withCalendar({
      weekly: { sun: [], mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: [{ start: '09:00', end: '13:00' }], sat: [] },
    });
    expect(describeRule(dueAt(ticket('2025-06-15T09:00:00Z'), policy).target, policy, 'en')).toBe(
      'technical, written, 2 business hours, Mon–Thu 09:00–13:00, 14:00–18:00; Fri 09:00–13:00 Asia/Jerusalem',
    );
  });
});

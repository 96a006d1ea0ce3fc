// The fast clock against the minute-by-minute reference, over random tickets in 2025-2030, in
// several zones, near DST changes (both ways), holidays and weekends, with lunch breaks, night
// hours across the DST change itself, half days, eves and random weekly schedules.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  DEFAULT_SLA_POLICY,
  HOLIDAY_IDS,
  businessTimeBetween,
  dueAt,
  holidaysFor,
  type BusinessCalendar,
  type SlaPolicy,
  type SlaTicket,
} from '../../../lib/sla';
import type { OpenInterval, Weekday } from '../../../lib/policy/sla';
import { CHANNELS } from '../../../lib/ticket';
import { QUEUES } from '../../../lib/policy/labels';
import { MINUTE, referenceBusinessMinutes, referenceDue } from './reference';

const ZONES = ['Asia/Jerusalem', 'Europe/London', 'America/New_York', 'Australia/Sydney'] as const;
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2031, 0, 1);
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function transitions(timeZone: string): number[] {
  const out: number[] = [];
  let at = Temporal.Instant.fromEpochMilliseconds(FROM).toZonedDateTimeISO(timeZone);
  for (;;) {
    const next = at.getTimeZoneTransition('next');
    if (!next || next.epochMilliseconds >= TO) return out;
    out.push(next.epochMilliseconds);
    at = next;
  }
}
const DST = Object.fromEntries(ZONES.map((z) => [z, transitions(z)])) as Record<string, number[]>;
const HOLIDAY_DATES = [2025, 2026, 2027, 2028, 2029, 2030].flatMap((y) => holidaysFor(y).map((h) => h.date));

/** Minute-aligned instants: anywhere in 2025-2030, or within days of a DST change or a holiday. */
function createdIn(timeZone: string): fc.Arbitrary<number> {
  const minutes = (from: number, to: number) => fc.integer({ min: from, max: to }).map((m) => m * MINUTE);
  const anywhere = minutes(FROM / MINUTE, TO / MINUTE - 1);
  const nearDst = fc
    .tuple(fc.constantFrom(...DST[timeZone]!), minutes(-3 * 1440, 2 * 1440))
    .map(([t, d]) => t + d);
  const nearHoliday = fc
    .tuple(fc.constantFrom(...HOLIDAY_DATES), minutes(-3 * 1440, 2 * 1440))
    .map(([date, d]) => Temporal.PlainDate.from(date).toZonedDateTime(timeZone).epochMilliseconds + d);
  return fc.oneof(anywhere, nearDst, nearHoliday);
}

const workday: OpenInterval[] = [{ start: '09:00', end: '18:00' }];
const lunch: OpenInterval[] = [
  { start: '08:30', end: '12:30' },
  { start: '13:30', end: '17:00' },
];
// Hours that contain the DST change itself in all four zones (01:00 London, 02:00-03:00 elsewhere).
const night: OpenInterval[] = [
  { start: '00:30', end: '03:30' },
  { start: '21:00', end: '24:00' },
];
const week = (days: Partial<Record<Weekday, OpenInterval[]>>): Record<Weekday, OpenInterval[]> => ({
  sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], ...days,
});
const SCHEDULES: Record<Weekday, OpenInterval[]>[] = [
  DEFAULT_SLA_POLICY.calendar.weekly,
  week({ mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: [{ start: '08:30', end: '13:00' }] }),
  week({ sun: night, mon: night, tue: night, wed: night, thu: night, fri: night, sat: night }),
  week({ sun: [{ start: '00:00', end: '24:00' }], tue: workday, sat: [{ start: '01:30', end: '02:30' }] }),
];

/** Up to 3 intervals a day, minute-aligned, with at least 20 open hours a week. */
const randomWeek: fc.Arbitrary<Record<Weekday, OpenInterval[]>> = fc
  .array(fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 0, maxLength: 6 }), {
    minLength: 7,
    maxLength: 7,
  })
  .map((days) => {
    const keys: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    const out = week({});
    days.forEach((points, i) => {
      const sorted = [...points].sort((a, b) => a - b);
      const hours: OpenInterval[] = [];
      for (let j = 0; j + 1 < sorted.length; j += 2) hours.push({ start: hhmm(sorted[j]!), end: hhmm(sorted[j + 1]!) });
      out[keys[i]!] = hours;
    });
    return out;
  })
  .filter((w) => Object.values(w).flat().reduce((sum, i) => sum + mins(i.end) - mins(i.start), 0) >= 20 * 60);

function mins(hhmmText: string): number {
  return Number(hhmmText.slice(0, 2)) * 60 + Number(hhmmText.slice(3));
}

interface Scenario {
  calendar: BusinessCalendar;
  createdMs: number;
  ticket: SlaTicket;
}

/** A calendar in a zone, custom dates (closed, half days, extra days) around the ticket, a ticket. */
const scenario: fc.Arbitrary<Scenario> = fc.constantFrom(...ZONES).chain((timeZone) =>
  fc
    .record({
      weekly: fc.oneof(fc.constantFrom(...SCHEDULES), randomWeek),
      holidays: fc.subarray([...HOLIDAY_IDS]),
      eveHours: fc.option(fc.constant<OpenInterval[]>([{ start: '09:00', end: '13:00' }]), { nil: undefined }),
      custom: fc.array(
        fc.record({
          dayOffset: fc.integer({ min: -1, max: 6 }),
          hours: fc.constantFrom<OpenInterval[]>([], [{ start: '09:00', end: '13:00' }], [{ start: '10:00', end: '24:00' }]),
        }),
        { maxLength: 3 },
      ),
      createdMs: createdIn(timeZone),
      queue: fc.constantFrom(...QUEUES),
      channel: fc.constantFrom(...CHANNELS),
    })
    .map(({ weekly, holidays, eveHours, custom, createdMs, queue, channel }) => {
      const createdDate = Temporal.Instant.fromEpochMilliseconds(createdMs).toZonedDateTimeISO(timeZone).toPlainDate();
      const customDates = new Map(
        custom.map(({ dayOffset, hours }) => {
          const date = createdDate.add({ days: dayOffset }).toString();
          return [date, { date, hours }];
        }),
      );
      const calendar: BusinessCalendar = {
        timeZone,
        weekly,
        holidays: Object.fromEntries(holidays.map((id) => [id, true])),
        eveHours,
        customDates: [...customDates.values()],
      };
      const ticket: SlaTicket = { createdAt: new Date(createdMs).toISOString(), queue, channel, urgent: false };
      return { calendar, createdMs, ticket };
    }),
);

const policyWith = (calendar: BusinessCalendar): SlaPolicy => ({ ...DEFAULT_SLA_POLICY, calendar });

describe('the SLA clock against the minute-by-minute reference', () => {
  it('gives the reference due time for the default policy (Asia/Jerusalem, 2025-2030)', () => {
    fc.assert(
      fc.property(
        createdIn('Asia/Jerusalem'),
        fc.constantFrom(...QUEUES),
        fc.constantFrom(...CHANNELS),
        (createdMs, queue, channel) => {
          const ticket = { createdAt: new Date(createdMs).toISOString(), queue, channel, urgent: false };
          const due = dueAt(ticket);
          expect(Date.parse(due.dueAt)).toBe(referenceDue(DEFAULT_SLA_POLICY.calendar, createdMs, due.targetMinutes));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('gives the reference due time in any zone and schedule; due >= created; business time to due = target', () => {
    fc.assert(
      fc.property(scenario, ({ calendar, createdMs, ticket }) => {
        const due = dueAt(ticket, policyWith(calendar));
        const dueMs = Date.parse(due.dueAt);
        expect(dueMs).toBeGreaterThanOrEqual(createdMs);
        expect(businessTimeBetween(ticket.createdAt, due.dueAt, calendar)).toBe(due.targetMinutes * MINUTE);
        expect(dueMs).toBe(referenceDue(calendar, createdMs, due.targetMinutes));
      }),
      { numRuns: 150 },
    );
  });

  it('counts the same business time as the reference between two instants', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 4 * 1440 }), ({ calendar, createdMs }, span) => {
        const to = createdMs + span * MINUTE;
        expect(businessTimeBetween(createdMs, to, calendar)).toBe(
          referenceBusinessMinutes(calendar, createdMs, to) * MINUTE,
        );
        expect(businessTimeBetween(to, createdMs, calendar) + businessTimeBetween(createdMs, to, calendar)).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('never moves the due time earlier for a ticket created later (to the millisecond)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 3 * 86_400_000 }), ({ calendar, createdMs, ticket }, later) => {
        const policy = policyWith(calendar);
        const first = Date.parse(dueAt(ticket, policy).dueAt);
        const second = Date.parse(dueAt({ ...ticket, createdAt: new Date(createdMs + later).toISOString() }, policy).dueAt);
        expect(second).toBeGreaterThanOrEqual(first);
      }),
      { numRuns: 400 },
    );
  });

  it('adds business time in pieces: between(a, b) + between(b, c) = between(a, c)', () => {
    fc.assert(
      fc.property(scenario, fc.nat(86_400_000 * 5), fc.nat(86_400_000 * 5), ({ calendar, createdMs }, x, y) => {
        const [a, b, c] = [createdMs, createdMs + x, createdMs + x + y];
        const sum = businessTimeBetween(a, b, calendar) + businessTimeBetween(b, c, calendar);
        expect(sum).toBe(businessTimeBetween(a, c, calendar));
      }),
      { numRuns: 300 },
    );
  });
});

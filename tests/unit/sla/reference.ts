// A slow, obviously-correct SLA clock to test the fast one against: it looks at time one minute
// at a time and asks "is the office open now?" from the local wall-clock time. Its holidays come
// from Temporal's own Hebrew calendar (temporal-polyfill/full, an arithmetic implementation),
// independent of the Intl/ICU calendar that lib/sla uses.

import { Temporal as TemporalFull } from 'temporal-polyfill/full';
import { Temporal } from 'temporal-polyfill';
import type { BusinessCalendar, HolidayId, OpenInterval } from '../../../lib/policy/sla';

export const MINUTE = 60_000;

function hebrewToIso(year: number, monthCode: string, day: number): string {
  return TemporalFull.PlainDate.from({ calendar: 'hebrew', year, monthCode, day }).withCalendar('iso8601').toString();
}

function addDays(iso: string, days: number): string {
  return Temporal.PlainDate.from(iso).add({ days }).toString();
}

/** Every holiday of a Gregorian year by its Hebrew date (Nisan is M07, Iyar M08, Sivan M09, Tishri M01). */
export function referenceHolidays(year: number): Map<string, HolidayId> {
  const spring = year + 3760; // the Hebrew year whose Nisan falls in this Gregorian year
  const autumn = year + 3761; // the Hebrew year that begins this autumn
  // Yom HaAtzmaut: 5 Iyar; Friday or Saturday -> the Thursday before; Monday -> Tuesday (since 2004).
  const fifthOfIyar = hebrewToIso(spring, 'M08', 5);
  const weekday = Temporal.PlainDate.from(fifthOfIyar).dayOfWeek; // 1 = Monday ... 7 = Sunday
  const atzmaut =
    weekday === 5 ? addDays(fifthOfIyar, -1)
    : weekday === 6 ? addDays(fifthOfIyar, -2)
    : weekday === 1 && year >= 2004 ? addDays(fifthOfIyar, 1)
    : fifthOfIyar;
  // The festivals themselves (Yom Tov, and Yom HaAtzmaut) are marked `true`: the office closes.
  const entries: [string, HolidayId, boolean][] = [
    [hebrewToIso(spring, 'M07', 14), 'erev_pesach', false],
    [hebrewToIso(spring, 'M07', 15), 'pesach_1', true],
    [hebrewToIso(spring, 'M07', 20), 'erev_pesach_7', false],
    [hebrewToIso(spring, 'M07', 21), 'pesach_7', true],
    [addDays(atzmaut, -1), 'yom_hazikaron', false],
    [atzmaut, 'yom_haatzmaut', true],
    [hebrewToIso(spring, 'M09', 5), 'erev_shavuot', false],
    [hebrewToIso(spring, 'M09', 6), 'shavuot', true],
    [hebrewToIso(spring, 'M12', 29), 'erev_rosh_hashana', false],
    [hebrewToIso(autumn, 'M01', 1), 'rosh_hashana_1', true],
    [hebrewToIso(autumn, 'M01', 2), 'rosh_hashana_2', true],
    [hebrewToIso(autumn, 'M01', 9), 'erev_yom_kippur', false],
    [hebrewToIso(autumn, 'M01', 10), 'yom_kippur', true],
    [hebrewToIso(autumn, 'M01', 14), 'erev_sukkot', false],
    [hebrewToIso(autumn, 'M01', 15), 'sukkot_1', true],
    [hebrewToIso(autumn, 'M01', 21), 'hoshana_rabba', false],
    [hebrewToIso(autumn, 'M01', 22), 'shemini_atzeret', true],
  ];
  // An eve is the working day right before a festival: derived here from the dates, not copied
  // from lib/sla/holidays.ts, so a wrong list there is caught.
  const festivals = new Set(entries.filter(([, , festival]) => festival).map(([date]) => date));
  for (const [date, id, festival] of entries) {
    if (!festival && festivals.has(addDays(date, 1))) EVES.add(id);
  }
  return new Map(entries.map(([date, id]) => [date, id]));
}

/** Filled by referenceHolidays as it works out each year's dates. */
const EVES = new Set<HolidayId>();
const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function offsetAt(timeZone: string, ms: number): number {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e6;
}

let known = { timeZone: '', from: 0, to: 0, offset: 0 };

/**
 * The zone's UTC offset at an instant. Asked of Temporal for the whole UTC day, or failing that the
 * quarter hour, around the instant, and remembered when it is the same at both ends (every real
 * zone changes its offset at most once a day, on a quarter hour).
 */
function offsetOf(timeZone: string, ms: number): number {
  if (known.timeZone === timeZone && known.from <= ms && ms < known.to) return known.offset;
  for (const size of [86_400_000, 15 * MINUTE]) {
    const from = Math.floor(ms / size) * size;
    const offset = offsetAt(timeZone, from);
    if (offsetAt(timeZone, from + size - 1) === offset) {
      known = { timeZone, from, to: from + size, offset };
      return offset;
    }
  }
  return offsetAt(timeZone, ms);
}

const holidayYears = new Map<number, Map<string, HolidayId>>();

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function within(hours: OpenInterval[], minute: number): boolean {
  return hours.some(({ start, end }) => minutesOf(start) <= minute && minute < minutesOf(end));
}

/** Open at this instant: the local date's hours (custom date, else holiday, else weekday) contain the local time. */
export function referenceIsOpen(calendar: BusinessCalendar, ms: number): boolean {
  const wall = new Date(ms + offsetOf(calendar.timeZone, ms));
  const date = wall.toISOString().slice(0, 10);
  const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  const custom = calendar.customDates.find((c) => c.date === date);
  if (custom) return within(custom.hours, minute);
  const year = wall.getUTCFullYear();
  if (!holidayYears.has(year)) holidayYears.set(year, referenceHolidays(year));
  const holiday = holidayYears.get(year)!.get(date);
  if (holiday && calendar.holidays[holiday] === true) {
    return EVES.has(holiday) ? within(calendar.eveHours ?? [], minute) : false;
  }
  return within(calendar.weekly[WEEKDAY_KEYS[wall.getUTCDay()]!], minute);
}

/** The end of the minute in which the `targetMinutes`-th open minute from `createdMs` is counted. */
export function referenceDue(calendar: BusinessCalendar, createdMs: number, targetMinutes: number): number {
  let counted = 0;
  for (let t = createdMs, steps = 0; steps < 60 * 24 * 400; t += MINUTE, steps++) {
    if (referenceIsOpen(calendar, t) && ++counted === targetMinutes) return t + MINUTE;
  }
  throw new Error('reference: no due time within 400 days');
}

/** Open minutes in [aMs, bMs). */
export function referenceBusinessMinutes(calendar: BusinessCalendar, aMs: number, bMs: number): number {
  let counted = 0;
  for (let t = aMs; t < bMs; t += MINUTE) if (referenceIsOpen(calendar, t)) counted++;
  return counted;
}

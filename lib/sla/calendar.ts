// The business calendar as open intervals of real time. Each local date is turned once into its
// open intervals in epoch ms (wall-clock hours, holidays and custom dates applied, DST resolved),
// and cached; the clock then adds and counts business time by whole intervals.
//
// An instant is open when its local wall-clock time, in the calendar's zone, lies inside one of
// the day's intervals. So a day with 00:00-24:00 lasts 23 or 25 hours across a DST change, an
// hour skipped in spring is simply not there, and an hour repeated in autumn is open twice.

import { Temporal } from 'temporal-polyfill';
import { WEEKDAYS, type BusinessCalendar, type OpenInterval } from '../policy/sla';
import { EVE_IDS, holidayDaysOf, yearOfEpochDay } from './holidays';
import { DAY_MS, MINUTE_MS, dateOfEpochDay, parseIsoDate, parseWallTime, weekdayOfEpochDay } from './time';

/** Flat [start, end, start, end, ...] pairs, sorted and disjoint. */
type Spans = number[];

interface DayStart {
  /** Epoch ms of the first instant of the local day. */
  at: number;
  /** UTC offset at that instant, in ms. */
  offset: number;
}

export interface CompiledCalendar {
  timeZone: string;
  /** Open minutes since local midnight, per weekday (0 = Sunday). */
  weekly: Spans[];
  custom: Map<number, Spans>;
  /** Closed or shortened days from the holidays, per Gregorian year, filled on first use. */
  holidayYears: Map<number, Map<number, Spans>>;
  holidays: BusinessCalendar['holidays'];
  eveHours: Spans;
  businessDayMs: number;
  dayStarts: Map<number, DayStart>;
  openByDay: Map<number, Spans>;
}

/** How far the clock looks for open time before it gives up (a calendar that never opens). */
const MAX_DAYS = 3 * 366;
const MAX_CACHED_DAYS = 20_000;

const compiledCalendars = new WeakMap<BusinessCalendar, CompiledCalendar>();

/**
 * The calendar ready for the clock, built once per calendar object: edit calendars by replacing
 * them (as the settings store does), not by mutating them in place.
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const known = compiledCalendars.get(calendar);
  if (known) return known;
  try {
    Temporal.PlainDate.from('2000-01-01').toZonedDateTime(calendar.timeZone);
  } catch {
    throw new RangeError(`"${calendar.timeZone}" is not a time zone (use an IANA name such as Asia/Jerusalem)`);
  }
  const weekly = WEEKDAYS.map((day) => spansOfHours(calendar.weekly[day] ?? [], `${day}`));
  const custom = new Map<number, Spans>();
  for (const entry of calendar.customDates) {
    custom.set(parseIsoDate(entry.date), spansOfHours(entry.hours, entry.date));
  }
  if (weekly.every((spans) => spans.length === 0) && [...custom.values()].every((s) => s.length === 0)) {
    throw new RangeError('The business calendar has no opening hours');
  }
  const longestDay = Math.max(...weekly.map(openMinutes));
  const compiled: CompiledCalendar = {
    timeZone: calendar.timeZone,
    weekly,
    custom,
    holidayYears: new Map(),
    holidays: calendar.holidays,
    eveHours: spansOfHours(calendar.eveHours ?? [], 'eve hours'),
    businessDayMs: (calendar.businessDayMinutes ?? longestDay) * MINUTE_MS,
    dayStarts: new Map(),
    openByDay: new Map(),
  };
  compiledCalendars.set(calendar, compiled);
  return compiled;
}

function openMinutes(spans: Spans): number {
  let total = 0;
  for (let i = 0; i < spans.length; i += 2) total += spans[i + 1]! - spans[i]!;
  return total;
}

function spansOfHours(hours: OpenInterval[], where: string): Spans {
  const pairs = hours.map(({ start, end }) => {
    const from = parseWallTime(start);
    const to = parseWallTime(end);
    if (to <= from) throw new RangeError(`${where}: ${start}-${end} ends before it starts`);
    return [from, to] as const;
  });
  return mergeSpans(pairs.flat());
}

/** Sorts [start, end] pairs and joins the ones that overlap or touch. */
function mergeSpans(flat: number[]): Spans {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Spans = [];
  for (const [start, end] of pairs) {
    if (out.length > 0 && start <= out[out.length - 1]!) {
      out[out.length - 1] = Math.max(out[out.length - 1]!, end);
    } else {
      out.push(start, end);
    }
  }
  return out;
}

/** The open minutes of a local date: a custom date, else a holiday, else the weekday's hours. */
function hoursOfDay(cal: CompiledCalendar, epochDay: number): Spans {
  const custom = cal.custom.get(epochDay);
  if (custom) return custom;
  const year = yearOfEpochDay(epochDay);
  let holidays = cal.holidayYears.get(year);
  if (!holidays) {
    holidays = new Map();
    for (const { day, id } of holidayDaysOf(year)) {
      if (cal.holidays[id] === true) holidays.set(day, EVE_IDS.has(id) ? cal.eveHours : []);
    }
    cal.holidayYears.set(year, holidays);
  }
  return holidays.get(epochDay) ?? cal.weekly[weekdayOfEpochDay(epochDay)]!;
}

function dayStart(cal: CompiledCalendar, epochDay: number): DayStart {
  let start = cal.dayStarts.get(epochDay);
  if (!start) {
    const zoned = Temporal.PlainDate.from(dateOfEpochDay(epochDay)).toZonedDateTime(cal.timeZone);
    start = { at: zoned.epochMilliseconds, offset: zoned.offsetNanoseconds / 1e6 };
    if (cal.dayStarts.size > MAX_CACHED_DAYS) cal.dayStarts.clear();
    cal.dayStarts.set(epochDay, start);
  }
  return start;
}

/** The local date an instant falls on in the calendar's zone. */
export function localDayOf(cal: CompiledCalendar, ms: number): number {
  let day = Math.floor(ms / DAY_MS);
  while (ms < dayStart(cal, day).at) day--;
  while (ms >= dayStart(cal, day + 1).at) day++;
  return day;
}

/** The open intervals of a local date, in epoch ms. */
export function openSpansOfDay(cal: CompiledCalendar, epochDay: number): Spans {
  const cached = cal.openByDay.get(epochDay);
  if (cached) return cached;
  const hours = hoursOfDay(cal, epochDay);
  let spans: Spans = [];
  if (hours.length > 0) {
    const from = dayStart(cal, epochDay);
    const to = dayStart(cal, epochDay + 1);
    // Stretches of the day with one UTC offset; a day with a DST change has two. (A zone that
    // changed its offset twice within one day would need more; none does.)
    const stretches: [number, number, number][] = [[from.at, to.at, from.offset]];
    if (from.offset !== to.offset) {
      const change = Temporal.Instant.fromEpochMilliseconds(from.at)
        .toZonedDateTimeISO(cal.timeZone)
        .getTimeZoneTransition('next');
      const at = Math.min(Math.max(change?.epochMilliseconds ?? to.at, from.at), to.at);
      stretches.splice(0, 1, [from.at, at, from.offset], [at, to.at, to.offset]);
    }
    const wallMidnight = epochDay * DAY_MS;
    const raw: number[] = [];
    for (let i = 0; i < hours.length; i += 2) {
      for (const [stretchStart, stretchEnd, offset] of stretches) {
        const start = Math.max(wallMidnight + hours[i]! * MINUTE_MS - offset, stretchStart);
        const end = Math.min(wallMidnight + hours[i + 1]! * MINUTE_MS - offset, stretchEnd);
        if (start < end) raw.push(start, end);
      }
    }
    spans = mergeSpans(raw);
  }
  if (cal.openByDay.size > MAX_CACHED_DAYS) cal.openByDay.clear();
  cal.openByDay.set(epochDay, spans);
  return spans;
}

/** The instant at which `amountMs` of business time, counted from `fromMs`, has run out. */
export function addBusinessTime(cal: CompiledCalendar, fromMs: number, amountMs: number): number {
  let left = amountMs;
  let day = localDayOf(cal, fromMs);
  for (let n = 0; n < MAX_DAYS; n++, day++) {
    const spans = openSpansOfDay(cal, day);
    for (let i = 0; i < spans.length; i += 2) {
      const end = spans[i + 1]!;
      if (end <= fromMs) continue;
      const start = Math.max(spans[i]!, fromMs);
      // `<=`: time that runs out exactly at closing is due at closing, not at the next opening.
      if (left <= end - start) return start + left;
      left -= end - start;
    }
  }
  throw new RangeError(`The business calendar has no open time within ${MAX_DAYS} days`);
}

/** Business time in ms from `aMs` to `bMs`; negative when `bMs` comes first. */
export function businessMsBetween(cal: CompiledCalendar, aMs: number, bMs: number): number {
  if (bMs < aMs) return -businessMsBetween(cal, bMs, aMs) || 0;
  let total = 0;
  const lastDay = localDayOf(cal, bMs);
  for (let day = localDayOf(cal, aMs); day <= lastDay; day++) {
    const spans = openSpansOfDay(cal, day);
    for (let i = 0; i < spans.length; i += 2) {
      const start = Math.max(spans[i]!, aMs);
      const end = Math.min(spans[i + 1]!, bMs);
      if (start < end) total += end - start;
    }
  }
  return total;
}

export function isOpenAt(cal: CompiledCalendar, ms: number): boolean {
  const spans = openSpansOfDay(cal, localDayOf(cal, ms));
  for (let i = 0; i < spans.length; i += 2) {
    if (spans[i]! <= ms && ms < spans[i + 1]!) return true;
  }
  return false;
}

/** The first open instant at or after `ms` (`ms` itself when open). */
export function nextOpeningAt(cal: CompiledCalendar, ms: number): number {
  let day = localDayOf(cal, ms);
  for (let n = 0; n < MAX_DAYS; n++, day++) {
    const spans = openSpansOfDay(cal, day);
    for (let i = 0; i < spans.length; i += 2) {
      if (spans[i + 1]! > ms) return Math.max(spans[i]!, ms);
    }
  }
  throw new RangeError(`The business calendar has no open time within ${MAX_DAYS} days`);
}

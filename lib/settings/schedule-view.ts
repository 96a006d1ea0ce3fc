// The business calendar as the options page shows it: each date of the coming months with its
// opening hours after holidays, eves and special dates, so a team sees what the SLA clock will do.
import { Temporal } from 'temporal-polyfill';
import type { BusinessCalendar } from '../policy/sla';
import { compileCalendar, openSpansOfDay } from '../sla/calendar';
import { holidayDaysOf } from '../sla/holidays';
import { HOLIDAY_NAMES } from '../sla/holidays';
import type { HolidayId } from '../policy/sla';
import { epochDayOf, isoDate, weekdayOfEpochDay } from '../sla/time';

export interface CalendarDay {
  date: string;
  /** 0 = Sunday. */
  weekday: number;
  /** Opening hours as local wall-clock "HH:MM-HH:MM". */
  hours: string[];
  openMinutes: number;
  kind: 'open' | 'short' | 'closed';
  holiday?: { id: HolidayId; name: { he: string; en: string } };
  note?: string;
}

export interface CalendarMonth {
  year: number;
  /** 1-12. */
  month: number;
  days: CalendarDay[];
}

const hhmm = (z: Temporal.ZonedDateTime) => `${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;

/** `count` months from the month of `from` (YYYY-MM-DD). Throws like the clock on a calendar it cannot use. */
export function calendarMonths(calendar: BusinessCalendar, from: string, count: number): CalendarMonth[] {
  const cal = compileCalendar(calendar);
  const start = Temporal.PlainDate.from(from);
  const weekdayMinutes = cal.weekly.map((spans) => {
    let total = 0;
    for (let i = 0; i < spans.length; i += 2) total += spans[i + 1]! - spans[i]!;
    return total;
  });
  const notes = new Map(calendar.customDates.map((d) => [d.date, d.note]));
  const months: CalendarMonth[] = [];
  for (let m = 0; m < count; m++) {
    const first = start.with({ day: 1 }).add({ months: m });
    const holidays = new Map(holidayDaysOf(first.year).map(({ day, id }) => [day, id]));
    const days: CalendarDay[] = [];
    for (let d = 1; d <= first.daysInMonth; d++) {
      const epochDay = epochDayOf(first.year, first.month, d);
      const spans = openSpansOfDay(cal, epochDay);
      const hours: string[] = [];
      let openMs = 0;
      for (let i = 0; i < spans.length; i += 2) {
        const a = Temporal.Instant.fromEpochMilliseconds(spans[i]!).toZonedDateTimeISO(calendar.timeZone);
        const b = Temporal.Instant.fromEpochMilliseconds(spans[i + 1]!).toZonedDateTimeISO(calendar.timeZone);
        hours.push(`${hhmm(a)}-${b.day !== a.day && hhmm(b) === '00:00' ? '24:00' : hhmm(b)}`);
        openMs += spans[i + 1]! - spans[i]!;
      }
      const weekday = weekdayOfEpochDay(epochDay);
      const openMinutes = Math.round(openMs / 60_000);
      const holidayId = holidays.get(epochDay);
      const date = isoDate(epochDay);
      const note = notes.get(date);
      days.push({
        date,
        weekday,
        hours,
        openMinutes,
        kind: openMinutes === 0 ? 'closed' : openMinutes < (weekdayMinutes[weekday] ?? 0) ? 'short' : 'open',
        ...(holidayId ? { holiday: { id: holidayId, name: HOLIDAY_NAMES[holidayId] } } : {}),
        ...(note ? { note } : {}),
      });
    }
    months.push({ year: first.year, month: first.month, days });
  }
  return months;
}

/** The next date (on or after `from`) of each computed holiday, for the holiday switches. */
export function nextHolidayDates(from: string): Record<HolidayId, string> {
  const year = Number(from.slice(0, 4));
  const out: Partial<Record<HolidayId, string>> = {};
  for (const y of [year, year + 1]) {
    for (const { day, id } of holidayDaysOf(y)) {
      const date = isoDate(day);
      if (date >= from && !out[id]) out[id] = date;
    }
  }
  return out as Record<HolidayId, string>;
}

/** "09:00-13:00, 14:00-18:00" ⇄ intervals, for the special dates' and eves' hours fields. */
export function parseHours(text: string): { start: string; end: string }[] | null {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const out: { start: string; end: string }[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!m) return null;
    out.push({ start: m[1]!.padStart(5, '0'), end: m[2]!.padStart(5, '0') });
  }
  return out;
}

export const formatHours = (hours: readonly { start: string; end: string }[]): string =>
  hours.map((h) => `${h.start}-${h.end}`).join(', ');

// Instants and local dates as plain numbers, so the clock's inner loops do no object work:
// instants are epoch milliseconds, local dates are "epoch days" (days since 1970-01-01 on the
// calendar's own wall clock). Temporal does the parsing; Date.UTC only counts days, which does
// not depend on the machine's time zone.

import { Temporal } from 'temporal-polyfill';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const parsed = new Map<string, number>();

/** Epoch ms of an ISO 8601 instant with an offset or Z; throws a RangeError saying what is wrong. */
export function parseInstant(value: string): number {
  const known = parsed.get(value);
  if (known !== undefined) return known;
  let ms: number;
  try {
    ms = Temporal.Instant.from(value).epochMilliseconds;
  } catch {
    throw new RangeError(
      hasNoOffset(value)
        ? `"${value}" has no time-zone offset (add Z or an offset such as +03:00)`
        : `"${value}" is not an ISO 8601 date-time`,
    );
  }
  // Tickets are re-read on every countdown tick: remember recent strings, within bounds.
  if (parsed.size > 5000) parsed.clear();
  parsed.set(value, ms);
  return ms;
}

function hasNoOffset(value: string): boolean {
  try {
    Temporal.PlainDateTime.from(value);
    return true;
  } catch {
    return false;
  }
}

/** Epoch ms from an ISO string or a number of epoch ms. */
export function toEpochMs(value: string | number): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} is not a moment in time`);
    return value;
  }
  return parseInstant(value);
}

/** ISO 8601 instant in UTC, without a fraction when it is zero: 2026-03-29T07:00:00Z. */
export function toIsoUtc(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function epochDayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dateOfEpochDay(epochDay: number): { year: number; month: number; day: number } {
  const d = new Date(epochDay * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function isoDate(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch day of a YYYY-MM-DD date; throws on anything else. */
export function parseIsoDate(value: string): number {
  const m = ISO_DATE.exec(value);
  const epochDay = m ? epochDayOf(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
  if (!m || isoDate(epochDay) !== value) throw new RangeError(`"${value}" is not a date (YYYY-MM-DD)`);
  return epochDay;
}

const WALL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes since local midnight of 'HH:MM' ('24:00' = 1440); throws on anything else. */
export function parseWallTime(value: string): number {
  const m = WALL_TIME.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a time of day (HH:MM, 00:00 to 24:00)`);
  return m[1] === undefined ? 1440 : Number(m[1]) * 60 + Number(m[2]);
}

export function formatWallTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

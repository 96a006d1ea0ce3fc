// Israeli holidays for any Gregorian year, from the Hebrew calendar of Intl (ICU, shipped with
// every browser and Node; MIT-compatible, unlike @hebcal's GPL and at no bundle cost, unlike
// temporal-polyfill/full). Only Rosh Hashana is looked up: every other date is a fixed number of
// days from it, because the months between Nisan and Tishri always have the same lengths.

import { HOLIDAY_IDS, type BusinessCalendar, type HolidayId } from '../policy/sla';
import { dateOfEpochDay, epochDayOf, isoDate, weekdayOfEpochDay } from './time';

export interface Holiday {
  /** YYYY-MM-DD, a civil date (the office closes for the whole day). */
  date: string;
  id: HolidayId;
  name: { he: string; en: string };
}

export const HOLIDAY_NAMES: Record<HolidayId, { he: string; en: string }> = {
  erev_rosh_hashana: { he: 'ערב ראש השנה', en: 'Erev Rosh Hashana' },
  rosh_hashana_1: { he: 'ראש השנה א׳', en: 'Rosh Hashana I' },
  rosh_hashana_2: { he: 'ראש השנה ב׳', en: 'Rosh Hashana II' },
  erev_yom_kippur: { he: 'ערב יום כיפור', en: 'Erev Yom Kippur' },
  yom_kippur: { he: 'יום כיפור', en: 'Yom Kippur' },
  erev_sukkot: { he: 'ערב סוכות', en: 'Erev Sukkot' },
  sukkot_1: { he: 'סוכות', en: 'Sukkot I' },
  hoshana_rabba: { he: 'הושענא רבה', en: 'Hoshana Rabba' },
  shemini_atzeret: { he: 'שמיני עצרת', en: 'Shemini Atzeret' },
  erev_pesach: { he: 'ערב פסח', en: 'Erev Pesach' },
  pesach_1: { he: 'פסח', en: 'Pesach I' },
  erev_pesach_7: { he: 'ערב שביעי של פסח', en: 'Erev Pesach VII' },
  pesach_7: { he: 'שביעי של פסח', en: 'Pesach VII' },
  yom_hazikaron: { he: 'יום הזיכרון', en: 'Yom HaZikaron' },
  yom_haatzmaut: { he: 'יום העצמאות', en: 'Yom HaAtzmaut' },
  erev_shavuot: { he: 'ערב שבועות', en: 'Erev Shavuot' },
  shavuot: { he: 'שבועות', en: 'Shavuot' },
};

/** Days that are eves: a team that turns them on may give them shorter hours (`eveHours`). */
export const EVE_IDS: ReadonlySet<HolidayId> = new Set<HolidayId>([
  'erev_rosh_hashana',
  'erev_yom_kippur',
  'erev_sukkot',
  'hoshana_rabba',
  'erev_pesach',
  'erev_pesach_7',
  'yom_hazikaron',
  'erev_shavuot',
]);

let hebrewYearFormat: Intl.DateTimeFormat | undefined;

function hebrewYearOn(epochDay: number): number {
  hebrewYearFormat ??= new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', year: 'numeric' });
  const year = hebrewYearFormat.formatToParts(epochDay * 86_400_000 + 43_200_000).find((p) => p.type === 'year');
  return Number(year?.value);
}

/** Epoch day of 1 Tishri (Rosh Hashana I) in the autumn of a Gregorian year. */
export function roshHashanaOf(year: number): number {
  const hebrewYear = year + 3761;
  // 1 Tishri falls between 5 September and 5 October for centuries either side of now.
  let before = epochDayOf(year, 8, 15);
  let onOrAfter = epochDayOf(year, 10, 31);
  if (hebrewYearOn(before) !== hebrewYear - 1 || hebrewYearOn(onOrAfter) !== hebrewYear) {
    throw new Error('This browser has no Hebrew calendar (Intl), so holidays cannot be computed');
  }
  while (onOrAfter - before > 1) {
    const mid = Math.floor((before + onOrAfter) / 2);
    if (hebrewYearOn(mid) === hebrewYear) onOrAfter = mid;
    else before = mid;
  }
  return onOrAfter;
}

const FRIDAY = 5;
const SATURDAY = 6;
const MONDAY = 1;

/**
 * Yom HaAtzmaut on its observed date: 5 Iyar, brought forward to Thursday when it would fall on
 * Friday or Saturday, and (since 2004) postponed to Tuesday when it would fall on Monday, so that
 * Yom HaZikaron, the day before, does not follow the end of Shabbat.
 */
function yomHaatzmautObserved(fifthOfIyar: number, year: number): number {
  const weekday = weekdayOfEpochDay(fifthOfIyar);
  if (weekday === FRIDAY) return fifthOfIyar - 1;
  if (weekday === SATURDAY) return fifthOfIyar - 2;
  if (weekday === MONDAY && year >= 2004) return fifthOfIyar + 1;
  return fifthOfIyar;
}

const byYear = new Map<number, { day: number; id: HolidayId }[]>();

/** Every known holiday of a Gregorian year, as epoch days, in date order. */
export function holidayDaysOf(year: number): { day: number; id: HolidayId }[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const roshHashana = roshHashanaOf(year);
  // 15 Nisan is always 163 days before the next 1 Tishri.
  const pesach = roshHashana - 163;
  const atzmaut = yomHaatzmautObserved(pesach + 20, year);
  const days: Record<HolidayId, number> = {
    erev_pesach: pesach - 1,
    pesach_1: pesach,
    erev_pesach_7: pesach + 5,
    pesach_7: pesach + 6,
    yom_hazikaron: atzmaut - 1,
    yom_haatzmaut: atzmaut,
    erev_shavuot: pesach + 49,
    shavuot: pesach + 50,
    erev_rosh_hashana: roshHashana - 1,
    rosh_hashana_1: roshHashana,
    rosh_hashana_2: roshHashana + 1,
    erev_yom_kippur: roshHashana + 8,
    yom_kippur: roshHashana + 9,
    erev_sukkot: roshHashana + 13,
    sukkot_1: roshHashana + 14,
    hoshana_rabba: roshHashana + 20,
    shemini_atzeret: roshHashana + 21,
  };
  const list = HOLIDAY_IDS.filter((id) => year >= 1949 || (id !== 'yom_haatzmaut' && id !== 'yom_hazikaron'))
    .map((id) => ({ day: days[id], id }))
    .sort((a, b) => a.day - b.day);
  byYear.set(year, list);
  return list;
}

/**
 * The holidays of a Gregorian year that close the office (or shorten its day) under `calendar`,
 * in date order; without a calendar, every holiday Gvul knows.
 */
export function holidaysFor(year: number, calendar?: BusinessCalendar): Holiday[] {
  if (!Number.isInteger(year)) throw new RangeError(`${year} is not a year`);
  return holidayDaysOf(year)
    .filter(({ id }) => !calendar || calendar.holidays[id] === true)
    .map(({ day, id }) => ({ date: isoDate(day), id, name: HOLIDAY_NAMES[id] }));
}

/** The Gregorian year of an epoch day. */
export function yearOfEpochDay(epochDay: number): number {
  return dateOfEpochDay(epochDay).year;
}

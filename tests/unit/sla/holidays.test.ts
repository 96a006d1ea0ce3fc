import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { DEFAULT_SLA_POLICY, HOLIDAY_IDS, holidaysFor } from '../../../lib/sla';
import { referenceHolidays } from './reference';

const dateOf = (year: number, id: string) => holidaysFor(year).find((h) => h.id === id)?.date;

describe('holidaysFor', () => {
  it.each([
    // Published dates (Israeli government calendars), checked one by one.
    [2025, 'rosh_hashana_1', '2025-09-23'],
    [2025, 'rosh_hashana_2', '2025-09-24'],
    [2025, 'yom_kippur', '2025-10-02'],
    [2025, 'sukkot_1', '2025-10-07'],
    [2025, 'shemini_atzeret', '2025-10-14'],
    [2025, 'pesach_1', '2025-04-13'],
    [2025, 'pesach_7', '2025-04-19'],
    [2025, 'shavuot', '2025-06-02'],
    [2026, 'pesach_1', '2026-04-02'],
    [2026, 'pesach_7', '2026-04-08'],
    [2026, 'shavuot', '2026-05-22'],
    [2026, 'rosh_hashana_1', '2026-09-12'],
    [2026, 'yom_kippur', '2026-09-21'],
    [2024, 'rosh_hashana_1', '2024-10-03'],
    [2024, 'yom_kippur', '2024-10-12'],
    [2024, 'pesach_1', '2024-04-23'],
    [2024, 'shavuot', '2024-06-12'],
    // Yom HaAtzmaut on its observed date: Monday -> Tuesday, Saturday or Friday -> Thursday.
    [2022, 'yom_haatzmaut', '2022-05-05'],
    [2023, 'yom_haatzmaut', '2023-04-26'],
    [2024, 'yom_haatzmaut', '2024-05-14'],
    [2025, 'yom_haatzmaut', '2025-05-01'],
    [2026, 'yom_haatzmaut', '2026-04-22'],
    [2028, 'yom_haatzmaut', '2028-05-02'],
    [2024, 'yom_hazikaron', '2024-05-13'],
    [2025, 'yom_hazikaron', '2025-04-30'],
  ])('%i %s is %s', (year, id, date) => {
    expect(dateOf(year, id)).toBe(date);
  });

  it('agrees with Temporal’s own Hebrew calendar for every holiday from 1949 to 2200', () => {
    for (let year = 1949; year <= 2200; year++) {
      const expected = [...referenceHolidays(year)].map(([date, id]) => `${date} ${id}`).sort();
      const actual = holidaysFor(year).map((h) => `${h.date} ${h.id}`).sort();
      expect(actual, String(year)).toEqual(expected);
    }
  });

  it('puts each holiday on its Hebrew date according to Intl (ICU)', () => {
    const hebrew = new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', month: 'long', day: 'numeric' });
    const expected: Partial<Record<string, string>> = {
      erev_rosh_hashana: '29 Elul',
      rosh_hashana_1: '1 Tishri',
      rosh_hashana_2: '2 Tishri',
      erev_yom_kippur: '9 Tishri',
      yom_kippur: '10 Tishri',
      erev_sukkot: '14 Tishri',
      sukkot_1: '15 Tishri',
      hoshana_rabba: '21 Tishri',
      shemini_atzeret: '22 Tishri',
      erev_pesach: '14 Nisan',
      pesach_1: '15 Nisan',
      erev_pesach_7: '20 Nisan',
      pesach_7: '21 Nisan',
      erev_shavuot: '5 Sivan',
      shavuot: '6 Sivan',
    };
    for (let year = 2020; year <= 2040; year++) {
      for (const h of holidaysFor(year)) {
        const want = expected[h.id];
        if (want) expect(hebrew.format(new Date(`${h.date}T12:00:00Z`)), `${year} ${h.id}`).toBe(want);
        if (h.id === 'yom_haatzmaut') expect(hebrew.format(new Date(`${h.date}T12:00:00Z`))).toMatch(/^[3-6] Iyar$/);
      }
    }
  });

  it('keeps Yom HaAtzmaut off Friday to Monday and Yom HaZikaron off the weekend (2004 on)', () => {
    for (let year = 2004; year <= 2100; year++) {
      const weekday = (id: string) => Temporal.PlainDate.from(dateOf(year, id)!).dayOfWeek;
      expect([2, 3, 4], String(year)).toContain(weekday('yom_haatzmaut'));
      expect([1, 2, 3], String(year)).toContain(weekday('yom_hazikaron'));
    }
  });

  it('lists only the holidays a calendar closes for, in date order, with names in both languages', () => {
    const list = holidaysFor(2026, DEFAULT_SLA_POLICY.calendar);
    expect(list.map((h) => h.id)).toEqual([
      'pesach_1',
      'pesach_7',
      'yom_haatzmaut',
      'shavuot',
      'rosh_hashana_1',
      'rosh_hashana_2',
      'yom_kippur',
      'sukkot_1',
      'shemini_atzeret',
    ]);
    expect(list[0]).toEqual({ date: '2026-04-02', id: 'pesach_1', name: { he: 'פסח', en: 'Pesach I' } });
    expect(holidaysFor(2026)).toHaveLength(HOLIDAY_IDS.length);
  });
});

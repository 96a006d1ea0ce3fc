// The SLA part of the policy (POLICY.md section 4) as data: the team's business calendar, the
// first-response targets per queue and channel, and when the countdown turns to a warning.
// Everything here is editable on the options page; the defaults are POLICY.md's assumptions.

import type { Channel } from '../ticket';
import type { Queue } from './labels';

/** 'HH:MM' local wall-clock time; '24:00' is allowed as an end (midnight at the end of the day). */
export type WallTime = string;

/** Open from `start` (inclusive) to `end` (exclusive), local time of the calendar's zone. */
export interface OpenInterval {
  start: WallTime;
  end: WallTime;
}

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Holidays computed for any year from the Hebrew calendar; `erev_*` are the eves. */
export const HOLIDAY_IDS = [
  'erev_rosh_hashana',
  'rosh_hashana_1',
  'rosh_hashana_2',
  'erev_yom_kippur',
  'yom_kippur',
  'erev_sukkot',
  'sukkot_1',
  'hoshana_rabba',
  'shemini_atzeret',
  'erev_pesach',
  'pesach_1',
  'erev_pesach_7',
  'pesach_7',
  'yom_hazikaron',
  'yom_haatzmaut',
  'erev_shavuot',
  'shavuot',
] as const;
export type HolidayId = (typeof HOLIDAY_IDS)[number];

/** A date the team set by hand: closed (`hours: []`), a half day, or an extra working day. */
export interface CustomDate {
  /** YYYY-MM-DD in the calendar's zone. */
  date: string;
  hours: OpenInterval[];
  note?: string;
}

export interface BusinessCalendar {
  /** Any IANA time zone; daylight-saving changes are followed exactly. */
  timeZone: string;
  /** Opening hours per weekday; several intervals a day make a lunch break; [] = closed. */
  weekly: Record<Weekday, OpenInterval[]>;
  /** Which computed holidays close the office (true) or are ordinary days (false or absent). */
  holidays: Partial<Record<HolidayId, boolean>>;
  /**
   * Hours on an eve that `holidays` turns on: a half day. Absent or empty, such an eve is closed.
   * Only applies to the `erev_*`, `hoshana_rabba` and `yom_hazikaron` days.
   */
  eveHours?: OpenInterval[];
  /** Overrides for single dates; they win over the weekly hours and the holidays. */
  customDates: CustomDate[];
  /**
   * Length of one business day in minutes, for targets in business days. Absent: the longest
   * day of the weekly schedule (9 hours for Sunday-Thursday 09:00-18:00).
   */
  businessDayMinutes?: number;
}

export type SlaUnit = 'business_hours' | 'business_days';

export interface SlaTargetRule {
  amount: number;
  unit: SlaUnit;
}

export interface SlaPolicy {
  calendar: BusinessCalendar;
  /** The first-response target of a non-urgent ticket, counted on the business clock. */
  targets: Record<Queue, Record<Channel, SlaTargetRule>>;
  /**
   * Urgent tickets take the target of `targetsOf` for their channel, counted on a 24/7 clock
   * (real elapsed time); a business day then counts as `businessDayMinutes` of real time.
   */
  urgent: { targetsOf: Queue };
  /**
   * Customers with an extended service contract: tickets of these queues run on the 24/7 clock
   * at these targets. Absent (a settings file from before contracts), they take the urgent
   * targets: the technical target of their channel, as the policy's 24/7 list has it.
   */
  contract?: { queues: Queue[]; targets: Record<Channel, SlaTargetRule> };
  /** Warning when `fractionOfTarget` of the target or `minutesLeft` minutes remain, whichever comes first. */
  warning: { fractionOfTarget: number; minutesLeft: number };
}

/** The target a ticket got: the rule and why (its queue, channel and urgency). */
export interface SlaTarget {
  queue: Queue;
  channel: Channel;
  urgent: boolean;
  /** Set when the customer's extended service contract gave this target (24/7). */
  contract?: true;
  amount: number;
  unit: SlaUnit;
  clock: 'business' | 'calendar';
  /** The target in minutes: business minutes on the business clock, real minutes on the calendar clock. */
  minutes: number;
}

const workday: OpenInterval[] = [{ start: '09:00', end: '18:00' }];

export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = {
  timeZone: 'Asia/Jerusalem',
  weekly: { sun: workday, mon: workday, tue: workday, wed: workday, thu: workday, fri: [], sat: [] },
  holidays: {
    rosh_hashana_1: true,
    rosh_hashana_2: true,
    yom_kippur: true,
    sukkot_1: true,
    shemini_atzeret: true,
    pesach_1: true,
    pesach_7: true,
    shavuot: true,
    yom_haatzmaut: true,
  },
  customDates: [],
};

const hours = (amount: number): SlaTargetRule => ({ amount, unit: 'business_hours' });
const days = (amount: number): SlaTargetRule => ({ amount, unit: 'business_days' });
const sameForAll = (rule: SlaTargetRule): Record<Channel, SlaTargetRule> => ({
  email: rule,
  web: rule,
  chat: rule,
  unknown: rule,
  phone: rule,
});

// `unknown` takes the stricter, written target.
const technical: Record<Channel, SlaTargetRule> = { email: hours(2), web: hours(2), chat: hours(2), unknown: hours(2), phone: hours(4) };

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  calendar: DEFAULT_BUSINESS_CALENDAR,
  targets: {
    technical,
    customer_service: sameForAll(days(2)),
    finance: sameForAll(days(2)),
    management: sameForAll(days(3)),
  },
  urgent: { targetsOf: 'technical' },
  // The policy's 24/7 service covers support and faults, the technical queue's work; a contract
  // customer's invoice question keeps the finance queue's business clock.
  contract: { queues: ['technical'], targets: technical },
  warning: { fractionOfTarget: 0.25, minutesLeft: 15 },
};

// The SLA part of the policy (POLICY.md section 4) as data: the team's business calendar, the
// first-response targets per queue and channel, and when the countdown turns to a warning.
// Everything here is editable on the options page; the defaults are POLICY.md's assumptions.

import type { Channel } from '../ticket';
import type { Queue } from './labels';
import type { BusinessCalendar, OpenInterval, SlaPolicy, SlaTargetRule, SlaUnit } from './schema';

// The shapes of the settings are the schema's (./schema.ts); these names are where the code has always found them.
export type { BusinessCalendar, CustomDate, OpenInterval, SlaPolicy, SlaTargetRule, SlaUnit } from './schema';

/** 'HH:MM' local wall-clock time; '24:00' is allowed as an end (midnight at the end of the day). */
export type WallTime = string;

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

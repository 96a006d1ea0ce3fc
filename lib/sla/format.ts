// What the countdown and its tooltip say, in Hebrew and English.

import { Temporal } from 'temporal-polyfill';
import type { Lang } from '../ticket';
import type { Queue } from '../policy/labels';
import { WEEKDAYS, type SlaPolicy, type SlaTarget } from '../policy/sla';
import { compileCalendar } from './calendar';
import type { SlaStatus } from './clock';
import { DAY_MS, MINUTE_MS, formatWallTime, toEpochMs } from './time';
import { dirOf, localeOf, t } from '../i18n/messages';

function hoursText(h: number, lang: Lang): string {
  if (lang === 'en') return `${h} h`;
  return h === 1 ? 'שעה' : h === 2 ? 'שעתיים' : `${h} שעות`;
}

function minutesText(m: number, lang: Lang): string {
  if (lang === 'en') return `${m} min`;
  return m === 1 ? 'דקה' : `${m} דקות`;
}

/** "1 h 20 min" / "שעה ו-20 דקות", from a whole number of minutes. */
function minutesToText(total: number, lang: Lang): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return minutesText(m, lang);
  if (m === 0) return hoursText(h, lang);
  if (lang === 'en') return `${hoursText(h, lang)} ${minutesText(m, lang)}`;
  const minutes = minutesText(m, lang);
  // Hebrew "and" joins the word; before a digit it takes a hyphen.
  return `${hoursText(h, lang)} ${/^\d/.test(minutes) ? 'ו-' : 'ו'}${minutes}`;
}

/** A duration to the nearest minute: "1 h 20 min", "שעה ו-20 דקות". The sign is ignored. */
export function formatDuration(ms: number, lang: Lang): string {
  return minutesToText(Math.round(Math.abs(ms) / MINUTE_MS), lang);
}

const DAY_NAMES: Record<Lang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  he: ['ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי', 'שבת'],
};
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Sunday 09:00" / "ביום ראשון 09:00" (after "since", Hebrew drops the "on": "מאז יום ראשון");
 * with the date when it is a week or more away.
 */
function momentText(ms: number, fromMs: number, timeZone: string, lang: Lang, since = false): string {
  const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  const dayName = DAY_NAMES[lang][local.dayOfWeek % 7]!;
  const time = formatWallTime(local.hour * 60 + local.minute);
  const far = Math.abs(ms - fromMs) >= 6 * DAY_MS;
  if (lang === 'en') return `${dayName}${far ? ` ${local.day} ${SHORT_MONTHS[local.month - 1]}` : ''} ${time}`;
  const saturday = dayName === 'שבת';
  const day = since ? (saturday ? dayName : `יום ${dayName}`) : saturday ? `ב${dayName}` : `ביום ${dayName}`;
  return `${day}${far ? ` ${local.day}.${local.month}` : ''} ${time}`;
}

/** A moment labelled with its zone when it is not the zone the schedule is written in. */
function labelZone(moment: string, timeZone: string, scheduleZone: string, lang: Lang): string {
  // First-strong isolation: a left-to-right zone name stays whole inside Hebrew text.
  return timeZone === scheduleZone ? moment : t(lang, 'sla.zoned', { moment, zone: `\u2068${timeZone}\u2069` });
}

function zonedMoment(ms: number, fromMs: number, timeZone: string, scheduleZone: string, lang: Lang, since = false): string {
  return labelZone(momentText(ms, fromMs, timeZone, lang, since), timeZone, scheduleZone, lang);
}

/**
 * When the first response is due, written the one way every surface writes it (the SLA card,
 * the options page's Try-a-ticket, a reply's {{sla.due}}): "Sun, 29 Mar, 10:00" in `timeZone`,
 * labelled with the zone when that is not the schedule's.
 */
export function formatDue(dueAt: string, lang: Lang, timeZone: string, scheduleZone: string = timeZone): string {
  const moment = new Intl.DateTimeFormat(localeOf(lang), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(dueAt));
  return labelZone(moment, timeZone, scheduleZone, lang);
}

/**
 * The countdown in words: "1 h 20 min left", "overdue by 25 h of business time, since Tuesday
 * 11:00", "paused: 1 h left, resumes Sunday 09:00", "starts Sunday 09:00", "answered in time".
 * Times are shown in `timeZone` (by default the business calendar's), labelled with it when it
 * is not the calendar's.
 */
export function formatRemaining(status: SlaStatus, lang: Lang, timeZone: string = status.timeZone): string {
  const overdueMinutes = Math.floor(-status.remainingMs / MINUTE_MS);
  const at = toEpochMs(status.at);
  const moment = (iso: string, since = false) => zonedMoment(toEpochMs(iso), at, timeZone, status.timeZone, lang, since);
  // Round up: "0 min left" would read as overdue while time remains.
  const leftMinutes = Math.max(Math.ceil(status.remainingMs / MINUTE_MS), 0);
  const left = minutesToText(leftMinutes, lang);
  // Hebrew agrees the verb with one hour or minute ("נותרה שעה") and with several ("נותרו").
  const one = leftMinutes === 1 || leftMinutes === 60;
  switch (status.state) {
    case 'met':
      return t(lang, 'sla.met');
    case 'breached': {
      if (status.repliedAt !== undefined) return t(lang, 'sla.answeredLate', { late: minutesToText(Math.max(overdueMinutes, 1), lang) });
      const since = moment(status.dueAt, true);
      // Due at closing time: no business time has passed since, so only since when.
      if (overdueMinutes < 1) return t(lang, 'sla.overdueSince', { since });
      const late = minutesToText(overdueMinutes, lang);
      return t(lang, status.clock === 'business' ? 'sla.overdueBusiness' : 'sla.overdue', { late, since });
    }
    case 'paused':
      return t(lang, one ? 'sla.pausedOne' : 'sla.paused', { left, at: moment(status.resumesAt ?? status.at) });
    case 'not_started':
      return t(lang, 'sla.notStarted', { left, at: moment(status.resumesAt ?? status.at) });
    default:
      return t(lang, one ? 'sla.leftOne' : 'sla.left', { left });
  }
}

const QUEUE_NAMES: Record<Queue, Record<Lang, string>> = {
  technical: { en: 'technical', he: 'טכני' },
  customer_service: { en: 'customer service', he: 'שירות לקוחות' },
  finance: { en: 'finance', he: 'כספים' },
  management: { en: 'management', he: 'הנהלה' },
};

const CHANNEL_NAMES: Record<string, Record<Lang, string>> = {
  written: { en: 'written', he: 'בכתב' },
  email: { en: 'email', he: 'אימייל' },
  web: { en: 'web form', he: 'טופס אינטרנט' },
  chat: { en: 'chat', he: 'צ׳אט' },
  phone: { en: 'phone', he: 'טלפון' },
  unknown: { en: 'unknown channel', he: 'ערוץ לא ידוע' },
};

const WRITTEN = ['email', 'web', 'chat', 'unknown'] as const;
const SHORT_DAYS: Record<Lang, string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  he: ['א׳', 'ב׳', 'ג׳', 'ד׳', 'ה׳', 'ו׳', 'ש׳'],
};

/** "Sun–Thu 09:00–18:00": consecutive weekdays with the same hours grouped. */
export function describeSchedule(policy: SlaPolicy, lang: Lang): string {
  const { weekly } = compileCalendar(policy.calendar);
  const hoursOf = (day: number) => {
    const spans = weekly[day]!;
    const parts: string[] = [];
    for (let i = 0; i < spans.length; i += 2) {
      const range = `${formatWallTime(spans[i]!)}–${formatWallTime(spans[i + 1]!)}`;
      // In Hebrew text a bare "09:00–18:00" is laid out right to left as "18:00–09:00":
      // isolate it as a left-to-right run.
      parts.push(dirOf(lang) === 'rtl' ? `\u2066${range}\u2069` : range);
    }
    return parts.join(', ');
  };
  const groups: string[] = [];
  for (let day = 0; day < WEEKDAYS.length; ) {
    const hours = hoursOf(day);
    let last = day;
    while (last + 1 < WEEKDAYS.length && hoursOf(last + 1) === hours) last++;
    if (hours) {
      const names = SHORT_DAYS[lang];
      groups.push(`${names[day]}${last > day ? `–${names[last]}` : ''} ${hours}`);
    }
    day = last + 1;
  }
  return groups.join('; ');
}

/** Why a contract customer's clock runs around the clock, as the SLA card says it. */
export const CONTRACT_CLOCK: Record<Lang, string> = {
  en: '24/7: extended service contract',
  he: '24/7: חוזה שירות מורחב',
};

/** The rule behind a target, for a tooltip: "technical, written, 2 business hours, Sun–Thu 09:00–18:00 Asia/Jerusalem". */
export function describeRule(target: SlaTarget, policy: SlaPolicy, lang: Lang): string {
  const en = lang === 'en';
  const parts: string[] = [];
  if (target.contract) parts.push(CONTRACT_CLOCK[lang]);
  else if (target.urgent) parts.push(en ? 'urgent' : 'דחוף');
  parts.push(QUEUE_NAMES[target.queue][lang]);
  const ruleQueue = target.urgent ? policy.urgent.targetsOf : target.queue;
  const rules = (target.contract && policy.contract?.targets) || policy.targets[ruleQueue];
  const same = (a: { amount: number; unit: string }, b: { amount: number; unit: string }) =>
    a.amount === b.amount && a.unit === b.unit;
  const rule = rules[target.channel];
  if (!Object.values(rules).every((other) => same(other, rule))) {
    const allWritten = WRITTEN.every((c) => same(rules[c], rule));
    const written = (WRITTEN as readonly string[]).includes(target.channel) && allWritten;
    parts.push(CHANNEL_NAMES[written ? 'written' : target.channel]![lang]);
  }
  if (target.clock === 'calendar') {
    const hours = minutesToText(target.minutes, lang);
    parts.push(en ? `${hours} around the clock` : `${hours} מסביב לשעון`);
    return parts.join(', ');
  }
  const n = target.amount;
  if (target.unit === 'business_hours') {
    parts.push(en ? `${n} business hour${n === 1 ? '' : 's'}` : n === 1 ? 'שעת עבודה אחת' : `${n} שעות עבודה`);
  } else {
    const length = minutesToText(target.minutes, lang);
    parts.push(
      en
        ? `${n} business day${n === 1 ? '' : 's'} (${length})`
        : `${n === 1 ? 'יום עבודה אחד' : `${n} ימי עבודה`} (${length})`,
    );
  }
  parts.push(`${describeSchedule(policy, lang)} ${policy.calendar.timeZone}`);
  return parts.join(', ');
}

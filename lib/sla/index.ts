// The SLA clock (POLICY.md section 4): business calendar, response targets and live countdown
// state, for the sidebar and the options page. Pure: no DOM, browser or Node API.

export {
  businessTimeBetween,
  dueAt,
  isOpen,
  nextOpening,
  status,
  targetFor,
  type SlaClock,
  type SlaDue,
  type SlaState,
  type SlaStatus,
  type SlaTicket,
} from './clock';
export { CONTRACT_CLOCK, describeRule, describeSchedule, formatDue, formatDuration, formatRemaining } from './format';
export { HOLIDAY_NAMES, holidaysFor, type Holiday } from './holidays';
export {
  DEFAULT_BUSINESS_CALENDAR,
  DEFAULT_SLA_POLICY,
  HOLIDAY_IDS,
  type BusinessCalendar,
  type HolidayId,
  type SlaPolicy,
  type SlaTarget,
} from '../policy/sla';

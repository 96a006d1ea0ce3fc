// The first-response clock of one ticket: its target, due time and live state.

import { CHANNELS, type Channel } from '../ticket';
import { QUEUES, type Queue } from '../policy/labels';
import {
  DEFAULT_BUSINESS_CALENDAR,
  DEFAULT_SLA_POLICY,
  type BusinessCalendar,
  type SlaPolicy,
  type SlaTarget,
  type SlaTargetRule,
} from '../policy/sla';
import {
  addBusinessTime,
  businessMsBetween,
  compileCalendar,
  isOpenAt,
  nextOpeningAt,
  type CompiledCalendar,
} from './calendar';
import { MINUTE_MS, parseInstant, toEpochMs, toIsoUtc } from './time';

export interface SlaTicket {
  /** ISO 8601 instant with an offset or Z. */
  createdAt: string;
  queue: Queue;
  channel: Channel;
  urgent: boolean;
  /** The customer has an extended service contract (lib/contract.ts): 24/7 for the queues it covers. */
  contract?: boolean;
  /** ISO instant of the first agent reply to the customer: the clock stops there. */
  firstReplyAt?: string;
}

export type SlaClock = 'business' | 'calendar';
/** `not_started`: created outside business hours, before the first opening since. */
export type SlaState = 'running' | 'warning' | 'breached' | 'met' | 'paused' | 'not_started';

export interface SlaDue {
  /** ISO instant in UTC. */
  dueAt: string;
  target: SlaTarget;
  clock: SlaClock;
  targetMinutes: number;
}

export interface SlaStatus {
  dueAt: string;
  target: SlaTarget;
  clock: SlaClock;
  state: SlaState;
  /** Time left until due (business time on the business clock); negative when overdue. Frozen at the first reply. */
  remainingMs: number;
  /** Time counted so far (business time on the business clock), up to now or the first reply. */
  elapsedMs: number;
  /** When a paused or not yet started clock runs (ISO, UTC). */
  resumesAt?: string;
  /** The first agent reply (ISO, UTC), when there is one. */
  repliedAt?: string;
  /** The moment this status describes (ISO, UTC). */
  at: string;
  /** The business calendar's zone, the default for showing times. */
  timeZone: string;
}

/** The target a ticket gets under the policy. */
export function targetFor(ticket: Pick<SlaTicket, 'queue' | 'channel' | 'urgent' | 'contract'>, policy: SlaPolicy): SlaTarget {
  if (!QUEUES.includes(ticket.queue)) throw new RangeError(`"${ticket.queue}" is not a queue`);
  if (!CHANNELS.includes(ticket.channel)) throw new RangeError(`"${ticket.channel}" is not a channel`);
  const dayMinutes = compileCalendar(policy.calendar).businessDayMs / MINUTE_MS;
  const build = (rule: SlaTargetRule | undefined, what: string, clock: SlaClock, contract: boolean): SlaTarget => {
    if (!rule || !(rule.amount > 0)) {
      throw new RangeError(`The policy has no response target for ${what} tickets by ${ticket.channel}`);
    }
    return {
      queue: ticket.queue,
      channel: ticket.channel,
      urgent: ticket.urgent,
      ...(contract ? { contract: true as const } : {}),
      amount: rule.amount,
      unit: rule.unit,
      clock,
      minutes: rule.unit === 'business_days' ? rule.amount * dayMinutes : rule.amount * 60,
    };
  };
  const ruleQueue = ticket.urgent ? policy.urgent.targetsOf : ticket.queue;
  const target = build(policy.targets[ruleQueue]?.[ticket.channel], ruleQueue, ticket.urgent ? 'calendar' : 'business', false);
  const contract = policy.contract ?? { queues: ['technical'], targets: policy.targets[policy.urgent.targetsOf] };
  if (!ticket.contract || !contract.queues.includes(ticket.queue)) return target;
  const covered = build(contract.targets?.[ticket.channel], 'contract customers\'', 'calendar', true);
  // An urgent ticket of a contract customer keeps whichever 24/7 target is sooner.
  return ticket.urgent && target.minutes <= covered.minutes ? target : covered;
}

interface Computed {
  cal: CompiledCalendar;
  target: SlaTarget;
  createdMs: number;
  dueMs: number;
}

function compute(ticket: SlaTicket, policy: SlaPolicy): Computed {
  const cal = compileCalendar(policy.calendar);
  const target = targetFor(ticket, policy);
  const createdMs = parseInstant(ticket.createdAt);
  const targetMs = target.minutes * MINUTE_MS;
  const dueMs = target.clock === 'calendar' ? createdMs + targetMs : addBusinessTime(cal, createdMs, targetMs);
  return { cal, target, createdMs, dueMs };
}

/** When the first reply is due. */
export function dueAt(ticket: SlaTicket, policy: SlaPolicy = DEFAULT_SLA_POLICY): SlaDue {
  const { target, dueMs } = compute(ticket, policy);
  return { dueAt: toIsoUtc(dueMs), target, clock: target.clock, targetMinutes: target.minutes };
}

/** Milliseconds of business time from `a` to `b` (ISO instants or epoch ms); negative when `b` comes first. */
export function businessTimeBetween(
  a: string | number,
  b: string | number,
  calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR,
): number {
  return businessMsBetween(compileCalendar(calendar), toEpochMs(a), toEpochMs(b));
}

/** Whether the office is open at an instant. */
export function isOpen(instant: string | number, calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR): boolean {
  return isOpenAt(compileCalendar(calendar), toEpochMs(instant));
}

/** The first open moment at or after an instant (the instant itself when open), ISO in UTC. */
export function nextOpening(instant: string | number, calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR): string {
  return toIsoUtc(nextOpeningAt(compileCalendar(calendar), toEpochMs(instant)));
}

/** The clock's state at `now`: cheap enough to call on every countdown tick. */
export function status(ticket: SlaTicket, now: string | number, policy: SlaPolicy = DEFAULT_SLA_POLICY): SlaStatus {
  const { cal, target, createdMs, dueMs } = compute(ticket, policy);
  const business = target.clock === 'business';
  const between = (a: number, b: number) => (business ? businessMsBetween(cal, a, b) : b - a);
  const targetMs = target.minutes * MINUTE_MS;
  const base = { dueAt: toIsoUtc(dueMs), target, clock: target.clock, timeZone: cal.timeZone };

  if (ticket.firstReplyAt !== undefined) {
    const repliedMs = Math.max(parseInstant(ticket.firstReplyAt), createdMs);
    const remainingMs = between(repliedMs, dueMs);
    return {
      ...base,
      state: repliedMs <= dueMs ? 'met' : 'breached',
      remainingMs,
      elapsedMs: targetMs - remainingMs,
      repliedAt: toIsoUtc(repliedMs),
      at: toIsoUtc(toEpochMs(now)),
    };
  }

  const nowMs = toEpochMs(now);
  // A clock read before the ticket existed (skewed machine clocks) shows the full target.
  const fromMs = Math.max(nowMs, createdMs);
  const remainingMs = between(fromMs, dueMs);
  const elapsedMs = targetMs - remainingMs;
  const at = toIsoUtc(nowMs);
  if (fromMs > dueMs) return { ...base, state: 'breached', remainingMs, elapsedMs, at };
  if (business && !isOpenAt(cal, fromMs)) {
    const resumesAt = toIsoUtc(nextOpeningAt(cal, fromMs));
    // No business time counted yet: the clock has not started, it is not paused.
    return { ...base, state: elapsedMs === 0 ? 'not_started' : 'paused', remainingMs, elapsedMs, resumesAt, at };
  }
  const { fractionOfTarget, minutesLeft } = policy.warning;
  const warnBelowMs = Math.max(targetMs * fractionOfTarget, minutesLeft * MINUTE_MS);
  return { ...base, state: remainingMs <= warnBelowMs ? 'warning' : 'running', remainingMs, elapsedMs, at };
}

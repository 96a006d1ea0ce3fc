// npm run --silent sla < cases.jsonl
// Each input line: {id, createdAt, queue, channel, urgent, firstReplyAt?, now?, tags?,
// organization?, requester?: {name, email}} (the last three decide, under the default settings,
// whether the customer has an extended service contract).
// Each output line: {id, dueAt, targetMinutes, clock, clockFor, state?, remainingMinutes?}:
// `clock` is `business` or `calendar` (24/7), `clockFor` why: `queue` (the business clock),
// `urgent` or `contract`; state and remainingMinutes only when `now` is given. A bad line gets one line on stderr naming the line
// and the reason; the other lines are still answered, and the exit code is then 1.

import { createInterface } from 'node:readline';
import { CHANNELS, type Channel } from '../lib/ticket';
import { QUEUES, type Queue } from '../lib/policy/labels';
import { dueAt, status, type SlaTicket } from '../lib/sla/index';
import { parseInstant } from '../lib/sla/time';
import { contractOf, readContractFields } from '../lib/contract';
import { DEFAULT_CONTRACT_RULES } from '../lib/policy/contract';

interface Case {
  id: string | number;
  ticket: SlaTicket;
  now?: string | number;
}

function readCase(text: string): Case {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const c = value as Record<string, unknown>;
  const { id, createdAt, queue, channel, urgent, firstReplyAt, now } = c;
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('"id" is missing (a string or number)');
  if (typeof createdAt !== 'string') throw new Error('"createdAt" is missing (an ISO 8601 date-time with an offset)');
  instant('createdAt', createdAt);
  if (!QUEUES.includes(queue as Queue)) throw new Error(`"queue" must be one of ${QUEUES.join(', ')}`);
  if (!CHANNELS.includes(channel as Channel)) throw new Error(`"channel" must be one of ${CHANNELS.join(', ')}`);
  if (typeof urgent !== 'boolean') throw new Error('"urgent" must be true or false');
  if (firstReplyAt !== undefined && firstReplyAt !== null) {
    if (typeof firstReplyAt !== 'string') throw new Error('"firstReplyAt" must be an ISO 8601 date-time');
    instant('firstReplyAt', firstReplyAt);
  }
  if (now !== undefined && now !== null) {
    if (typeof now === 'number') {
      if (!Number.isFinite(now)) throw new Error('"now" must be an ISO 8601 date-time or epoch milliseconds');
    } else if (typeof now === 'string') {
      instant('now', now);
    } else {
      throw new Error('"now" must be an ISO 8601 date-time or epoch milliseconds');
    }
  }
  const customer = readContractFields(c);
  if (typeof customer === 'string') throw new Error(customer);
  const ticket: SlaTicket = { createdAt, queue: queue as Queue, channel: channel as Channel, urgent };
  if (contractOf(customer, DEFAULT_CONTRACT_RULES)) ticket.contract = true;
  if (typeof firstReplyAt === 'string') ticket.firstReplyAt = firstReplyAt;
  return { id, ticket, now: now ?? undefined };
}

function instant(field: string, value: string): void {
  try {
    parseInstant(value);
  } catch (error) {
    throw new Error(`"${field}": ${(error as Error).message}`);
  }
}

function answer({ id, ticket, now }: Case): Record<string, unknown> {
  const due = dueAt(ticket);
  const out: Record<string, unknown> = {
    id,
    dueAt: due.dueAt,
    targetMinutes: due.targetMinutes,
    clock: due.clock,
    clockFor: due.target.contract ? 'contract' : due.target.urgent ? 'urgent' : 'queue',
  };
  if (now !== undefined) {
    const s = status(ticket, now);
    out.state = s.state;
    out.remainingMinutes = Math.round((s.remainingMs / 60_000) * 1000) / 1000 || 0;
  }
  return out;
}

async function main(): Promise<number> {
  let failed = 0;
  let lineNumber = 0;
  let cases = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    cases++;
    try {
      process.stdout.write(`${JSON.stringify(answer(readCase(line)))}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`line ${lineNumber}: ${(error as Error).message}\n`);
    }
  }
  if (cases === 0) {
    // Most often a redirect from the wrong file: say so rather than print nothing.
    process.stderr.write('No cases on standard input: give one JSON object a line (npm run --silent sla < cases.jsonl).\n');
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();

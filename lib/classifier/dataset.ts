// Tickets as JSON Lines (POLICY.md section 3): parsing and checking, one line at a time, so one
// bad line is reported by number and the others still count. Pure: callers read the files.

import { CHANNELS, type Ticket } from '../ticket';
import { readContractFields } from '../contract';
import { OWNERS, PARTIES, QUEUES, ownerOf } from '../policy/labels';
import type { LabelledTicket } from './train';

export interface LineError {
  line: number;
  reason: string;
}

/** A ticket from one JSON line, or why it cannot be classified. */
export function parseTicketLine(line: string): Ticket | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' && typeof record.id !== 'number') return 'no "id"';
  if (typeof record.body !== 'string') return 'no "body" (or it is not text)';
  const ticket: Ticket = {
    id: String(record.id),
    subject: typeof record.subject === 'string' ? record.subject : '',
    body: record.body,
  };
  if (typeof record.channel === 'string' && (CHANNELS as readonly string[]).includes(record.channel)) {
    ticket.channel = record.channel as Ticket['channel'];
  }
  if (record.lang === 'he' || record.lang === 'en') ticket.lang = record.lang;
  if (typeof record.createdAt === 'string') ticket.createdAt = record.createdAt;
  const contract = readContractFields(record);
  if (typeof contract === 'string') return contract;
  return { ...ticket, ...contract };
}

/** Labelled tickets from JSON Lines text; lines without valid labels are errors. */
export function parseLabelled(text: string): { tickets: LabelledTicket[]; errors: LineError[] } {
  const tickets: LabelledTicket[] = [];
  const errors: LineError[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const ticket = parseTicketLine(raw);
    if (typeof ticket === 'string') {
      errors.push({ line: i + 1, reason: ticket });
      return;
    }
    const labels = (JSON.parse(raw) as { labels?: Record<string, unknown> }).labels;
    const party = labels?.party;
    const queue = labels?.queue;
    if (
      !labels ||
      !(PARTIES as readonly unknown[]).includes(party) ||
      !(QUEUES as readonly unknown[]).includes(queue) ||
      !(OWNERS as readonly unknown[]).includes(labels.owner) ||
      typeof labels.urgent !== 'boolean'
    ) {
      errors.push({ line: i + 1, reason: 'no valid "labels" {owner, party, queue, urgent}' });
      return;
    }
    const p = party as LabelledTicket['labels']['party'];
    if (ownerOf(p) !== labels.owner) {
      errors.push({ line: i + 1, reason: `labels disagree: party ${p} implies owner ${ownerOf(p)}` });
      return;
    }
    tickets.push({ ...ticket, labels: { owner: ownerOf(p), party: p, queue: queue as LabelledTicket['labels']['queue'], urgent: labels.urgent } });
  });
  return { tickets, errors };
}

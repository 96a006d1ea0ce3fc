// The demo tickets: taken from the data set unchanged, covering every party and both
// languages, with created times relative to now that put the SLA clock in different states.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_TICKETS, demoTickets } from '../../../demo/tickets.ts';
import { PARTIES } from '../../../lib/policy/labels.ts';
import { CHANNELS } from '../../../lib/ticket.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DATA_SET = path.join(ROOT, 'data/tickets.dev.jsonl');
const NOW = Date.parse('2026-03-26T10:00:00Z');
const MINUTE = 60_000;

interface SourceTicket {
  id: string;
  lang: string;
  channel: string;
  subject: string;
  body: string;
  labels: unknown;
}

describe('demo tickets', () => {
  const tickets = demoTickets(NOW);

  it('are about twelve, with ids "1" to "12" in order', () => {
    expect(tickets.map((t) => t.id)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
  });

  it('cover every party, both languages and more than the technical queue', () => {
    expect(new Set(tickets.map((t) => t.labels.party))).toEqual(new Set(PARTIES));
    expect(new Set(tickets.map((t) => t.lang))).toEqual(new Set(['he', 'en']));
    expect(tickets.some((t) => t.labels.queue === 'finance' || t.labels.queue === 'customer_service')).toBe(true);
    expect(tickets.filter((t) => t.labels.party === 'provider' && t.labels.urgent)).toHaveLength(1);
  });

  it('start with a clear, decided ticket', () => {
    expect(tickets[0]!.labels.owner).not.toBe('undetermined');
    expect(tickets[0]!.subject).not.toBe('');
  });

  it('have channels, requesters and languages that fit', () => {
    for (const t of tickets) {
      expect(CHANNELS).toContain(t.channel);
      expect(t.requester.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
      const hebrewName = /[\u0590-\u05FF]/.test(t.requester.name);
      expect(hebrewName, t.requester.name).toBe(t.lang === 'he');
      expect(/[\u0590-\u05FF]/.test(t.body), t.id).toBe(t.lang === 'he');
    }
    expect(new Set(tickets.map((t) => t.channel)).size).toBeGreaterThanOrEqual(4);
  });

  it('were created at times relative to now that vary', () => {
    const ages = tickets.map((t) => (NOW - Date.parse(t.createdAt)) / MINUTE);
    expect(ages.every((a) => a > 0)).toBe(true);
    expect(new Set(ages).size).toBe(tickets.length);
    expect(ages.some((a) => a <= 5)).toBe(true); // just created
    expect(ages.some((a) => a >= 100 && a < 120)).toBe(true); // close to a 2-hour target
    expect(ages.some((a) => a >= 3 * 24 * 60)).toBe(true); // breached long ago
    const answered = tickets.filter((t) => t.agentReplied);
    expect(answered.some((t) => t.agentReplied === true)).toBe(true);
    for (const t of answered) {
      if (typeof t.agentReplied === 'string') {
        expect(Date.parse(t.agentReplied)).toBeGreaterThan(Date.parse(t.createdAt));
        expect(Date.parse(t.agentReplied)).toBeLessThan(NOW);
      }
    }
  });

  it('follow the clock they are built for', () => {
    const later = demoTickets(NOW + 3600_000);
    expect(Date.parse(later[0]!.createdAt) - Date.parse(tickets[0]!.createdAt)).toBe(3600_000);
    const age = Date.now() - Date.parse(DEMO_TICKETS[0]!.createdAt);
    expect(age).toBeGreaterThan(0);
    expect(age).toBeLessThan(24 * 3600_000);
  });

  it('keep the subject, body, channel and labels of their data-set ticket', () => {
    expect(existsSync(DATA_SET), `the data set at ${DATA_SET}`).toBe(true);
    const source = new Map(
      readFileSync(DATA_SET, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const t = JSON.parse(line) as SourceTicket;
          return [t.id, t] as const;
        }),
    );
    for (const t of tickets) {
      const s = source.get(t.sourceId);
      expect(s, t.sourceId).toBeDefined();
      expect({ subject: t.subject, body: t.body, channel: t.channel, lang: t.lang, labels: t.labels }).toEqual({
        subject: s?.subject,
        body: s?.body,
        channel: s?.channel,
        lang: s?.lang,
        labels: s?.labels,
      });
    }
  });
});

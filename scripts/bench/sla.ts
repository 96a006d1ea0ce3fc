// The SLA clock's speed: due-time computations for 2-business-hour and 3-business-day targets,
// and one countdown tick (a `status()` call, as the sidebar makes every few seconds).
// Run through `npm run bench` (scripts/bench.ts calls runSlaBench).

import { dueAt, status, type SlaTicket } from '../../lib/sla/index';

const FROM = Date.UTC(2025, 0, 1);
const SPAN = Date.UTC(2031, 0, 1) - FROM;

/** Deterministic tickets spread over 2025-2030, so runs compare. */
function tickets(count: number, queue: SlaTicket['queue']): SlaTicket[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  return Array.from({ length: count }, () => ({
    createdAt: new Date(FROM + Math.floor(random() * SPAN)).toISOString(),
    queue,
    channel: 'email',
    urgent: false,
  }));
}

function measure(label: string, count: number, run: (i: number) => void): void {
  for (let i = 0; i < Math.min(count, 2000); i++) run(i); // warm up: JIT and the per-day cache
  const start = performance.now();
  for (let i = 0; i < count; i++) run(i);
  const ms = performance.now() - start;
  const perSecond = Math.round((count / ms) * 1000);
  console.log(`  ${label}: ${perSecond.toLocaleString('en-US')}/s, mean ${((ms * 1000) / count).toFixed(2)} µs`);
}

export async function runSlaBench(): Promise<void> {
  const count = 50_000;
  const twoHours = tickets(count, 'technical');
  const threeDays = tickets(count, 'management');
  console.log('SLA clock');
  measure('due time, 2 business hours', count, (i) => dueAt(twoHours[i]!));
  measure('due time, 3 business days', count, (i) => dueAt(threeDays[i]!));
  const open = { createdAt: '2026-03-26T15:00:00Z', queue: 'management', channel: 'chat', urgent: false } as const;
  const base = Date.parse('2026-03-29T08:00:00Z');
  measure('countdown tick (status)', count, (i) => status(open, base + (i % 3600) * 1000));
}

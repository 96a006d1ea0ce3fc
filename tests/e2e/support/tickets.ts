// Tickets the end-to-end tests open through the demo's `openTicket` hook. Ids are numeric, as
// in the real helpdesks (the adapters read only helpdesk-shaped ids).
import { Temporal } from 'temporal-polyfill';

export function e2eTicket(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    subject: `Switch test ${id}`,
    body: 'Since this morning no mailbox in the office receives mail, webmail too.',
    channel: 'email',
    createdAt: new Date(Date.now() - 30 * 60_000).toISOString(),
    requester: { name: 'Dana Levi', email: 'dana@example.com' },
    ...over,
  };
}

/** Friday 11:00 in the schedule's zone, a week ahead: the office opens again on Sunday 09:00. */
export function comingFriday(): string {
  let day = Temporal.Now.zonedDateTimeISO('Asia/Jerusalem').add({ days: 7 }).with({ hour: 11, minute: 0, second: 0, millisecond: 0 });
  while (day.dayOfWeek !== 5) day = day.add({ days: 1 });
  return day.toInstant().toString();
}


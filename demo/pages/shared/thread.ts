// What a ticket page shows: the customer's message, one internal note and, when the ticket says
// so, one agent reply; in the ticket's language. Plus the date formats the pages use.
import type { Channel } from '../../../lib/ticket.ts';
import type { DemoTicket } from '../../tickets.ts';

export type ThreadKind = 'customer' | 'agent' | 'note';

export interface ThreadEntry {
  key: string;
  kind: ThreadKind;
  author: string;
  email?: string;
  /** ISO instant. */
  at: string;
  text: string;
  channel: Channel;
}

const MINUTE = 60_000;

export function isHebrew(ticket: DemoTicket): boolean {
  if (ticket.lang) return ticket.lang === 'he';
  return /[\u0590-\u05FF]/.test(`${ticket.subject} ${ticket.body}`);
}

/** The agent signed in to every demo helpdesk, as its header shows them. */
export const SIGNED_IN_AGENT = 'Noa Barak';

export function agentName(ticket: DemoTicket): string {
  return isHebrew(ticket) ? 'נועה ברק' : 'Noa Barak';
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** When the agent replied, or undefined. */
export function agentReplyTime(ticket: DemoTicket): string | undefined {
  if (ticket.agentReplied === true) return new Date(Date.parse(ticket.createdAt) + 20 * MINUTE).toISOString();
  if (typeof ticket.agentReplied === 'string') return new Date(ticket.agentReplied).toISOString();
  return undefined;
}

export function threadOf(ticket: DemoTicket): ThreadEntry[] {
  const he = isHebrew(ticket);
  const created = Date.parse(ticket.createdAt);
  const agent = agentName(ticket);
  const entries: ThreadEntry[] = [
    {
      key: 'customer-1',
      kind: 'customer',
      author: ticket.requester.name,
      email: ticket.requester.email,
      at: ticket.createdAt,
      text: ticket.body,
      channel: ticket.channel,
    },
    {
      key: 'note-1',
      kind: 'note',
      author: agent,
      at: new Date(created + MINUTE).toISOString(),
      text: he
        ? 'בדקתי את החשבון: אין תקלה פתוחה אצלנו כרגע. ממשיכה לבדוק.'
        : 'Checked the account: no open incident on our side right now. Still looking.',
      channel: ticket.channel,
    },
  ];
  const repliedAt = agentReplyTime(ticket);
  if (repliedAt) {
    const name = firstName(ticket.requester.name);
    entries.push({
      key: 'agent-1',
      kind: 'agent',
      author: agent,
      at: repliedAt,
      text: he
        ? `שלום ${name},\nקיבלנו את פנייתך ואנחנו בודקים. נעדכן בהקדם.\n\nנועה, צוות התמיכה`
        : `Hi ${name},\nThanks for reaching out, we are looking into it and will update you shortly.\n\nNoa, Support team`,
      channel: ticket.channel,
    });
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeOnly = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "Today 10:32" or "3 Mar 2026, 10:32". */
export function formatWhen(iso: string, now = Date.now()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  if (new Date(now).toDateString() === d.toDateString()) return `Today ${timeOnly.format(d)}`;
  return dateTime.format(d);
}

/** "4 minutes ago", "3 hours ago", "5 days ago". */
export function formatAgo(iso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - Date.parse(iso)) / MINUTE));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts.slice(0, 2).map((p) => p[0]).join('').toUpperCase() || '?';
}

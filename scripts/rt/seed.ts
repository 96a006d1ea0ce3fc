// Tickets into a running Request Tracker the way they get into a real one: the customer's mail
// through RT's own mail gateway (rt-mailgate), the staff's replies and internal comments through
// REST 2 as the staff user. The texts are in the policy's own words (Hebrew and English).
import { spawnSync } from 'node:child_process';
import type { RtServer } from './server';
import { RT_MAILGATE } from './install';

export interface Person {
  name: string;
  email: string;
}

export interface SeedTicket {
  /** A name for the ticket in tests and fixtures (`hebrew`, `english`, …). */
  key: string;
  lang: 'he' | 'en';
  subject: string;
  requester: Person;
  /** The customer's messages, in order: the first one creates the ticket. */
  customer: string[];
  /** Created by staff (a phone call typed in) through REST 2 instead of by the customer's mail. */
  byStaff?: boolean;
  /** A staff reply to the customer, after the first customer message. */
  staffReply?: string;
  /** An internal comment, after the first customer message. */
  comment?: string;
}

export interface SeededTicket extends SeedTicket {
  id: string;
}

// Each staff text carries a marker no customer text has, so a test can prove it stayed out.
export const SEED_TICKETS: SeedTicket[] = [
  {
    key: 'hebrew',
    lang: 'he',
    subject: 'דחוף - לא מקבלים מיילים מהבוקר',
    requester: { name: 'רונית לוי', email: 'ronit@levi-law.example' },
    customer: [
      'היי,\nמאז 10:00 בבוקר אף אחד במשרד לא מקבל מיילים. בדקנו גם בוובמייל - אותו דבר, אין כלום מאז 10.\nזה בכל ה-12 תיבות שלנו בדומיין levi-law.example (הדומיין וה-DNS אצלכם).\nבבקשה תטפלו בזה דחוף!!\n\nעו"ד רונית לוי',
      'עדיין אין מיילים. ניסינו גם מהטלפון, אותו דבר.',
    ],
    comment: 'STAFF-NOTE-HE: לקוח ותיק. בדקתי את תור הדואר, נראה תקין. אולי הבעיה אצל ספק האינטרנט שלהם.',
  },
  {
    // Too vague to decide on its own: read with the staff's texts, it would look like an outage.
    key: 'english',
    lang: 'en',
    subject: 'Email not working',
    requester: { name: 'Priya Raman', email: 'priya@raman-law.example' },
    customer: ['Hi,\nsince this morning my email does not work. Please check what is wrong.\n\nPriya', 'I tried again just now, still the same.'],
    staffReply: 'STAFF-REPLY-EN: Hello Priya, we are checking the mail server now and will update you shortly.',
    comment: 'STAFF-NOTE-EN: our shared mail server is down for all customers since the morning, a provider outage: escalate to the on-call admin at once.',
  },
  {
    key: 'phone',
    lang: 'en',
    subject: 'No internet in the office',
    requester: { name: 'Tom Becker', email: 'tom@becker-design.example' },
    customer: ['Customer called: there is no internet in the whole office since the morning, the router lights are red and no website opens.'],
    byStaff: true,
  },
  {
    key: 'invoice',
    lang: 'he',
    subject: 'חיוב כפול בחשבונית',
    requester: { name: 'אבי כהן', email: 'avi@cohen-shop.example' },
    customer: ['שלום,\nקיבלנו החודש שתי חשבוניות על אותו חבילת אחסון וחויבנו פעמיים בכרטיס האשראי. אבקש לבטל את החיוב הכפול ולהחזיר את הכסף.\n\nתודה, אבי'],
  },
];

function basicAuth(rt: RtServer): string {
  return 'Basic ' + Buffer.from(`${rt.user}:${rt.password}`).toString('base64');
}

/** A REST 2 call as the staff user; the parsed JSON answer. */
export async function rest(rt: RtServer, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${rt.url}/REST/2.0/${path}`, {
    method,
    headers: { authorization: basicAuth(rt), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`RT REST 2 ${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : null;
}

function mimeWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
}

/** A customer's mail as it arrives at the support address. */
export function customerMail(from: Person, subject: string, text: string, to = 'support@gvul.test'): string {
  return [
    `From: ${mimeWord(from.name)} <${from.email}>`,
    `To: ${to}`,
    `Subject: ${mimeWord(subject)}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}@${from.email.split('@')[1]}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(text + '\n').toString('base64').replace(/.{76}/g, '$&\n'),
    '',
  ].join('\n');
}

/** Hand a mail to RT's own mail gateway, as the MTA would. */
export function mailIn(rt: RtServer, mail: string): void {
  const run = spawnSync(RT_MAILGATE, ['--queue', 'General', '--action', 'correspond', '--url', `${rt.url}/`], {
    input: mail,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`rt-mailgate failed (${run.status}): ${run.stdout}${run.stderr}`);
}

/** The newest ticket of `requester` (the mail gateway does not say which ticket it made). */
async function newestTicketOf(rt: RtServer, requester: Person): Promise<string> {
  const query = encodeURIComponent(`Requestor.EmailAddress = '${requester.email}'`);
  const found = (await rest(rt, 'GET', `tickets?query=${query}&orderby=id&order=DESC&per_page=1`)) as {
    items: { id: string }[];
  };
  const id = found.items[0]?.id;
  if (!id) throw new Error(`RT has no ticket from ${requester.email}: the mail gateway did not create one`);
  return String(id);
}

export async function staffReply(rt: RtServer, id: string, text: string): Promise<void> {
  await rest(rt, 'POST', `ticket/${id}/correspond`, { Content: text, ContentType: 'text/plain' });
}

export async function staffComment(rt: RtServer, id: string, text: string): Promise<void> {
  await rest(rt, 'POST', `ticket/${id}/comment`, { Content: text, ContentType: 'text/plain' });
}

export async function seedTicket(rt: RtServer, t: SeedTicket): Promise<SeededTicket> {
  const [first, ...more] = t.customer;
  if (first === undefined) throw new Error(`seed ticket ${t.key} has no customer message`);
  let id: string;
  if (t.byStaff) {
    const created = (await rest(rt, 'POST', 'ticket', {
      Queue: 'General',
      Subject: t.subject,
      Requestor: `${t.requester.name} <${t.requester.email}>`,
      Content: first,
      ContentType: 'text/plain',
    })) as { id: string | number };
    id = String(created.id);
  } else {
    mailIn(rt, customerMail(t.requester, t.subject, first));
    id = await newestTicketOf(rt, t.requester);
  }
  if (t.comment) await staffComment(rt, id, t.comment);
  if (t.staffReply) await staffReply(rt, id, t.staffReply);
  // A follow-up mail carries the ticket's tag in the subject, as the customer's mail client keeps it.
  for (const text of more) mailIn(rt, customerMail(t.requester, `[gvul-rt #${id}] Re: ${t.subject}`, text));
  return { ...t, id };
}

export async function seedTickets(rt: RtServer, tickets: SeedTicket[] = SEED_TICKETS): Promise<SeededTicket[]> {
  const seeded: SeededTicket[] = [];
  for (const t of tickets) seeded.push(await seedTicket(rt, t));
  return seeded;
}

interface RestTransaction {
  id: string;
  Type: string;
  Created: string;
  Creator: { id: string };
}

function utc(text: string): string {
  return new Date(text).toISOString().replace('.000Z', 'Z');
}

async function transactionsOf(rt: RtServer, id: string): Promise<RestTransaction[]> {
  const history = (await rest(rt, 'GET', `ticket/${id}/history?per_page=100&fields=Type,Created,Creator`)) as { items: RestTransaction[] };
  return history.items;
}

/** The ticket's created time and first staff correspondence, as RT's REST 2 reports them (UTC). */
export async function ticketTimes(rt: RtServer, id: string): Promise<{ createdAt: string; firstReplyAt?: string }> {
  const ticket = (await rest(rt, 'GET', `ticket/${id}`)) as { Created: string };
  const reply = (await transactionsOf(rt, id)).find((t) => t.Type === 'Correspond' && t.Creator.id === rt.user);
  return { createdAt: utc(ticket.Created), ...(reply ? { firstReplyAt: utc(reply.Created) } : {}) };
}

/** The text of the ticket's last transaction of `type` (`Correspond`, `Comment`), as RT stored it. */
export async function lastMessage(rt: RtServer, id: string, type: string): Promise<string | undefined> {
  const last = (await transactionsOf(rt, id)).filter((t) => t.Type === type).at(-1);
  if (!last) return undefined;
  const parts = (await rest(rt, 'GET', `transaction/${last.id}/attachments?fields=ContentType,Content`)) as {
    items: { ContentType: string; Content?: string }[];
  };
  // The listing holds text parts as text (the single-attachment endpoint would give base64).
  return parts.items
    .filter((a) => a.Content && a.ContentType.startsWith('text/'))
    .map((a) => a.Content)
    .join('\n');
}

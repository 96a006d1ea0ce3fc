// The demo tickets: twelve tickets taken from ../shared/data/tickets.dev.jsonl (subject, body,
// channel and labels as the data set has them), with invented requesters and created times
// relative to "now", so that the SLA clock shows every state: just created, close to the target,
// breached long ago, and answered. Some carry tags and an organisation; two are customers with an
// extended service contract (the default tag `extended-support`), one in each language.
import type { Channel, Lang } from '../lib/ticket.ts';
import type { Owner, Party, Queue } from '../lib/policy/labels.ts';

export interface DemoLabels {
  owner: Owner;
  party: Party;
  queue: Queue;
  urgent: boolean;
}

/** A ticket as `window.demoHelpdesk.openTicket` takes it. */
export interface DemoTicket {
  id: string;
  subject: string;
  /** The customer's first message. */
  body: string;
  channel: Channel;
  /** ISO instant. */
  createdAt: string;
  requester: { name: string; email: string };
  /** `true`: an agent replied 20 minutes after creation; an ISO string: the reply's time. */
  agentReplied?: boolean | string;
  lang?: Lang;
  /** Tags on the ticket (or its customer), shown the way each helpdesk shows them. */
  tags?: string[];
  /** The customer's organisation (Zendesk organisation, Freshdesk company, Zoho account, Help Scout organization). */
  organization?: string;
}

/** A demo ticket also says where it came from and what the data set's labels are. */
export interface DemoTicketSource extends DemoTicket {
  sourceId: string;
  lang: Lang;
  labels: DemoLabels;
}

interface Seed extends Omit<DemoTicketSource, 'createdAt' | 'agentReplied'> {
  /** How long ago the ticket was created. */
  ageMinutes: number;
  /** Minutes after creation when an agent replied, if one did. */
  repliedAfterMinutes?: number;
}

const MINUTE = 60_000;

const SEEDS: Seed[] = [
  {
    id: '1',
    sourceId: 'd184',
    lang: 'he',
    channel: 'email',
    subject: 'דחוף - לא מקבלים מיילים מהבוקר',
    body: 'היי,\nמאז 10:00 בבוקר אף אחד במשרד לא מקבל מיילים. בדקנו גם בוובמייל - אותו דבר, אין כלום מאז 10. שלחתי לעצמי מהג\'ימייל הפרטי ולא הגיע.\nזה בכל ה-12 תיבות שלנו בדומיין levi-law.co.il (הדומיין וה-DNS אצלכם).\nאנחנו משרד עו"ד ויש לנו דיונים היום, בבקשה תטפלו בזה דחוף!!\n\nעו"ד רונית לוי\nלוי ושות\' - משרד עורכי דין\n03-5556781',
    requester: { name: 'רונית לוי', email: 'ronit@levi-law.co.il' },
    labels: { owner: 'provider', party: 'provider', queue: 'technical', urgent: true },
    ageMinutes: 4,
  },
  {
    id: '2',
    sourceId: 'd135',
    lang: 'en',
    channel: 'web',
    subject: 'Outlook keeps crashing',
    body: 'Outlook crashes every time I open it on my laptop (Outlook 365, Windows 11). It opens for a second and then "Microsoft Outlook has stopped working". Webmail works fine with the same mailbox and my colleagues have no problem. What can you do?',
    requester: { name: 'Jonathan Reed', email: 'jonathan.reed@harborline.co.il' },
    organization: 'Harborline Ltd',
    tags: ['mail-client'],
    labels: { owner: 'customer', party: 'customer_it', queue: 'technical', urgent: false },
    ageMinutes: 110,
  },
  {
    id: '3',
    sourceId: 'd115',
    lang: 'he',
    channel: 'email',
    subject: 'אין אינטרנט',
    body: 'אין אינטרנט במשרד מהבוקר, בראוטר של בזק יש נורה אדומה מהבהבת. אז גם המייל לא עובד כמובן. מה עושים?? אין לנו איך לעבוד',
    requester: { name: 'אבי מזרחי', email: 'avi@mizrahi-print.co.il' },
    labels: { owner: 'customer', party: 'isp', queue: 'technical', urgent: false },
    ageMinutes: 3 * 24 * 60 + 35,
  },
  {
    id: '4',
    sourceId: 'd029',
    lang: 'en',
    channel: 'email',
    subject: 'Change MX records',
    body: 'Hi, our domain brightpath-consulting.com is registered at GoDaddy and the DNS is there too. We just bought mailboxes from you. Can you please change the MX records to point to your servers?\nThanks, Lisa',
    requester: { name: 'Lisa Morgan', email: 'lisa@brightpath-consulting.com' },
    labels: { owner: 'customer', party: 'domain_registrar', queue: 'technical', urgent: false },
    ageMinutes: 125,
    repliedAfterMinutes: 20,
  },
  {
    id: '5',
    sourceId: 'd067',
    lang: 'he',
    channel: 'email',
    subject: 'הטופס באתר לא שולח',
    body: 'היי, הטופס צור קשר באתר לא שולח לנו פניות כבר כמה ימים. מיילים רגילים מלקוחות מגיעים בסדר גמור, גם מג\'ימייל וגם מחברות. בדקתי בספאם - אין. מה הבעיה? אנחנו מפספסים לידים',
    requester: { name: 'שירה כץ', email: 'shira@katz-design.co.il' },
    organization: 'כץ עיצובים',
    tags: ['extended-support', 'website'],
    labels: { owner: 'customer', party: 'web_developer', queue: 'technical', urgent: false },
    ageMinutes: 105,
  },
  {
    id: '6',
    sourceId: 'd271',
    lang: 'en',
    channel: 'email',
    subject: 'Forwarding from my old Gmail',
    body: "We've moved our company mail to you. I still get some mail to my old Gmail address (dan.cohen.design@gmail.com). Can you set up forwarding from the Gmail to my new mailbox dan@cohen-design.co.il?",
    requester: { name: 'Dan Cohen', email: 'dan@cohen-design.co.il' },
    labels: { owner: 'customer', party: 'other_vendor', queue: 'technical', urgent: false },
    ageMinutes: 26 * 60,
  },
  {
    id: '7',
    sourceId: 'd248',
    lang: 'he',
    channel: 'web',
    subject: 'חתימה בוובמייל',
    body: 'איך מוסיפים חתימה בוובמייל? רוצה שיופיע הלוגו שלנו והטלפון. תודה מראש!',
    requester: { name: 'מיכל אברהם', email: 'michal@avraham-clinic.co.il' },
    labels: { owner: 'customer', party: 'customer_self', queue: 'technical', urgent: false },
    ageMinutes: 12,
  },
  {
    id: '8',
    sourceId: 'd003',
    lang: 'en',
    channel: 'web',
    subject: 'Website down',
    body: 'Website down, please check ASAP.',
    requester: { name: 'Mark Sullivan', email: 'mark@sullivan-tools.com' },
    labels: { owner: 'undetermined', party: 'unknown', queue: 'technical', urgent: false },
    ageMinutes: 50,
  },
  {
    id: '9',
    sourceId: 'd180',
    lang: 'he',
    channel: 'email',
    subject: 'חשבונית מרץ',
    body: 'שלום,\nהרואה חשבון שלנו מבקש העתק של החשבונית על חודש מרץ (אחסון + תיבות דואר). לא מוצאים אותה במייל. אפשר לשלוח שוב?\nתודה\nאתי, הנהלת חשבונות - אופטיקה שמש',
    requester: { name: 'אתי שמש', email: 'etti@optika-shemesh.co.il' },
    labels: { owner: 'provider', party: 'provider', queue: 'finance', urgent: false },
    ageMinutes: 5 * 24 * 60 + 120,
    repliedAfterMinutes: 3 * 60,
  },
  {
    id: '10',
    sourceId: 'd001',
    lang: 'he',
    channel: 'chat',
    subject: "צ'אט באתר",
    body: 'היי\nהמדפסת ברשת לא מדפיסה מאף מחשב\nכתוב offline\nזה קשור אליכם?',
    requester: { name: 'יוסי דהן', email: 'yossi@dahan-law.co.il' },
    labels: { owner: 'customer', party: 'customer_it', queue: 'technical', urgent: false },
    ageMinutes: 1,
  },
  {
    id: '11',
    sourceId: 'd120',
    lang: 'en',
    channel: 'phone',
    subject: 'Phone call - redirect loop',
    body: 'Customer (Yael, Mint Cosmetics) called: their site shows "ERR_TOO_MANY_REDIRECTS" since their developer added HTTPS redirect rules to .htaccess this morning, and he isn\'t answering his phone. Their other sites on the account are fine, server OK. She asked us to fix the site.',
    requester: { name: 'Yael Peretz', email: 'yael@mintcosmetics.co.il' },
    organization: 'Mint Cosmetics',
    tags: ['extended-support'],
    labels: { owner: 'customer', party: 'web_developer', queue: 'technical', urgent: false },
    ageMinutes: 235,
  },
  {
    id: '12',
    sourceId: 'd032',
    lang: 'he',
    channel: 'chat',
    subject: '',
    body: 'יש תקלה אצלכם?',
    requester: { name: 'עומר גבאי', email: 'omer.gabay@gmail.com' },
    labels: { owner: 'undetermined', party: 'unknown', queue: 'technical', urgent: false },
    ageMinutes: 7 * 24 * 60 + 300,
  },
];

/** The demo tickets with created (and replied) times relative to `now`. */
export function demoTickets(now: number = Date.now()): DemoTicketSource[] {
  return SEEDS.map(({ ageMinutes, repliedAfterMinutes, ...ticket }) => {
    const created = now - ageMinutes * MINUTE;
    const demo: DemoTicketSource = { ...ticket, createdAt: new Date(created).toISOString() };
    if (repliedAfterMinutes === 20) demo.agentReplied = true;
    else if (repliedAfterMinutes !== undefined) {
      demo.agentReplied = new Date(created + repliedAfterMinutes * MINUTE).toISOString();
    }
    return demo;
  });
}

/** The demo tickets as of when this module was loaded. */
export const DEMO_TICKETS: readonly DemoTicketSource[] = demoTickets();

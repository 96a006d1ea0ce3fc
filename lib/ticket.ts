// A ticket as Gvul sees it, whatever helpdesk it came from: the adapters produce it, the
// classifier, the SLA clock and the reply templates consume it.

export const CHANNELS = ['email', 'web', 'phone', 'chat', 'unknown'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LANGS = ['he', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

export interface Requester {
  name?: string;
  email?: string;
}

export interface Ticket {
  id: string;
  subject: string;
  /** The customer's own messages only (no agent replies, no internal notes), joined by blank lines. */
  body: string;
  channel?: Channel;
  lang?: Lang;
  /** ISO 8601 instant with an offset or Z. */
  createdAt?: string;
  requester?: Requester;
  /** ISO instant of the first agent reply to the customer, when there is one. */
  firstReplyAt?: string;
  department?: string;
  /**
   * The labels the helpdesk shows on the ticket or on its customer, as written: Zendesk ticket
   * and organisation tags, Freshdesk tags, Zoho tags and the account's contract, Help Scout tags
   * and customer properties, RT custom fields and queue. Team settings (lib/contract.ts) read
   * them; the classifier does not.
   */
  tags?: string[];
  /** The customer's organisation as the helpdesk names it (Zendesk organisation, Freshdesk company, Zoho account). */
  organization?: string;
}

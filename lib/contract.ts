// Does the ticket's customer have an extended service contract? Read from what the helpdesk
// shows (tags, organisation, requester address) under the team's rules. Pure.
import type { ContractRules } from './policy/contract';
import type { Ticket } from './ticket';

/** What marked the customer: the rule and the value on the ticket it matched. */
export interface ContractMatch {
  by: 'tag' | 'organization' | 'requester';
  /** The team's entry that matched, as the team wrote it. */
  rule: string;
}

const fold = (s: string) => s.normalize('NFKC').trim().toLocaleLowerCase('en');

/** The domain part of a requester rule (`@x.co.il` and `x.co.il` alike), or null for an address rule. */
function domainOf(rule: string): string | null {
  const r = fold(rule);
  if (r.startsWith('@')) return r.slice(1);
  return r.includes('@') ? null : r;
}

function requesterMatches(rule: string, email: string): boolean {
  const domain = domainOf(rule);
  if (domain === null) return fold(rule) === email;
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const host = email.slice(at + 1);
  return host === domain || host.endsWith(`.${domain}`);
}

export function contractOf(ticket: Pick<Ticket, 'tags' | 'organization' | 'requester'>, rules: ContractRules): ContractMatch | null {
  const tags = new Set((ticket.tags ?? []).map(fold));
  const tag = rules.tags.find((t) => tags.has(fold(t)));
  if (tag !== undefined) return { by: 'tag', rule: tag };
  const organization = ticket.organization ? fold(ticket.organization) : '';
  const org = organization ? rules.organizations.find((o) => fold(o) === organization) : undefined;
  if (org !== undefined) return { by: 'organization', rule: org };
  const email = ticket.requester?.email ? fold(ticket.requester.email) : '';
  const requester = email ? rules.requesters.find((r) => requesterMatches(r, email)) : undefined;
  if (requester !== undefined) return { by: 'requester', rule: requester };
  return null;
}

export type ContractFields = Pick<Ticket, 'tags' | 'organization' | 'requester'>;

/**
 * The optional `tags`, `organization` and `requester: {name, email}` of a ticket given as JSON
 * (the CLIs' input lines), or why they cannot be used.
 */
export function readContractFields(record: Record<string, unknown>): ContractFields | string {
  const out: ContractFields = {};
  const { tags, organization, requester } = record;
  if (tags !== undefined && tags !== null) {
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return '"tags" must be a list of strings';
    out.tags = tags;
  }
  if (organization !== undefined && organization !== null) {
    if (typeof organization !== 'string') return '"organization" must be a string';
    out.organization = organization;
  }
  if (requester !== undefined && requester !== null) {
    if (typeof requester !== 'object' || Array.isArray(requester)) return '"requester" must be an object {name, email}';
    const { name, email } = requester as Record<string, unknown>;
    if (name !== undefined && typeof name !== 'string') return '"requester.name" must be a string';
    if (email !== undefined && typeof email !== 'string') return '"requester.email" must be a string';
    out.requester = { ...(name ? { name } : {}), ...(email ? { email } : {}) };
  }
  return out;
}

// The ticket's own facts that a reply can use: the outside company it names and the customer's
// own words for who or what is affected. The classifier reports the facts its decision rests on
// (kind, value, span); before a classifier that does, the company comes from the policy's vendor
// directory and the scope words are simply not used.
import type { Verdict } from '../classifier';
import type { ClassificationPolicy } from '../policy/classification';
import type { Ticket } from '../ticket';

/** A decisive fact as the classifier reports it (`verdict.facts`, where the classifier has them). */
interface VerdictFact {
  kind: string;
  value: string;
  span?: { field?: 'subject' | 'body'; start?: number; end?: number; text?: string };
}

export interface TicketFacts {
  /** Placeholder values by name: `fact.company`, `fact.scope`. */
  values: { company?: string; scope?: string };
  /** `kind:value` of each decisive fact ("request:contacts"), for ranking the replies. */
  decisive: string[];
}

/** Parties that mean "another company": the only ones a company name in a reply helps. */
const OUTSIDE = new Set(['other_vendor', 'domain_registrar', 'isp', 'web_developer']);
const HEBREW_LETTER = /^[\u05d0-\u05ea]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function spanText(ticket: Ticket, fact: VerdictFact): string | undefined {
  const span = fact.span;
  if (!span) return undefined;
  if (typeof span.text === 'string') return span.text.trim() || undefined;
  const source = span.field === 'subject' ? ticket.subject : ticket.body;
  if (typeof source !== 'string' || span.start === undefined || span.end === undefined) return undefined;
  return source.slice(span.start, span.end).trim() || undefined;
}

/**
 * The first vendor of the party in force that the ticket names, as the customer wrote it.
 * Hebrew names may carry a glued one-letter prefix ("בג'ימייל").
 */
function namedCompany(ticket: Ticket, party: string, policy: ClassificationPolicy): string | undefined {
  const text = `${ticket.subject ?? ''}\n${ticket.body ?? ''}`;
  let best: { index: number; name: string } | undefined;
  for (const vendor of policy.vendors ?? []) {
    if (vendor.party !== party) continue;
    for (const name of vendor.names) {
      const prefix = HEBREW_LETTER.test(name) ? '[בלמהוכש]?' : '';
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(${escape(name)})(?![\\p{L}\\p{N}])`, 'iu').exec(text);
      if (match && (!best || match.index < best.index)) {
        const start = match.index + match[0].length - match[1]!.length;
        best = { index: match.index, name: text.slice(start, start + match[1]!.length) };
      }
    }
  }
  return best?.name;
}

export function ticketFacts(ticket: Ticket, verdict: Verdict, policy: ClassificationPolicy, party = verdict.party): TicketFacts {
  const facts = (verdict as Verdict & { facts?: readonly VerdictFact[] }).facts ?? [];
  const scopeFact = facts.find((f) => f.kind === 'scope' && ['one_device', 'one_location', 'one_user'].includes(f.value));
  return {
    values: {
      company: OUTSIDE.has(party) ? namedCompany(ticket, party, policy) : undefined,
      scope: scopeFact ? spanText(ticket, scopeFact) : undefined,
    },
    decisive: facts.map((f) => `${f.kind}:${f.value}`),
  };
}

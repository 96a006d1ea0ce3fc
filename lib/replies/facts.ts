// The ticket's own facts that a reply can use: the outside company it names and the customer's
// own words for who or what is affected. The classifier reports the facts its decision rests on
// (kind, value, span, the vendor when it is a named company); a company the directory knows but
// that did not decide anything is still found by name for the party in force.
import type { Fact, Verdict } from '../classifier';
import type { ClassificationPolicy } from '../policy/classification';
import type { Ticket } from '../ticket';

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

const spanText = (fact: Fact) => fact.span.text.trim() || undefined;

type Vendors = NonNullable<ClassificationPolicy['vendors']>;

/**
 * Each vendor name as a pattern, made once per directory (a settings change brings a new one):
 * building them for every view cost more than classifying the ticket. Hebrew names may carry a
 * glued one-letter prefix ("בג'ימייל").
 */
const namePatterns = new WeakMap<Vendors, { party: string; pattern: RegExp }[]>();
function patternsOf(vendors: Vendors) {
  let patterns = namePatterns.get(vendors);
  if (!patterns) {
    patterns = vendors.flatMap((vendor) =>
      vendor.names.map((name) => {
        const prefix = HEBREW_LETTER.test(name) ? '[בלמהוכש]?' : '';
        return { party: vendor.party, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(${escape(name)})(?![\\p{L}\\p{N}])`, 'iu') };
      }),
    );
    namePatterns.set(vendors, patterns);
  }
  return patterns;
}

/** The first vendor of the party in force that the ticket names, as the customer wrote it. */
function namedCompany(ticket: Ticket, party: string, policy: ClassificationPolicy): string | undefined {
  const text = `${ticket.subject ?? ''}\n${ticket.body ?? ''}`;
  let best: { index: number; name: string } | undefined;
  for (const { party: vendorParty, pattern } of policy.vendors ? patternsOf(policy.vendors) : []) {
    if (vendorParty !== party) continue;
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) {
      const start = match.index + match[0].length - match[1]!.length;
      best = { index: match.index, name: text.slice(start, start + match[1]!.length) };
    }
  }
  return best?.name;
}

export function ticketFacts(ticket: Ticket, verdict: Verdict, policy: ClassificationPolicy, party = verdict.party): TicketFacts {
  const facts = verdict.facts ?? [];
  // Only the narrow scopes are worth quoting back ("only on my laptop"), not "the whole office".
  const scopeFact = facts.find((f) => f.kind === 'scope' && ['one_device', 'one_location'].includes(f.value));
  const vendorFact = facts.find((f) => f.vendor && f.party === party);
  const company = OUTSIDE.has(party) ? (vendorFact ? spanText(vendorFact) : namedCompany(ticket, party, policy)) : undefined;
  return {
    values: { company, scope: scopeFact ? spanText(scopeFact) : undefined },
    decisive: facts.map((f) => `${f.kind}:${f.value}`),
  };
}

// The ticket's own facts that a reply can use: the outside company it names and the customer's
// own words for who or what is affected. Both come from the facts the classifier reports, so
// vendor names are matched in one place (lib/classifier/signals.ts) and a mention the classifier
// reads as negated ("we are not with GoDaddy") is never quoted as the company.
import type { Verdict } from '../classifier';
import type { Party } from '../policy/labels';

export interface TicketFacts {
  /** Placeholder values by name: `fact.company`, `fact.scope`. */
  values: { company?: string; scope?: string };
  /** `kind:value` of each decisive fact ("request:contacts"), for ranking the replies. */
  decisive: string[];
}

/** Parties that mean "another company": the only ones a company name in a reply helps. */
const OUTSIDE = new Set<Party>(['other_vendor', 'domain_registrar', 'isp', 'web_developer']);

/** `party` is the one in force: the verdict's, or the agent's correction of it. */
export function ticketFacts(verdict: Verdict, party: Party = verdict.party): TicketFacts {
  const facts = verdict.facts ?? [];
  // Only the narrow scopes are worth quoting back ("only on my laptop"), not "the whole office".
  const scopeFact = facts.find((f) => f.kind === 'scope' && ['one_device', 'one_location'].includes(f.value));
  // The company the directory files under that party; the facts come decisive first, then
  // strongest, so the mention quoted is the one that weighed most (not one in a quoted reply).
  const named = OUTSIDE.has(party) ? facts.find((f) => f.company?.party === party)?.company : undefined;
  return {
    values: { company: named?.name.trim() || undefined, scope: scopeFact?.span.text.trim() || undefined },
    decisive: facts.map((f) => `${f.kind}:${f.value}`),
  };
}

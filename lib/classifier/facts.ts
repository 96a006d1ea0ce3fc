// The decision facts of a ticket, the way the policy reasons: who is affected, what still works,
// where the failing component lives, what changed and by whom, what is asked for. Each fact comes
// from a policy signal (or a vendor's name) found in the text, keeps its span, and points to the
// party its learned weight favours. Facts that point to both sides of the boundary conflict: the
// verdict then says less and asks the question that settles them.

import type { DiagnosticQuestion, FactKind } from '../policy/classification';
import { PARTIES, ownerOf, type Party } from '../policy/labels';
import type { Ticket } from '../ticket';
import type { TicketAnalysis } from './features';
import { CLASS_COUNT } from './model';

export interface FactSpan {
  field: 'subject' | 'body';
  /** UTF-16 offsets into `ticket.subject` or `ticket.body` exactly as given. */
  start: number;
  end: number;
  text: string;
}

export interface Fact {
  kind: FactKind;
  value: string;
  /** Where the ticket says it. */
  span: FactSpan;
  /** The party this fact points to under the policy and the model. */
  party: Party;
  /** Id of the policy clause the fact supports. */
  clause: string;
  /** The vendor directory entry when the fact is a named company. */
  vendor?: string;
  /**
   * A named company as the reply quotes it: its name as the ticket writes it (without a glued
   * Hebrew prefix) and the party the directory gives it, which `party` (learned) may not be.
   */
  company?: { name: string; party: Party };
  /** How much it pushes toward `party` over the average party (log-odds). */
  strength: number;
}

/** A fact weaker than this (log-odds over the average party) is reported but decides nothing. */
export const DECIDING_STRENGTH = 0.5;

/**
 * The clause a hit supports for a party: the signal's own clause when the signal is about that
 * party, otherwise the clause of the party itself (a signal that also leans elsewhere must not
 * lend its wording to a clause about something else).
 */
export function clauseFor(analysis: TicketAnalysis, signal: number, party: Party): string {
  const s = analysis.compiled.signals[signal];
  const partyClause = analysis.compiled.policy.parties.find((p) => p.id === party)?.clause ?? 'undetermined';
  if (!s) return partyClause;
  let top = -1;
  for (let c = 0; c < CLASS_COUNT; c++) if ((s.prior[c] as number) > 0 && (top < 0 || (s.prior[c] as number) > (s.prior[top] as number))) top = c;
  return top < 0 || PARTIES[top] === party ? s.clause : partyClause;
}

/** The facts of a ticket, strongest first within each kind; one per kind and value. */
export function extractFacts(ticket: Ticket, analysis: TicketAnalysis, contributions: Float64Array): Fact[] {
  const { compiled } = analysis;
  const byValue = new Map<string, Fact>();
  for (const hit of analysis.hits) {
    if (hit.negated) continue;
    const signal = compiled.signals[hit.signal];
    if (!signal?.fact) continue;
    let mean = 0;
    for (let c = 0; c < CLASS_COUNT; c++) mean += contributions[hit.signal * CLASS_COUNT + c] as number;
    mean /= CLASS_COUNT;
    let best = -1;
    for (let c = 0; c < CLASS_COUNT; c++) {
      if (PARTIES[c] === 'unknown') continue;
      if (best < 0 || (contributions[hit.signal * CLASS_COUNT + c] as number) > (contributions[hit.signal * CLASS_COUNT + best] as number)) best = c;
    }
    const party = PARTIES[best] as Party;
    const strength = ((contributions[hit.signal * CLASS_COUNT + best] as number) - mean) * hit.weight;
    const field = hit.field === 'subject' ? ticket.subject : ticket.body;
    const source = typeof field === 'string' ? field : '';
    const vendor = hit.vendor === undefined ? undefined : compiled.policy.vendors[hit.vendor];
    const fact: Fact = {
      kind: signal.fact.kind,
      value: signal.fact.value,
      span: { field: hit.field, start: hit.start, end: hit.end, text: source.slice(hit.start, hit.end) },
      party,
      clause: clauseFor(analysis, hit.signal, party),
      ...(vendor ? { vendor: vendor.id, company: { name: source.slice(hit.nameStart ?? hit.start, hit.end), party: vendor.party } } : {}),
      strength: Math.round(strength * 1000) / 1000,
    };
    const key = `${fact.kind}:${fact.value}:${fact.vendor ?? ''}`;
    const held = byValue.get(key);
    if (!held || fact.strength > held.strength) byValue.set(key, fact);
  }
  return [...byValue.values()].sort((a, b) => b.strength - a.strength || a.span.start - b.span.start);
}

/** The decisive fact: the strongest one that points to the chosen party. */
export function decisiveFact(facts: Fact[], party: Party): Fact | undefined {
  return facts.find((f) => f.party === party && f.strength >= DECIDING_STRENGTH / 2);
}

/**
 * Two deciding facts that point to opposite sides of the boundary (the provider and a party on
 * the customer's side), strongest of each side; undefined when the facts agree.
 */
export function conflictingFacts(facts: Fact[]): [Fact, Fact] | undefined {
  const deciding = facts.filter((f) => f.strength >= DECIDING_STRENGTH && ownerOf(f.party) !== 'undetermined');
  const provider = deciding.find((f) => f.party === 'provider');
  const customer = deciding.find((f) => ownerOf(f.party) === 'customer');
  return provider && customer ? [provider, customer] : undefined;
}

/** The policy question whose answer tells the two parties apart (the first that names both). */
export function settlingQuestion(questions: DiagnosticQuestion[], a: Party, b: Party): DiagnosticQuestion | undefined {
  return questions.find((q) => q.parties.includes(a) && q.parties.includes(b));
}

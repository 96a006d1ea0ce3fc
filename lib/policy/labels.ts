// The labels of POLICY.md section 2: what the classifier decides for one ticket.

export const OWNERS = ['provider', 'customer', 'undetermined'] as const;
export type Owner = (typeof OWNERS)[number];

export const PARTIES = [
  'provider',
  'customer_it',
  'isp',
  'domain_registrar',
  'web_developer',
  'other_vendor',
  'customer_self',
  'unknown',
] as const;
export type Party = (typeof PARTIES)[number];

export const QUEUES = ['technical', 'customer_service', 'finance', 'management'] as const;
export type Queue = (typeof QUEUES)[number];

/** The owner a party implies: `provider` iff provider, `undetermined` iff unknown. */
export function ownerOf(party: Party): Owner {
  if (party === 'provider') return 'provider';
  if (party === 'unknown') return 'undetermined';
  return 'customer';
}

/**
 * How far the agent can rely on a verdict: `firm` at or above the team's firm threshold (or
 * when the agent set the party), `leaning` below it (check first), `ask` when undetermined.
 */
export type Certainty = 'firm' | 'leaning' | 'ask';

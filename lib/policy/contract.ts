// Who has an extended service contract, as data. The policy gives such customers 24/7 service
// and help with customer-side problems too (POLICY.md: "Support service and fault handling",
// "Paid support"); how a team recognises them depends on how it keeps them in its helpdesk, so
// every list here is the team's to change. Any one entry that matches marks the customer.

import type { ContractRules } from './schema';

export type { ContractRules } from './schema';

/** A requester rule the matcher understands: an e-mail address or a domain (optionally with a leading @). */
export function isRequesterRule(rule: string): boolean {
  return /^(?:[^\s@]+@|@)?[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?(?:\.[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?)+$/i.test(
    rule.trim(),
  );
}

export const DEFAULT_CONTRACT_RULES: ContractRules = {
  tags: ['extended-support'],
  organizations: [],
  requesters: [],
};

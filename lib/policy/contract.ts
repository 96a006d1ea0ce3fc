// Who has an extended service contract, as data. The policy gives such customers 24/7 service
// and help with customer-side problems too (POLICY.md: "Support service and fault handling",
// "Paid support"); how a team recognises them depends on how it keeps them in its helpdesk, so
// every list here is the team's to change. Any one entry that matches marks the customer.

export interface ContractRules {
  /**
   * Tags, field values or labels the helpdesk shows on the ticket or its customer (`Ticket.tags`)
   * that mark a contract customer. Compared without regard to case.
   */
  tags: string[];
  /** Organisations (Zendesk organisation, Freshdesk company, Zoho account) that have a contract. */
  organizations: string[];
  /**
   * Requesters that have a contract: an address (`dana@levi-law.co.il`) is that requester; a
   * domain (`levi-law.co.il`, or `@levi-law.co.il`) is everyone at it and at its subdomains.
   */
  requesters: string[];
}

export const DEFAULT_CONTRACT_RULES: ContractRules = {
  tags: ['extended-support'],
  organizations: [],
  requesters: [],
};

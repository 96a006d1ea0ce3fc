// Customers with an extended service contract: recognised from the ticket's tags, organisation
// or requester under the team's rules; the verdict stays the policy's, the clock runs 24/7 and
// "we take it on" is the first reply.
import { describe, expect, it } from 'vitest';
import { contractOf } from '../../../lib/contract';
import { isRequesterRule } from '../../../lib/policy/contract';
import { DEFAULT_CONTRACT_RULES, type ContractRules } from '../../../lib/policy/contract';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { exportSettingsFile, parseSettingsFile } from '../../../lib/settings/file';
import { checkSettings } from '../../../lib/settings/schema';
import { describeRule, dueAt, targetFor, DEFAULT_SLA_POLICY } from '../../../lib/sla';
import { viewTicket } from '../../../lib/ticket-view';
import type { Ticket } from '../../../lib/ticket';

const HOUR = 3_600_000;

/** A customer-side fault (the customer's own laptop), written in by e-mail on Friday 22:00 in Jerusalem. */
const fridayNight = (more: Partial<Ticket> = {}): Ticket => ({
  id: '501',
  subject: 'Outlook keeps crashing',
  body: 'Outlook crashes every time I open it on my laptop. Webmail works fine with the same mailbox.',
  channel: 'email',
  createdAt: '2026-03-06T22:00:00+02:00',
  requester: { name: 'Dana Levi', email: 'dana@levi-law.co.il' },
  ...more,
});

const withRules = (rules: Partial<ContractRules>): Settings => ({
  ...DEFAULT_SETTINGS,
  contracts: { tags: [], organizations: [], requesters: [], ...rules },
});

describe('who has a contract', () => {
  it('by default, the tag extended-support marks the customer, in any case', () => {
    expect(contractOf({ tags: ['vip', 'Extended-Support'] }, DEFAULT_CONTRACT_RULES)).toEqual({ by: 'tag', rule: 'extended-support' });
    expect(contractOf({ tags: ['vip'] }, DEFAULT_CONTRACT_RULES)).toBeNull();
    expect(contractOf({}, DEFAULT_CONTRACT_RULES)).toBeNull();
  });

  it('a domain list marks everyone at the domain and its subdomains; an address marks that requester only', () => {
    const rules: ContractRules = { tags: [], organizations: [], requesters: ['levi-law.co.il', '@mizrahi.co.il', 'noa@harbor.com'] };
    const who = (email: string) => contractOf({ requester: { email } }, rules);
    expect(who('Dana@Levi-Law.co.il')).toEqual({ by: 'requester', rule: 'levi-law.co.il' });
    expect(who('it@office.levi-law.co.il')).toEqual({ by: 'requester', rule: 'levi-law.co.il' });
    expect(who('avi@mizrahi.co.il')).toEqual({ by: 'requester', rule: '@mizrahi.co.il' });
    expect(who('noa@harbor.com')).toEqual({ by: 'requester', rule: 'noa@harbor.com' });
    expect(who('dan@harbor.com')).toBeNull();
    expect(who('dana@notlevi-law.co.il')).toBeNull();
    // The tag rule is off here: a tag alone marks nobody.
    expect(contractOf({ tags: ['extended-support'], requester: { email: 'x@other.com' } }, rules)).toBeNull();
  });

  it('with tags and a domain list both set, either one marks the customer', () => {
    const rules: ContractRules = { tags: ['extended-support'], organizations: ['Harbor Line Ltd'], requesters: ['levi-law.co.il'] };
    expect(contractOf({ tags: ['extended-support'], requester: { email: 'a@x.com' } }, rules)?.by).toBe('tag');
    expect(contractOf({ tags: [], requester: { email: 'a@levi-law.co.il' } }, rules)?.by).toBe('requester');
    expect(contractOf({ organization: ' harbor line ltd ' }, rules)?.by).toBe('organization');
    expect(contractOf({ tags: ['vip'], organization: 'Other', requester: { email: 'a@x.com' } }, rules)).toBeNull();
  });

  it('knows an address or a domain from anything else', () => {
    for (const ok of ['levi-law.co.il', '@levi-law.co.il', 'dana@levi-law.co.il', 'דואר.co.il']) expect(isRequesterRule(ok), ok).toBe(true);
    for (const bad of ['', 'levi law', 'localhost', 'a@b@c.com', '.co.il', 'x@']) expect(isRequesterRule(bad), bad).toBe(false);
  });
});

describe('a contract customer\'s ticket', () => {
  it('a customer-side ticket created Friday night is due two wall-clock hours later; without the contract, on Sunday', () => {
    const contract = viewTicket(fridayNight({ tags: ['extended-support'] }), DEFAULT_SETTINGS);
    const plain = viewTicket(fridayNight(), DEFAULT_SETTINGS);

    // The verdict stays the policy's: still the customer's side.
    expect(contract.owner).toBe('customer');
    expect(contract.party).toBe(plain.party);
    expect(contract.verdict).toEqual(plain.verdict);
    expect(contract.contract).toEqual({ by: 'tag', rule: 'extended-support' });
    expect(plain.contract).toBeNull();

    const due = dueAt(contract.sla!, DEFAULT_SETTINGS.sla);
    expect(Date.parse(due.dueAt) - Date.parse('2026-03-06T22:00:00+02:00')).toBe(2 * HOUR);
    expect(due.clock).toBe('calendar');
    expect(due.target.contract).toBe(true);
    // Closed Friday and Saturday: the business clock starts Sunday 09:00 and runs two hours.
    expect(dueAt(plain.sla!, DEFAULT_SETTINGS.sla).dueAt).toBe('2026-03-08T09:00:00Z');
  });

  it('offers contract_covered first, keeps the boundary reply, and drops the offer to buy what they have', () => {
    const contract = viewTicket(fridayNight({ tags: ['extended-support'] }), DEFAULT_SETTINGS);
    const ids = contract.replies.map((r) => r.id);
    expect(ids[0]).toBe('contract_covered');
    expect(ids).toContain(contract.party);
    expect(ids).not.toContain('extended_support');
    expect(contract.replies[0]!.text).toContain('#501');
    expect(viewTicket(fridayNight(), DEFAULT_SETTINGS).replies[0]!.id).toBe(viewTicket(fridayNight(), DEFAULT_SETTINGS).party);
  });

  it('the domain list and the organisation list mark the same ticket as the tag does', () => {
    const byDomain = viewTicket(fridayNight(), withRules({ requesters: ['levi-law.co.il'] }));
    const byOrg = viewTicket(fridayNight({ organization: 'Levi & Co. Law' }), withRules({ organizations: ['Levi & Co. Law'] }));
    for (const view of [byDomain, byOrg]) {
      expect(view.replies[0]!.id).toBe('contract_covered');
      expect(dueAt(view.sla!, DEFAULT_SETTINGS.sla).dueAt).toBe('2026-03-06T22:00:00Z');
    }
  });

  it('runs on the team\'s contract targets when the team sets them, for the queues the contract covers', () => {
    const sla = { ...DEFAULT_SLA_POLICY, contract: { queues: ['technical' as const], targets: { ...DEFAULT_SLA_POLICY.targets.technical, email: { amount: 1, unit: 'business_hours' as const } } } };
    const base = { createdAt: '2026-03-06T22:00:00+02:00', queue: 'technical' as const, channel: 'email' as const, urgent: false, contract: true };
    expect(targetFor(base, sla)).toMatchObject({ minutes: 60, clock: 'calendar', contract: true });
    expect(targetFor({ ...base, channel: 'phone' }, sla)).toMatchObject({ minutes: 240, clock: 'calendar' });
    // A finance question keeps the finance queue's business clock.
    expect(targetFor({ ...base, queue: 'finance' }, sla)).toMatchObject({ clock: 'business', unit: 'business_days' });
    expect(targetFor({ ...base, queue: 'finance' }, sla).contract).toBeUndefined();
    // An urgent failure keeps whichever 24/7 target is sooner.
    expect(targetFor({ ...base, urgent: true, channel: 'phone' }, sla)).toMatchObject({ minutes: 240, clock: 'calendar' });
    expect(targetFor({ ...base, urgent: true }, sla)).toMatchObject({ minutes: 60, contract: true });
  });

  it('a settings file from before contracts (no sla.contract) gives the technical target of the channel', () => {
    const { contract: _, ...older } = DEFAULT_SLA_POLICY;
    const t = targetFor({ queue: 'technical', channel: 'phone', urgent: false, contract: true }, older);
    expect(t).toMatchObject({ minutes: 240, clock: 'calendar', contract: true });
  });

  it('the SLA card\'s rule says why the clock runs around the clock, in both languages', () => {
    const target = targetFor({ queue: 'technical', channel: 'email', urgent: false, contract: true }, DEFAULT_SLA_POLICY);
    expect(describeRule(target, DEFAULT_SLA_POLICY, 'en')).toMatch(/^24\/7: extended service contract, technical, .*around the clock/);
    expect(describeRule(target, DEFAULT_SLA_POLICY, 'he')).toMatch(/^24\/7: חוזה שירות מורחב, טכני/);
  });
});

describe('contract settings', () => {
  it('are exported and imported with the rest of the team\'s settings', () => {
    const mine: Settings = { ...DEFAULT_SETTINGS, contracts: { tags: ['premium'], organizations: ['Levi Law'], requesters: ['levi-law.co.il'] } };
    const file = exportSettingsFile(mine);
    expect(JSON.parse(file).settings.contracts).toEqual(mine.contracts);
    const back = parseSettingsFile(file, DEFAULT_SETTINGS);
    expect(back.ok && back.value.contracts).toEqual(mine.contracts);
  });

  it('a file from before contracts imports with the default rule', () => {
    const r = parseSettingsFile(JSON.stringify({ format: 'gvul-settings', version: 1, settings: { sla: { ...DEFAULT_SLA_POLICY, contract: undefined } } }), DEFAULT_SETTINGS);
    expect(r.ok && r.value.contracts).toEqual(DEFAULT_CONTRACT_RULES);
  });

  it('a requester that is neither an address nor a domain, an empty tag, or a duplicate is refused with its path', () => {
    const check = (contracts: unknown) => {
      const r = checkSettings({ ...DEFAULT_SETTINGS, contracts }, 'en');
      return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.problem}`);
    };
    expect(check({ tags: [], organizations: [], requesters: ['levi law'] })).toEqual([
      'contracts.requesters[0]: must be an e-mail address (dana@example.com) or a domain (example.com)',
    ]);
    expect(check({ tags: [' '], organizations: [], requesters: [] })).toEqual(['contracts.tags[0]: must not be empty']);
    expect(check({ tags: ['VIP', 'vip'], organizations: [], requesters: [] })).toEqual(['contracts.tags: an entry is listed twice']);
    expect(check({ tags: [], organizations: [], requesters: [], vip: true })[0]).toMatch(/^contracts\.vip: unknown field/);
    const he = checkSettings({ ...DEFAULT_SETTINGS, contracts: { tags: [], organizations: [], requesters: ['x'] } }, 'he');
    expect(he.ok ? '' : he.problems[0]!.problem).toMatch(/דוא״ל/);
  });
});

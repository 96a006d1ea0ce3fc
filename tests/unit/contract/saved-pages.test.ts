// @vitest-environment happy-dom
// The saved helpdesk pages: each helpdesk's way of showing a contract (Zendesk tags, Freshdesk
// tags, the Zoho account's contract, a Help Scout customer property) reaches the default rule;
// no other saved page marks its customer.
import { describe, expect, it } from 'vitest';
import { readOpenTicket } from '../../../lib/adapters/index.ts';
import { contractOf } from '../../../lib/contract.ts';
import { DEFAULT_CONTRACT_RULES } from '../../../lib/policy/contract.ts';
import { customFixtureConfig, loadFixtures, parse } from '../adapters/fixtures.ts';

const FIXTURES = loadFixtures().filter((f) => f.expect.read?.ok);

describe('contract customers on the saved pages', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    const found = readOpenTicket(fixture.url, parse(fixture.html), [customFixtureConfig()], fixture.related);
    expect(found?.result.ok).toBe(true);
    const ticket = found!.result.ok ? found!.result.ticket : undefined;
    const match = contractOf(ticket!, DEFAULT_CONTRACT_RULES);
    if (name.endsWith('/contract')) {
      expect(match).toEqual({ by: 'tag', rule: 'extended-support' });
      expect(ticket!.organization).toBeTruthy();
    } else {
      expect(match).toBeNull();
    }
  });

  it('there is one such page per built-in helpdesk', () => {
    expect(FIXTURES.filter((f) => f.name.endsWith('/contract')).map((f) => f.expect.adapter).sort()).toEqual([
      'freshdesk',
      'helpscout',
      'zendesk',
      'zoho',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { freshdesk } from '../../../lib/adapters/freshdesk.ts';
import { helpscout } from '../../../lib/adapters/helpscout.ts';
import { findAdapter } from '../../../lib/adapters/index.ts';
import { compileMatchPattern, fillPage, matchPage, realHelpdeskUrl } from '../../../lib/adapters/location.ts';
import type { BuiltinAdapter } from '../../../lib/adapters/types.ts';
import { zendesk } from '../../../lib/adapters/zendesk.ts';
import { zoho } from '../../../lib/adapters/zoho.ts';

// URL-only questions: an empty stand-in document is enough (no ticket header on it).
const doc = { querySelector: () => null, querySelectorAll: () => [] } as unknown as Document;

describe('the demo prefix, stripped before an adapter sees the URL', () => {
  const real = (href: string, adapter: BuiltinAdapter) => realHelpdeskUrl(new URL(href), adapter.id, adapter.hosts).href;

  it('becomes the real helpdesk\'s URL on 127.0.0.1 and localhost, whatever the port', () => {
    expect(real('http://127.0.0.1:5173/zendesk/agent/tickets/7?x=1', zendesk)).toBe('https://demo.zendesk.com/agent/tickets/7?x=1');
    expect(real('http://localhost/zendesk', zendesk)).toBe('https://demo.zendesk.com/');
    expect(real('http://localhost:1/zoho/support/p/ShowHomePage.do#Cases/dv/9', zoho)).toBe(
      'https://desk.zoho.com/support/p/ShowHomePage.do#Cases/dv/9',
    );
  });

  it("leaves another helpdesk's prefix, a look-alike and real hosts alone", () => {
    for (const href of [
      'http://127.0.0.1:5173/zoho/agent/tickets/7',
      'http://127.0.0.1:5173/zendeskx/agent/tickets/7',
      'http://127.0.0.1:5173/',
      'https://acme.zendesk.com/zendesk/agent/tickets/5',
      'http://192.168.1.5:5173/zendesk/agent/tickets/1',
    ]) {
      expect(real(href, zendesk), href).toBe(new URL(href).href);
    }
  });
});

describe('page shapes', () => {
  it('fill in and read back their parts', () => {
    const template = '/agent/:portal/:department/tickets/details/:ticketId';
    const path = fillPage(template, { portal: 'acme', department: 'tech support', ticketId: '7' });
    expect(path).toBe('/agent/acme/tech%20support/tickets/details/7');
    expect(matchPage(template, path)).toEqual({ portal: 'acme', department: 'tech support', ticketId: '7' });
    expect(matchPage(template, '/agent/acme/tickets/details/7')).toBeNull();
    expect(matchPage('/a/tickets/:ticketId', '/a/tickets/%E0%A4%A')).toBeNull();
    expect(() => fillPage(template, { ticketId: '7' })).toThrow(/:portal/);
  });
});

describe('each adapter on its URL shapes', () => {
  const cases: [BuiltinAdapter, string, string | null][] = [
    [zendesk, 'https://acme.zendesk.com/agent/tickets/48213', '48213'],
    [zendesk, 'https://acme-eu.zendesk.com/agent/tickets/48213/events', '48213'],
    [zendesk, 'https://acme.zendesk.com/agent/filters/360012', null],
    [zendesk, 'http://127.0.0.1:5173/zendesk/agent/tickets/7', '7'],
    [zendesk, 'http://localhost:4173/zendesk/agent/tickets', null],
    [zoho, 'https://desk.zoho.com/agent/acme/support/tickets/details/1043', '1043'],
    [zoho, 'https://desk.zoho.eu/agent/acme/tech-support/tickets/details/2210', '2210'],
    [zoho, 'https://desk.zoho.in/agent/acme/support/tickets/details/12', '12'],
    [zoho, 'https://desk.zoho.com.au/agent/acme/support/tickets/details/13/conversation', '13'],
    [zoho, 'https://desk.zoho.com/support/acme/ShowHomePage.do#Cases/dv/1187', '1187'],
    [zoho, 'https://desk.zoho.com/agent/acme/support/tickets/list/all-tickets', null],
    [zoho, 'http://127.0.0.1:5173/zoho/agent/demo/support/tickets/details/3001', '3001'],
    [zoho, 'http://127.0.0.1:5173/zoho/agent/demo/support/tickets', null],
    [freshdesk, 'https://acme.freshdesk.com/a/tickets/901', '901'],
    [freshdesk, 'https://acme.freshdesk.com/a/tickets/filters/all_tickets', null],
    [freshdesk, 'http://localhost:4173/freshdesk/a/tickets/12', '12'],
    [helpscout, 'https://secure.helpscout.net/conversation/2345678901/3120?folderId=1', '2345678901'],
    [helpscout, 'https://secure.helpscout.net/mailbox/abc123/', null],
    [helpscout, 'http://127.0.0.1:5173/helpscout/conversation/21/21', '21'],
  ];

  // Through the registry, which hands the adapters demo pages as the real helpdesk's URLs.
  it.each(cases.map(([a, href, id]) => [a.id, href, id] as const))('%s claims %s (ticket %s)', (id, href, ticketId) => {
    const url = new URL(href);
    const adapter = findAdapter(url, doc);
    expect(adapter?.id).toBe(id);
    expect(adapter?.ticketId(url, doc)).toBe(ticketId);
  });

  const foreign = [
    'https://zendesk.com.evil.example/agent/tickets/1',
    'https://acme.zendesk.com/hc/en-us/articles/1',
    'http://acme.zendesk.com/agent/tickets/1',
    'https://desk.zoho.co/agent/acme/support/tickets/details/1',
    'https://desk.zoho.com/portal/acme/en/home',
    'https://acme.freshdesk.com/support/tickets/1',
    'https://acme.freshservice.com/a/tickets/1',
    'https://helpscout.net/conversation/1/1',
    'https://secure.helpscout.net.evil.example/conversation/1/1',
    'http://127.0.0.1:5173/',
    'http://127.0.0.1:5173/other/zendesk/agent/tickets/1',
    'http://192.168.1.5:5173/zendesk/agent/tickets/1',
    'file:///tmp/zendesk/agent/tickets/1',
  ];

  it.each(foreign)('no built-in adapter claims %s', (href) => {
    expect(findAdapter(new URL(href), doc)).toBeNull();
    for (const adapter of [zendesk, zoho, freshdesk, helpscout]) {
      expect(adapter.matches(new URL(href), doc), adapter.id).toBe(false);
      expect(adapter.ticketId(new URL(href), doc), adapter.id).toBeNull();
    }
  });

  it('no adapter takes a demo page on its own: the registry hands it the real URL', () => {
    expect(zendesk.matches(new URL('http://127.0.0.1:5173/zendesk/agent/tickets/7'), doc)).toBe(false);
  });
});

describe('compileMatchPattern', () => {
  const matches = (pattern: string, href: string) => compileMatchPattern(pattern)?.(new URL(href)) ?? 'invalid';

  it('matches scheme, host and path as browsers do', () => {
    expect(matches('https://help.example.com/*', 'https://help.example.com/scp/tickets.php?id=1')).toBe(true);
    expect(matches('https://help.example.com/*', 'http://help.example.com/')).toBe(false);
    expect(matches('https://help.example.com/*', 'https://help.example.com.evil.example/')).toBe(false);
    expect(matches('*://*.example.org/desk/*', 'http://a.b.example.org/desk/t/1')).toBe(true);
    expect(matches('*://*.example.org/desk/*', 'https://example.org/desk/')).toBe(true);
    expect(matches('*://*.example.org/desk/*', 'https://badexample.org/desk/')).toBe(false);
    expect(matches('*://*.example.org/desk/*', 'https://example.org/other')).toBe(false);
    expect(matches('https://help.example.com/scp/tickets.php*', 'https://help.example.com/scp/tickets.php?id=3')).toBe(true);
  });

  it('honours a port when one is given', () => {
    expect(matches('http://localhost:8080/*', 'http://localhost:8080/ticket/1')).toBe(true);
    expect(matches('http://localhost:8080/*', 'http://localhost:9090/ticket/1')).toBe(false);
    expect(matches('http://localhost/*', 'http://localhost:9090/ticket/1')).toBe(true);
    expect(matches('https://help.example.com:443/*', 'https://help.example.com/')).toBe(true);
  });

  it('rejects what is not a match pattern', () => {
    for (const bad of ['', 'help.example.com', 'https://help.example.com', 'ftp://x/*', 'https://he*lp.com/*', 'https://*.*/x']) {
      expect(compileMatchPattern(bad), bad).toBeNull();
    }
    // A regex-looking path is literal text, not a regex.
    expect(matches('https://x.example/(a|b)/*', 'https://x.example/a/1')).toBe(false);
  });
});

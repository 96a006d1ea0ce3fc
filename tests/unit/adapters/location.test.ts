import { describe, expect, it } from 'vitest';
import { freshdesk } from '../../../lib/adapters/freshdesk.ts';
import { helpscout } from '../../../lib/adapters/helpscout.ts';
import { compileMatchPattern, helpdeskLocation } from '../../../lib/adapters/location.ts';
import type { HelpdeskAdapter } from '../../../lib/adapters/types.ts';
import { zendesk } from '../../../lib/adapters/zendesk.ts';
import { zoho } from '../../../lib/adapters/zoho.ts';

// URL-only questions: an empty stand-in document is enough (no ticket header on it).
const doc = { querySelector: () => null, querySelectorAll: () => [] } as unknown as Document;

describe('helpdeskLocation', () => {
  const isZendesk = (host: string) => host.endsWith('.zendesk.com');

  it('strips the demo prefix on 127.0.0.1 and localhost, whatever the port', () => {
    expect(helpdeskLocation(new URL('http://127.0.0.1:5173/zendesk/agent/tickets/7'), 'zendesk', isZendesk)).toEqual({
      path: '/agent/tickets/7',
      hash: '',
      demo: true,
    });
    expect(helpdeskLocation(new URL('http://localhost/zendesk'), 'zendesk', isZendesk)?.path).toBe('/');
    expect(helpdeskLocation(new URL('http://localhost:1/zoho/support/p/ShowHomePage.do#Cases/dv/9'), 'zoho', () => false)).toEqual({
      path: '/support/p/ShowHomePage.do',
      hash: '#Cases/dv/9',
      demo: true,
    });
  });

  it("refuses another flavour's prefix or a look-alike", () => {
    expect(helpdeskLocation(new URL('http://127.0.0.1:5173/zoho/agent/tickets/7'), 'zendesk', isZendesk)).toBeNull();
    expect(helpdeskLocation(new URL('http://127.0.0.1:5173/zendeskx/agent/tickets/7'), 'zendesk', isZendesk)).toBeNull();
    expect(helpdeskLocation(new URL('http://127.0.0.1:5173/'), 'zendesk', isZendesk)).toBeNull();
  });

  it('takes real hosts over https only, with their own path', () => {
    expect(helpdeskLocation(new URL('https://acme.zendesk.com/agent/tickets/5'), 'zendesk', isZendesk)).toEqual({
      path: '/agent/tickets/5',
      hash: '',
      demo: false,
    });
    expect(helpdeskLocation(new URL('http://acme.zendesk.com/agent/tickets/5'), 'zendesk', isZendesk)).toBeNull();
    expect(helpdeskLocation(new URL('https://example.com/zendesk/agent/tickets/5'), 'zendesk', isZendesk)).toBeNull();
  });
});

describe('each adapter on its URL shapes', () => {
  const cases: [HelpdeskAdapter, string, string | null][] = [
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

  it.each(cases.map(([a, href, id]) => [a.id, href, id, a] as const))('%s claims %s (ticket %s)', (_id, href, id, adapter) => {
    const url = new URL(href);
    expect(adapter.matches(url, doc)).toBe(true);
    expect(adapter.ticketId(url, doc)).toBe(id);
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
    for (const adapter of [zendesk, zoho, freshdesk, helpscout]) {
      expect(adapter.matches(new URL(href), doc), adapter.id).toBe(false);
      expect(adapter.ticketId(new URL(href), doc), adapter.id).toBeNull();
    }
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

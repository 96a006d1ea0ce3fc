// @vitest-environment happy-dom
// The one contract every helpdesk adapter keeps, run against every adapter and every saved page
// in tests/fixtures (see tests/fixtures/README.md for the expectation files).

import { describe, expect, it } from 'vitest';
import { createCustomAdapter } from '../../../lib/adapters/custom.ts';
import { BUILTIN_ADAPTERS, SELF_HOSTED_ADAPTERS, findAdapter, guardAdapter, readOpenTicket } from '../../../lib/adapters/index.ts';
import { exampleOrigin, fillPage, realHelpdeskUrl } from '../../../lib/adapters/location.ts';
import type { HelpdeskAdapter, ReadResult } from '../../../lib/adapters/types.ts';
import { readReasonText } from '../../../lib/i18n/problems.ts';
import { customFixtureConfig, loadFixtures, parse, seededRandom, type Fixture } from './fixtures.ts';

const customConfig = customFixtureConfig();
const ADAPTERS: HelpdeskAdapter[] = [...BUILTIN_ADAPTERS, ...SELF_HOSTED_ADAPTERS, createCustomAdapter(customConfig)];
const FIXTURES = loadFixtures();

/** What the registry hands an adapter for `url`: demo pages become the real helpdesk's URLs. */
function seenBy(adapter: HelpdeskAdapter, url: URL): URL {
  const builtin = BUILTIN_ADAPTERS.find((a) => a === adapter);
  return builtin ? realHelpdeskUrl(url, builtin.id, builtin.hosts) : url;
}

const PROBE_PARAMS = { ticketId: '48213', number: '3120', portal: 'acmehosting', department: 'support' };

/** A ticket URL each adapter claims, to make it read pages that are not its own: on each declared host. */
const PROBE_URLS: Record<string, string[]> = {
  ...Object.fromEntries(
    BUILTIN_ADAPTERS.map((a) => [a.id, a.hosts.map((h) => exampleOrigin([h]) + fillPage(a.pages.ticket, PROBE_PARAMS))]),
  ),
  'request-tracker': ['https://rt.example.com/rt/Ticket/Display.html?id=311', 'http://127.0.0.1:8080/Ticket/Update.html?Action=Respond;id=12'],
  custom: ['https://help.example.com/scp/tickets.php?id=311'],
};

/** Adapters that know their pages by the page's own markers (self-hosted, on any host), not by the URL. */
const BY_PAGE_MARKERS = new Set(['request-tracker']);

function fixturesOf(adapter: HelpdeskAdapter): Fixture[] {
  return FIXTURES.filter((f) => f.expect.adapter === adapter.id);
}

/** What every result must look like, whatever the page. */
function expectWellFormed(adapter: HelpdeskAdapter, url: URL, doc: Document, result: ReadResult): void {
  const id = adapter.ticketId(url, doc);
  if (result.ok) {
    expect(result.ticket.id).toBe(id);
    expect(typeof result.ticket.subject).toBe('string');
    expect(typeof result.ticket.body).toBe('string');
    expect(result.messageCount).toBeGreaterThan(0);
  } else {
    expect(result.ticketId ?? null).toBe(id);
    expect(result.missing.length).toBeGreaterThan(0);
    expect(result.reason.helpdesk).toBe(adapter.name);
    for (const lang of ['en', 'he'] as const) expect(readReasonText(lang, result.reason)).toMatch(/[\p{L}]{3,}.*[\p{L}]{3,}/u);
  }
}

function runEverything(adapter: HelpdeskAdapter, url: URL, doc: Document): void {
  adapter.matches(url, doc);
  adapter.findEditor(url, doc);
  expectWellFormed(adapter, url, doc, adapter.readTicket(url, doc));
}

/** A copy of `html` with elements removed and attributes stripped at random (seeded). */
function mangle(html: string, seed: number): Document {
  const random = seededRandom(seed);
  const doc = parse(html);
  const elements = Array.from(doc.body.querySelectorAll('*'));
  for (const el of elements) {
    const roll = random();
    if (roll < 0.12) el.remove();
    else if (roll < 0.2) {
      const attrs = Array.from(el.attributes);
      const attr = attrs[Math.floor(random() * attrs.length)];
      if (attr) el.removeAttribute(attr.name);
    } else if (roll < 0.24) el.textContent = '';
  }
  return doc;
}

// Adapters never change the page (see types.ts), so one parsed copy of each page, and of each
// mangled variant, serves every adapter: RT's saved pages are large, and parsing dominates.
const pages = new Map<string, Document>();
function page(fixture: Fixture, seed = 0): Document {
  const key = `${fixture.name}#${seed}`;
  let doc = pages.get(key);
  if (!doc) {
    doc = seed === 0 ? parse(fixture.html) : mangle(fixture.html, seed);
    pages.set(key, doc);
  }
  return doc;
}

it('has fixtures for every adapter, and a foreign page', () => {
  for (const adapter of ADAPTERS) expect(fixturesOf(adapter).length, adapter.id).toBeGreaterThanOrEqual(2);
  expect(FIXTURES.some((f) => f.expect.adapter === null)).toBe(true);
});

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s adapter', (_id, adapter) => {
  describe.each(fixturesOf(adapter).map((f) => [f.name, f] as const))('on %s', (_name, fixture) => {
    const doc = parse(fixture.html);
    const url = seenBy(adapter, fixture.url);
    const want = fixture.expect;

    it('claims the page', () => {
      expect(adapter.matches(url, doc)).toBe(true);
    });

    it('reads the right ticket', () => {
      expect(adapter.ticketId(url, doc)).toBe(want.ticketId);
      const result = adapter.readTicket(url, doc, fixture.related);
      if (want.read?.ok) {
        expect(result).toEqual(want.read);
      } else if (want.read) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.missing).toEqual(want.read.missing);
          expect(result.ticketId).toBe(want.read.ticketId);
          expect(readReasonText('en', result.reason)).toContain(adapter.name);
          if (want.read.reason) expect(result.reason.code).toBe(want.read.reason);
        }
      }
      expectWellFormed(adapter, url, doc, result);
    });

    it('keeps agent replies and internal notes out of the body', () => {
      const result = adapter.readTicket(url, doc, fixture.related);
      for (const phrase of want.notInBody ?? []) {
        expect(result.ok && result.ticket.body).not.toContain(phrase);
        expect(result.ok && result.ticket.subject).not.toContain(phrase);
      }
    });

    it('finds the reply editor', () => {
      expect(adapter.findEditor(url, doc)?.kind ?? null).toBe(want.editor ?? null);
    });

    it("read up to N characters of the customer's text, gives the same ticket with the first N characters of its body", () => {
      const full = adapter.readTicket(url, doc, fixture.related);
      if (!full.ok) return;
      for (const n of [1, 40, Math.floor(full.ticket.body.length / 2), full.ticket.body.length + 1]) {
        const cut = adapter.readTicket(url, doc, fixture.related, n);
        expect(cut).toEqual({ ...full, ticket: { ...full.ticket, body: full.ticket.body.slice(0, n) } });
      }
    });

    it('survives the page being mangled', () => {
      for (let seed = 1; seed <= 25; seed++) {
        const mangled = mangle(fixture.html, seed);
        expect(() => runEverything(adapter, url, mangled), `seed ${seed}`).not.toThrow();
      }
    });
  });

  it('says "not mine" on every other page', () => {
    for (const fixture of FIXTURES.filter((f) => f.expect.adapter !== adapter.id)) {
      expect(adapter.matches(seenBy(adapter, fixture.url), page(fixture)), fixture.name).toBe(false);
    }
  });

  it('never throws on empty, foreign or mangled pages at its own URLs', () => {
    const empties = [parse(''), parse('<html><head></head><body></body></html>'), document.implementation.createHTMLDocument('')];
    for (const href of PROBE_URLS[adapter.id] ?? []) {
      const url = new URL(href);
      expect(adapter.matches(url, empties[0]!), href).toBe(!BY_PAGE_MARKERS.has(adapter.id));
      for (const doc of empties) {
        expect(() => runEverything(adapter, url, doc)).not.toThrow();
        expect(adapter.readTicket(url, doc).ok).toBe(false);
        expect(adapter.findEditor(url, doc)).toBeNull();
      }
      for (const fixture of FIXTURES) {
        for (const seed of [0, 7, 42]) {
          expect(() => runEverything(adapter, url, page(fixture, seed)), `${fixture.name} seed ${seed}`).not.toThrow();
        }
      }
    }
  });
});

describe('the registry', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('picks the right adapter for %s', (_name, fixture) => {
    const doc = parse(fixture.html);
    expect(findAdapter(fixture.url, doc, [customConfig])?.id ?? null).toBe(fixture.expect.adapter);
    const read = readOpenTicket(fixture.url, doc, [customConfig]);
    expect(read === null).toBe(fixture.expect.adapter === null);
  });

  it('does not know custom helpdesks it was not told about', () => {
    const fixture = FIXTURES.find((f) => f.expect.adapter === 'custom')!;
    expect(findAdapter(fixture.url, parse(fixture.html))).toBeNull();
  });

  it('turns an adapter that throws into a reading that says so', () => {
    const broken: HelpdeskAdapter = {
      id: 'custom',
      name: 'Broken Desk',
      matches: () => true,
      ticketId: () => {
        throw new TypeError('boom');
      },
      readTicket: () => {
        throw new TypeError("Cannot read properties of null (reading 'textContent')");
      },
      findEditor: () => {
        throw new TypeError('boom');
      },
    };
    const url = new URL('https://broken.example.com/ticket/1');
    const doc = parse('<p>hi</p>');
    const safe = guardAdapter(broken);
    expect(safe.matches(url, doc)).toBe(true);
    expect(safe.ticketId(url, doc)).toBeNull();
    expect(safe.findEditor(url, doc)).toBeNull();
    const result = safe.readTicket(url, doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatchObject({ code: 'adapter-failed', helpdesk: 'Broken Desk', detail: expect.stringContaining('textContent') });
  });
});

describe('Zendesk tabs', () => {
  const tabbed = FIXTURES.filter(
    (f) => f.expect.adapter === 'zendesk' && parse(f.html).querySelectorAll('[data-side-conversations-anchor-id]').length > 1,
  );

  it('has fixtures with several tabs mounted, the active one not first', () => {
    expect(tabbed.length).toBeGreaterThanOrEqual(2);
    for (const f of tabbed) {
      const first = parse(f.html).querySelector('[data-side-conversations-anchor-id]');
      expect(first?.getAttribute('data-side-conversations-anchor-id')).not.toBe(f.expect.ticketId);
    }
  });

  it.each(tabbed.map((f) => [f.name, f] as const))('reads only the workspace of the URL ticket in %s', (_name, fixture) => {
    const zendesk = BUILTIN_ADAPTERS.find((a) => a.id === 'zendesk')!;
    const doc = parse(fixture.html);
    const workspaces = Array.from(doc.querySelectorAll('[data-side-conversations-anchor-id]'));
    for (const ws of workspaces) {
      const id = ws.getAttribute('data-side-conversations-anchor-id')!;
      const url = seenBy(zendesk, new URL(fixture.url.href.replace(/\/tickets\/\d+/, `/tickets/${id}`)));
      const result = zendesk.readTicket(url, doc);
      expect(result.ok, id).toBe(true);
      if (!result.ok) continue;
      expect(result.ticket.id).toBe(id);
      expect(result.ticket.subject).toBe(ws.querySelector('input[data-test-id="omni-header-subject"]')?.getAttribute('value'));
      for (const other of workspaces.filter((w) => w !== ws)) {
        const otherText = other.querySelector('[data-test-id="omni-log-item-message"]')?.textContent?.trim() ?? '';
        if (otherText) expect(result.ticket.body).not.toContain(otherText.slice(0, 30));
      }
      expect(ws.contains(zendesk.findEditor(url, doc)?.element ?? null)).toBe(true);
    }
  });
});

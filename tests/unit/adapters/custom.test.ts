// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createCustomAdapter, testCustomSelectors, type CustomHelpdeskConfig } from '../../../lib/adapters/custom.ts';
import { readReasonText } from '../../../lib/i18n/problems.ts';
import { customFixtureConfig, loadFixtures, parse } from './fixtures.ts';

const base = customFixtureConfig();
const fixture = loadFixtures().find((f) => f.name === 'custom/ticket')!;
const url = fixture.url;

function withSelectors(selectors: Partial<CustomHelpdeskConfig['selectors']>, extra: Partial<CustomHelpdeskConfig> = {}) {
  return { ...base, ...extra, selectors: { ...base.selectors, ...selectors } };
}

function read(config: CustomHelpdeskConfig, html = fixture.html, at = url) {
  const adapter = createCustomAdapter(config);
  const doc = parse(html);
  return { adapter, doc, result: adapter.readTicket(at, doc), id: adapter.ticketId(at, doc) };
}

describe('a good configuration', () => {
  it('reads the ticket, the customer messages only', () => {
    const { result, adapter } = read(base);
    expect(adapter.id).toBe('custom');
    expect(adapter.customId).toBe('acme-osticket');
    expect(adapter.name).toBe('Acme osTicket');
    expect(result).toEqual(fixture.expect.read);
  });

  it('leaves optional fields out when their selectors are not set', () => {
    const config = withSelectors({
      createdAt: undefined,
      channel: undefined,
      requesterName: undefined,
      requesterEmail: '',
      customerMessage: undefined,
      messages: '#ticketThread .thread-entry.message',
      messageText: undefined,
    });
    const { result } = read(config);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ticket.channel).toBeUndefined();
    expect(result.ticket.requester).toBeUndefined();
    expect(result.ticket.firstReplyAt).toBeUndefined();
    // Without a created-time selector, the first customer message's time.
    expect(result.ticket.createdAt).toBe('2024-10-14T06:30:00Z');
    expect(result.ticket.body).toContain('Since the Windows update');
    expect(result.messageCount).toBe(2);
  });

  it('reads the tags and the organisation when their selectors are set', () => {
    const html = fixture.html.replace(
      '<h2>Printer',
      '<ul class="labels"><li class="label">VIP <button>x</button></li><li class="label">extended-support</li><li class="label">VIP</li></ul><span class="org">Acme Ltd</span><h2>Printer',
    );
    const { result } = read(withSelectors({ tags: '.labels .label', organization: '.org' }), html);
    expect(result.ok && result.ticket.tags).toEqual(['VIP', 'extended-support']);
    expect(result.ok && result.ticket.organization).toBe('Acme Ltd');
    // Unset, the ticket has neither.
    const plain = read(base, html).result;
    expect(plain.ok && [plain.ticket.tags, plain.ticket.organization]).toEqual([undefined, undefined]);
  });

  it('reads the ticket id from an element when told to', () => {
    const html = fixture.html.replace('<h2>Printer', '<span class="ticket-number">Ticket #A-311</span><h2>Printer');
    const bySelector = withSelectors({ ticketId: '.ticket-number' }, { ticketIdFrom: 'selector', ticketIdPattern: '#([A-Z]-\\d+)' });
    const { result, id } = read(bySelector, html);
    expect(id).toBe('A-311');
    expect(result.ok && result.ticket.id).toBe('A-311');
  });

  it('takes the last number of the path when no pattern is given', () => {
    const config: CustomHelpdeskConfig = { ...base, hostPattern: 'https://help.example.com/*', ticketIdPattern: undefined };
    const { id } = read(config, fixture.html, new URL('https://help.example.com/desk/ticket/4521/'));
    expect(id).toBe('4521');
  });
});

describe('a bad selector', () => {
  it.each([
    ['subject', 'h2['],
    ['messages', '.thread-entry:nth-child('],
    ['customerMessage', '.message)'],
    ['createdAt', '#ticket-info >> time'],
    ['channel', ''],
  ] as const)('gives a reason naming the %s selector %j, never throws', (field, selector) => {
    const config = withSelectors({ [field]: selector });
    const { result, id } = read(config);
    if (field === 'channel') {
      // An optional selector left empty is simply not used.
      expect(result.ok).toBe(true);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual([field]);
    expect(result.ticketId).toBe(id);
    expect(result.reason).toMatchObject({ code: 'selector-invalid', helpdesk: 'Acme osTicket', field, selector });
    for (const lang of ['en', 'he'] as const) expect(readReasonText(lang, result.reason)).toContain(`"${selector}"`);
  });

  it('gives a reason naming a bad ticket id pattern, and no ticket id', () => {
    const { result, id } = read({ ...base, ticketIdPattern: 'id=(\\d+' });
    expect(id).toBeNull();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.missing).toEqual(['ticketIdPattern']);
    expect(!result.ok && result.reason).toEqual({
      code: 'id-pattern-unusable',
      helpdesk: 'Acme osTicket',
      pattern: 'id=(\\d+',
      problem: 'syntax',
    });
    expect(!result.ok && readReasonText('he', result.reason)).toContain('id=(\\d+');
  });

  it('never claims a page when the host pattern is not valid', () => {
    const adapter = createCustomAdapter({ ...base, hostPattern: 'help.example.com' });
    const doc = parse(fixture.html);
    expect(adapter.matches(url, doc)).toBe(false);
    expect(adapter.ticketId(url, doc)).toBeNull();
    expect(adapter.readTicket(url, doc).ok).toBe(false);
    expect(adapter.findEditor(url, doc)).toBeNull();
  });

  it('finds no editor through a bad editor selector', () => {
    const adapter = createCustomAdapter(withSelectors({ editor: '#reply-form[' }));
    expect(adapter.findEditor(url, parse(fixture.html))).toBeNull();
    expect(adapter.readTicket(url, parse(fixture.html)).ok).toBe(true);
  });
});

describe('a missing field', () => {
  it.each([
    ['subject', '#ticket-subject h1'],
    ['messages', '.thread-item'],
    ['customerMessage', '.from-user'],
    ['messageText', '.entry-body'],
  ] as const)('%s that finds nothing gives a reason naming its selector', (field, selector) => {
    const { result } = read(withSelectors({ [field]: selector }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.ticketId).toBe('311');
    expect(result.missing).toEqual([field]);
    expect(result.reason).toEqual({ code: 'selector-found-nothing', helpdesk: 'Acme osTicket', field, selector });
  });

  it('a missing optional piece leaves the ticket readable', () => {
    const { result } = read(withSelectors({ channel: '#ticket-info .nowhere', requesterEmail: '.nowhere' }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.ticket.channel).toBeUndefined();
    expect(result.ok && result.ticket.requester).toEqual({ name: 'Moshe Levi' });
  });
});

describe('the reply editor', () => {
  const page = (editor: string) => parse(`<main>${editor}</main>`);
  it.each([
    ['<textarea id="e"></textarea>', '#e', 'textarea'],
    ['<div id="e" contenteditable="true"></div>', '#e', 'contenteditable'],
    ['<div id="e" class="ck-editor__editable" contenteditable="true"></div>', '#e', 'ckeditor5'],
    ['<div id="e" class="fr-element fr-view" contenteditable="true"></div>', '#e', 'froala'],
    ['<div id="e" data-slate-editor="true" contenteditable="true"></div>', '#e', 'slate'],
    ['<form id="w"><div><div contenteditable="">x</div></div></form>', '#w', 'contenteditable'],
    ['<div id="e" contenteditable="false"></div>', '#e', null],
    ['<p id="e">not an editor</p>', '#e', null],
  ] as const)('%s through %s is %s', (html, selector, kind) => {
    const adapter = createCustomAdapter(withSelectors({ editor: selector }));
    expect(adapter.findEditor(url, page(html))?.kind ?? null).toBe(kind);
  });
});

describe('testCustomSelectors', () => {
  it('reports what each selector finds, with a sample', () => {
    const rows = testCustomSelectors(base, parse(fixture.html), url);
    const row = (field: string) => rows.find((r) => r.field === field);
    expect(row('subject')).toEqual({
      field: 'subject',
      selector: '#ticket-subject h2',
      found: 1,
      sample: 'Printer at the front desk does not print from Windows 11',
    });
    expect(row('messages')?.found).toBe(3);
    expect(row('customerMessage')?.found).toBe(2);
    expect(row('messageText')?.found).toBe(3);
    expect(row('editor')?.found).toBe(1);
    expect(row('ticketIdPattern')).toMatchObject({ found: 1, sample: '311' });
    expect(rows.every((r) => r.problem === undefined)).toBe(true);
  });

  it('reports a bad selector, an empty required one and a bad pattern, never throws', () => {
    const config = withSelectors({ subject: 'h2[', channel: '', editor: ' ' }, { ticketIdPattern: '(' });
    const rows = testCustomSelectors(config, parse(fixture.html), url);
    expect(rows.find((r) => r.field === 'subject')).toMatchObject({ found: 0, problem: { code: 'selector-invalid', detail: expect.any(String) } });
    expect(rows.find((r) => r.field === 'channel')).toBeUndefined();
    expect(rows.find((r) => r.field === 'editor')).toMatchObject({ found: 0, problem: { code: 'selector-empty' } });
    expect(rows.find((r) => r.field === 'ticketIdPattern')).toMatchObject({ found: 0, problem: { code: 'pattern-unusable', problem: 'syntax' } });
  });

  it('shortens long samples', () => {
    const html = `<h2 id="s">${'word '.repeat(50)}</h2>`;
    const rows = testCustomSelectors(withSelectors({ subject: '#s' }), parse(html));
    expect(rows.find((r) => r.field === 'subject')?.sample?.length).toBe(80);
  });
});

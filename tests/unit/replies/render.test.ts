import { describe, expect, test } from 'vitest';
import { DEFAULT_REPLIES, PLACEHOLDERS, type ReplyId } from '../../../lib/replies/templates';
import { firstName, rankReplies, renderReply } from '../../../lib/replies/render';
import { PARTIES } from '../../../lib/policy/labels';
import type { Ticket } from '../../../lib/ticket';

const template = (id: ReplyId) => DEFAULT_REPLIES.find((r) => r.id === id)!;
const ticket: Ticket = {
  id: '4521',
  subject: 'Mail',
  body: '…',
  requester: { name: 'Dana Levi', email: 'dana@example.com' },
};

describe('renderReply', () => {
  test('greets the requester by first name and fills the helpdesk placeholders', () => {
    const r = renderReply(template('undetermined'), {
      ticket,
      lang: 'en',
      agentName: 'Avi',
      question: 'Does it happen on other computers, or in webmail too?',
    });
    expect(r.text.startsWith('Hello Dana,\n\n')).toBe(true);
    expect(r.text).toContain('#4521');
    expect(r.text).toContain('Does it happen on other computers, or in webmail too?');
    expect(r.text.endsWith('Best regards,\nAvi')).toBe(true);
    expect(r.unfilled).toEqual([]);
  });

  test('Hebrew replies greet in Hebrew', () => {
    const r = renderReply(template('isp'), { ticket: { ...ticket, requester: { name: 'יוסי כהן' } }, lang: 'he', agentName: 'מיכל' });
    expect(r.text.startsWith('שלום יוסי,')).toBe(true);
    expect(r.text).toContain('ספק האינטרנט');
    expect(r.lang).toBe('he');
  });

  test('a missing name leaves a clean greeting, not "Hello ,"', () => {
    const r = renderReply(template('isp'), { ticket: { ...ticket, requester: undefined }, lang: 'en' });
    expect(r.text.startsWith('Hello,\n')).toBe(true);
    expect(r.text).not.toMatch(/ ,/);
    expect(r.text.endsWith('Best regards,')).toBe(true);
  });

  test('ticket values are text: markup and placeholders inside them are not expanded', () => {
    const hostile: Ticket = {
      ...ticket,
      id: '{{current_user.name}}',
      requester: { name: '<img src=x onerror=alert(1)>\u202e Evil' },
    };
    const r = renderReply(template('provider'), { ticket: hostile, lang: 'en', agentName: 'Avi' });
    expect(r.text).toContain('Hello <img');
    expect(r.text).toContain('#{{current_user.name}}');
    expect(r.text).not.toContain('\u202e');
  });

  test('an unknown placeholder is left visible and reported', () => {
    const custom = { ...template('isp'), body: { en: 'Due {{sla.due}} {{ticket.priority}}', he: '' } };
    const r = renderReply(custom, { ticket, lang: 'en', slaDue: 'Sun 10:00' });
    expect(r.text).toBe('Due Sun 10:00 {{ticket.priority}}');
    expect(r.unfilled).toEqual(['{{ticket.priority}}']);
  });
});

test('every default template uses only known placeholders, in both languages', () => {
  for (const t of DEFAULT_REPLIES) {
    for (const body of [t.body.en, t.body.he]) {
      for (const m of body.match(/\{\{[^}]*\}\}/g) ?? []) expect(PLACEHOLDERS).toContain(m);
    }
  }
});

test('every party has its reply; customer-side ones offer extended support', () => {
  for (const party of PARTIES) {
    const { shown, more } = rankReplies({ party, clauses: [], facts: [] });
    for (const id of [...shown, ...more]) expect(DEFAULT_REPLIES.some((r) => r.id === id)).toBe(true);
    expect(shown[0]).toBe(party === 'unknown' ? 'undetermined' : party);
    expect(shown.includes('extended_support')).toBe(party !== 'provider' && party !== 'unknown');
    // Nothing decided that the ticket is about a related article: those wait behind "More".
    expect(more).toEqual(['email_move', 'single_contact']);
  }
});

test('what decided the verdict ranks first: forwarding from an old mailbox, contacts', () => {
  const forwarding = rankReplies({ party: 'other_vendor', clauses: ['third-party-interfaces', 'old-mailbox-forwarding'], facts: [] });
  expect(forwarding.shown).toEqual(['email_move', 'other_vendor', 'extended_support']);
  expect(forwarding.more).toEqual(['single_contact']);
  const contacts = rankReplies({ party: 'provider', clauses: ['provider-account'], facts: ['request:contacts'] });
  expect(contacts.shown).toEqual(['single_contact', 'provider']);
  // The question stays first while the ticket is undetermined.
  expect(rankReplies({ party: 'unknown', clauses: ['old-mailbox-forwarding'], facts: [] }).shown).toEqual(['undetermined', 'email_move']);
});

test('a sentence with a fact the ticket gives uses it; without, its fallback, in both languages', () => {
  const move = DEFAULT_REPLIES.find((r) => r.id === 'email_move')!;
  const ticket = { id: '9', subject: 's', body: 'b' };
  for (const lang of ['en', 'he'] as const) {
    const named = renderReply(move, { ticket, lang, facts: { company: 'Yahoo' } });
    expect(named.text).toContain('Yahoo');
    expect(named.text).not.toMatch(/\{%|\{\{/);
    const plain = renderReply(move, { ticket, lang });
    expect(plain.text).not.toContain('Yahoo');
    expect(plain.text).not.toMatch(/\{%|\{\{/);
    expect(plain.unfilled).toEqual([]);
  }
  const it = DEFAULT_REPLIES.find((r) => r.id === 'customer_it')!;
  expect(renderReply(it, { ticket, lang: 'en', facts: { scope: 'only on my laptop' } }).text).toContain('as you wrote, “only on my laptop”');
  expect(renderReply(it, { ticket, lang: 'he', facts: { scope: 'רק במחשב הנייד' } }).text).toContain('כפי שכתבת: „רק במחשב הנייד”');
});

test('a fact value cannot open a condition or a placeholder of its own', () => {
  const move = DEFAULT_REPLIES.find((r) => r.id === 'email_move')!;
  const r = renderReply(move, { ticket: { id: '1', subject: '', body: '' }, lang: 'en', facts: { company: '{% if x %}{{ticket.id}}' } });
  expect(r.text).toContain('{% if x %}{{ticket.id}}');
});

test('firstName', () => {
  expect(firstName('  Dana   Levi ')).toBe('Dana');
  expect(firstName('Levi, Dana')).toBe('Dana');
  expect(firstName('')).toBeUndefined();
});

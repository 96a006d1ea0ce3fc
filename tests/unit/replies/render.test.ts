import { describe, expect, test } from 'vitest';
import { DEFAULT_REPLIES, PLACEHOLDERS, type ReplyId } from '../../../lib/replies/templates';
import { firstName, renderReply, replyIdsFor } from '../../../lib/replies/render';
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
    const ids = replyIdsFor(party);
    for (const id of ids) expect(DEFAULT_REPLIES.some((r) => r.id === id)).toBe(true);
    expect(ids.includes('extended_support')).toBe(party !== 'provider' && party !== 'unknown');
  }
});

test('firstName', () => {
  expect(firstName('  Dana   Levi ')).toBe('Dana');
  expect(firstName('Levi, Dana')).toBe('Dana');
  expect(firstName('')).toBeUndefined();
});

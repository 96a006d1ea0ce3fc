import { describe, expect, test } from 'vitest';
import { certaintyOf, viewTicket } from '../../../lib/ticket-view';
import { classify } from '../../../lib/classifier';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import type { Ticket } from '../../../lib/ticket';

const ticket = (body: string, over: Partial<Ticket> = {}): Ticket => ({ id: '7', subject: '', body, channel: 'email', ...over });
const withFirm = (firmThreshold: number): Settings => ({
  ...DEFAULT_SETTINGS,
  classification: { ...DEFAULT_SETTINGS.classification, firmThreshold },
});

const laptop = ticket('Outlook keeps crashing on my laptop; webmail works fine and my colleagues have no problem.');
const vague = ticket('Mail does not work.');

describe('certainty', () => {
  test('firm at or above the team\'s threshold, leaning below it, ask when undetermined', () => {
    const v = classify(laptop);
    expect(v.owner).not.toBe('undetermined');
    expect(certaintyOf(v, undefined, v.confidence)).toBe('firm');
    expect(certaintyOf(v, undefined, v.confidence + 0.001)).toBe('leaning');
    expect(certaintyOf(classify(vague), undefined, 0)).toBe('ask');
    // The agent's own correction is firm; a correction to "unknown" asks.
    expect(certaintyOf(v, 'isp', 1)).toBe('firm');
    expect(certaintyOf(v, 'unknown', 0)).toBe('ask');
  });

  test('a leaning verdict asks its question first and marks no reply as the one to send', () => {
    const firm = viewTicket(laptop, DEFAULT_SETTINGS);
    expect(firm.certainty).toBe('firm');
    expect(firm.questions).toEqual([]);
    expect(firm.primary).toBe(firm.replies[0]!.id);

    const leaning = viewTicket(laptop, withFirm(1));
    expect(leaning.certainty).toBe('leaning');
    expect(leaning.party).toBe(firm.party);
    expect(leaning.questions.length).toBeGreaterThan(0);
    expect(leaning.primary).toBeUndefined();
    // The replies are still there to choose from.
    expect(leaning.replies.map((r) => r.id)).toEqual(firm.replies.map((r) => r.id));
  });

  test('an ask verdict: questions, the ask-first reply primary', () => {
    const ask = viewTicket(vague, DEFAULT_SETTINGS);
    expect(ask.certainty).toBe('ask');
    expect(ask.questions.length).toBeGreaterThan(0);
    expect(ask.primary).toBe('undetermined');
    expect(ask.replies[0]!.text).toContain(ask.questions[0]!.en);
  });
});

describe('why', () => {
  test('each phrase once, however many signals found it', () => {
    const v = viewTicket(ticket('Spamhaus lists us. Spamhaus says our IP is blocked, see spamhaus.'), DEFAULT_SETTINGS);
    const phrases = v.why.flatMap((w) => w.phrases.map((p) => p.text.toLowerCase()));
    // The classifier already cites a phrase once; the view must not bring the repeats back.
    expect(phrases.filter((p) => p === 'spamhaus')).toHaveLength(1);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  test('after a correction: the corrected party\'s clause and reply, not the old party\'s', () => {
    const before = viewTicket(laptop, DEFAULT_SETTINGS);
    expect(before.party).toBe('customer_it');
    const after = viewTicket(laptop, DEFAULT_SETTINGS, 'isp');
    const ispClause = DEFAULT_SETTINGS.classification.parties.find((p) => p.id === 'isp')!.clause;
    expect(after.why.map((w) => w.clause)).toEqual([ispClause]);
    expect(after.why.every((w) => w.party === 'isp')).toBe(true);
    expect(after.replies[0]!.id).toBe('isp');
  });
});

describe('replies use the ticket\'s facts', () => {
  test('a forwarding ticket gets the e-mail move reply first, naming the old mailbox\'s company', () => {
    const v = viewTicket(ticket('Please set up forwarding from my old Yahoo mailbox to the new address.'), DEFAULT_SETTINGS);
    expect(v.party).toBe('other_vendor');
    expect(v.replies[0]!.id).toBe('email_move');
    expect(v.replies[0]!.text).toContain('set up in Yahoo, where the old mailbox is');
    expect(v.moreReplies.map((r) => r.id)).toEqual(['single_contact']);
  });

  test('a Hebrew ticket names the company as the customer wrote it', () => {
    const v = viewTicket(ticket('הדומיין רשום בגודאדי ואני רוצה לשנות את רשומת ה-MX', { lang: 'he' }), DEFAULT_SETTINGS);
    expect(v.party).toBe('domain_registrar');
    // As written, without the glued "ב" the template already writes.
    expect(v.replies[0]!.text).toContain('מנוהלים ב-גודאדי,');
  });

  test('the customer\'s own scope words, quoted from the classifier\'s fact', () => {
    const v = viewTicket(ticket('Outlook crashes only on my laptop, webmail works fine.'), DEFAULT_SETTINGS);
    const scope = v.verdict.facts.find((f) => f.kind === 'scope')!;
    expect(v.replies[0]!.text).toContain(`as you wrote, “${scope.span.text}”`);
  });

  test('the contact reply leads only when the ticket is about contacts', () => {
    expect(viewTicket(ticket('Please add Dana as a contact on our account.'), DEFAULT_SETTINGS).replies[0]!.id).toBe('single_contact');
    const other = viewTicket(laptop, DEFAULT_SETTINGS);
    expect(other.replies.map((r) => r.id)).not.toContain('single_contact');
    expect(other.moreReplies.map((r) => r.id)).toContain('single_contact');
  });
});

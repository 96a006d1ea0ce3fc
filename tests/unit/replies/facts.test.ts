// The company a reply names ({{fact.company}}) comes from the classifier's own vendor facts: the
// directory's party for the party in force, the name as the customer wrote it without a glued
// Hebrew prefix, never a negated mention, and the mention that weighed most.
import { describe, expect, test } from 'vitest';
import { classify } from '../../../lib/classifier';
import { ticketFacts } from '../../../lib/replies/facts';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { viewTicket } from '../../../lib/ticket-view';
import type { Lang, Ticket } from '../../../lib/ticket';

const ticket = (body: string, lang: Lang = 'en'): Ticket => ({ id: '31', subject: '', body, lang, channel: 'email' });
const withAcmeMail: Settings = {
  ...DEFAULT_SETTINGS,
  classification: {
    ...DEFAULT_SETTINGS.classification,
    vendors: [...DEFAULT_SETTINGS.classification.vendors, { id: 'acme-mail', names: ['Acme Mail', 'אקמה מייל'], party: 'other_vendor' }],
  },
};

describe('the company a reply names', () => {
  test('a negated mention is not the company, even though the directory knows the name', () => {
    const view = viewTicket(ticket('הדומיין שלנו לא בגודאדי, אני רוצה לשנות את רשומת ה-MX', 'he'), DEFAULT_SETTINGS);
    expect(view.party).toBe('domain_registrar');
    expect(ticketFacts(view.verdict).values.company).toBeUndefined();
    expect(view.replies[0]!.text).not.toContain('גודאדי');
    expect(view.replies[0]!.text).toContain('אצל חברה אחרת');
  });

  test('next to a negated mention, the company the customer is with', () => {
    const { values } = ticketFacts(classify(ticket('Our domain is not registered with GoDaddy any more, it is at Namecheap now. Please change the MX record.')));
    expect(values.company).toBe('Namecheap');
  });

  test('a vendor the team added is quoted, in English and in Hebrew', () => {
    const en = viewTicket(ticket('Our newsletters from Acme Mail stopped going out since yesterday. Can you check?'), withAcmeMail);
    expect(en.party).toBe('other_vendor');
    expect(en.replies[0]!.text).toContain('The request concerns Acme Mail, another company\'s system');
    const he = viewTicket(ticket('הניוזלטרים שלנו מאקמה מייל הפסיקו לצאת מאתמול, תוכלו לבדוק?', 'he'), withAcmeMail);
    expect(he.party).toBe('other_vendor');
    expect(ticketFacts(he.verdict).values.company).toBe('אקמה מייל');
    // Without the team's entry the name is nobody's company.
    expect(ticketFacts(classify(ticket('Our newsletters from Acme Mail stopped going out since yesterday. Can you check?')), 'other_vendor').values.company).toBeUndefined();
  });

  test('a Hebrew mention with a glued prefix is quoted without it', () => {
    const hebrew = viewTicket(ticket('הדומיין רשום בגודאדי ואני רוצה לשנות את רשומת ה-MX', 'he'), DEFAULT_SETTINGS);
    expect(ticketFacts(hebrew.verdict).values.company).toBe('גודאדי');
    expect(hebrew.replies[0]!.text).toContain('מנוהלים ב-גודאדי,');
    const latin = viewTicket(ticket('קיבלתי מייל מGoDaddy שהדומיין שלנו עומד לפוג, איפה משנים את רשומות ה-DNS?', 'he'), DEFAULT_SETTINGS);
    expect(latin.party).toBe('domain_registrar');
    expect(ticketFacts(latin.verdict).values.company).toBe('GoDaddy');
    expect(latin.replies[0]!.text).toContain('בממשק של GoDaddy;');
  });

  test('the longest name the directory knows on those words: another company than its first word', () => {
    for (const [body, lang, vendor, name] of [
      ['Our internet provider is Bezeq International and since this morning nothing loads.', 'en', 'bezeq-international', 'Bezeq International'],
      ['הספק שלנו הוא בזק בינלאומי ומהבוקר אין גלישה בכלל במשרד', 'he', 'bezeq-international', 'בזק בינלאומי'],
    ] as const) {
      const verdict = classify(ticket(body, lang));
      expect(verdict.party).toBe('isp');
      expect(verdict.facts.find((f) => f.company)?.vendor).toBe(vendor);
      expect(ticketFacts(verdict).values.company).toBe(name);
    }
  });

  test('the mention that decided the party, not the first one written', () => {
    const verdict = classify(ticket('> Is the domain still at GoDaddy?\n\nNo, we moved it to Namecheap last month. Please change the MX record so mail reaches you.'));
    expect(verdict.party).toBe('domain_registrar');
    // Both are registrars the ticket names; the quoted question weighs less than the customer's answer.
    expect(verdict.facts.filter((f) => f.company).map((f) => f.company!.name)).toEqual(['Namecheap', 'GoDaddy']);
    expect(ticketFacts(verdict).values.company).toBe('Namecheap');
  });

  test('the party in force decides which company: the agent\'s correction names the directory\'s company for it', () => {
    const verdict = classify(ticket('Since this morning nothing loads, mail and websites both time out. Our line is with Bezeq, the router was replaced last week.'));
    expect(ticketFacts(verdict, 'isp').values.company).toBe('Bezeq');
    // A party that is not another company gets no company, whatever the ticket names.
    expect(ticketFacts(verdict, 'customer_it').values.company).toBeUndefined();
    expect(ticketFacts(verdict, 'domain_registrar').values.company).toBeUndefined();
  });
});

// Reading Hebrew as it is typed, negation, scope cues, quoted parts, and evidence offsets that
// point at the right characters of the ticket as given.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import { analyseTicket } from '../../../lib/classifier/features';
import { DEFAULT_CLASSIFICATION_POLICY as policy, type ClassificationPolicy } from '../../../lib/policy/classification';
import { normalise, regionWeights, tokenize } from '../../../lib/classifier/text';

const hitsOf = (body: string, p: ClassificationPolicy = policy, subject = '') => {
  const a = analyseTicket({ id: 't', subject, body }, p, 64);
  return a.hits.map((h) => ({
    id: a.compiled.signals[h.signal]!.id,
    text: (h.field === 'subject' ? subject : body).slice(h.start, h.end),
    negated: h.negated,
    weight: h.weight,
  }));
};
const found = (body: string, id: string) => hitsOf(body).filter((h) => h.id === id && !h.negated);

describe('normalisation', () => {
  it('strips niqqud and invisible controls, maps final letters, lower-cases, keeps offsets', () => {
    const source = 'שָׁלוֹם\u200f ABC\u202b ךםןףץ';
    const n = normalise(source, 1000);
    expect(n.text).toBe('שלומ abc כמנפצ');
    for (let i = 0; i < n.text.length; i++) {
      if (n.text[i] === ' ') continue;
      const original = source[n.origin[i]!]!;
      expect(normalise(original, 10).text).toBe(n.text[i]);
    }
  });

  it('splits words at a change of script, so a Hebrew prefix glued to an English word is a word of its own', () => {
    const text = normalise('באאוטלוק בOutlook ה-DNS', 100).text;
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['באוטלוק', 'ב', 'outlook', 'ה', 'dns']);
  });

  it('keeps every character of a long text, and a lone surrogate as it is', () => {
    const long = 'Ab '.repeat(4000);
    expect(normalise(long, 20_000).text).toBe('ab '.repeat(3999) + 'ab');
    expect(normalise('x \ud83d y', 10).text).toBe('x \ud83d y');
  });

  it('drops HTML tags and entities', () => {
    expect(normalise('<div dir="rtl">שלום&nbsp;<b>עולם</b></div>', 100).text).toBe('שלומ עולמ');
  });
});

describe('Hebrew prefixes', () => {
  it.each([
    ['באאוטלוק שלי זה קורס', 'customer-it.endpoint', 'קורס'],
    ['הוובמייל עובד רגיל', 'scope.webmail-works', 'הוובמייל עובד'],
    ['וכשבוובמייל זה עובד', 'scope.webmail-works', 'וכשבוובמייל זה עובד'],
    ['שינינו את ה-DNS אצלכם', 'provider.domain-with-provider', 'ה-DNS אצלכם'],
    ['הדומיין רשום בגודאדי', 'registrar.external', 'בגודאדי'],
    ['ומהראוטר של בזק', 'isp.connection', 'ומהראוטר'],
    ['שהמפתח שלנו שינה', 'web.site-code', 'שהמפתח'],
  ])('%s -> %s', (body, id, text) => {
    expect(found(body, id).map((h) => h.text)).toContain(text);
  });

  it('does not match inside a longer word', () => {
    expect(found('מדפסתי', 'customer-it.endpoint').map((h) => h.text)).not.toContain('מדפסת');
    expect(found('the partnership', 'isp.connection')).toEqual([]);
  });

  it('a word ending wildcard matches inflections', () => {
    expect(found('Outlook keeps crashing', 'customer-it.endpoint').map((h) => h.text)).toContain('crashing');
  });
});

describe('negation', () => {
  it('a negated cue counts for nothing', () => {
    expect(hitsOf('This is our own NAS, not the cloud backup server').find((h) => h.id === 'provider.infrastructure-failure')?.negated).toBe(true);
    expect(found('webmail does not work either', 'scope.webmail-works')).toEqual([]);
    expect(found('webmail works fine', 'scope.webmail-works')).toHaveLength(1);
    expect(found('בוובמייל זה לא עובד', 'scope.webmail-works')).toEqual([]);
    expect(found('בוובמייל זה עובד', 'scope.webmail-works')).toHaveLength(1);
  });

  it('negation does not reach across a sentence', () => {
    expect(found('No. Webmail works.', 'scope.webmail-works')).toHaveLength(1);
  });

  it('negation changes the verdict', () => {
    expect(classify({ id: 'a', subject: '', body: 'Outlook crashes on my PC only. Webmail works fine.' }).party).toBe('customer_it');
    expect(classify({ id: 'b', subject: '', body: 'Outlook does not work for any of us. Webmail does not work either, nobody in the office gets mail.' }).party).not.toBe('customer_it');
  });
});

describe('scope cues', () => {
  it.each([
    ['everyone in the office', 'scope.everyone'],
    ['זה קורה לכל העובדים', 'scope.everyone'],
    ['only on my laptop', 'scope.only-here'],
    ['זה רק אצלי', 'scope.only-here'],
    ['from my phone on cellular it works', 'scope.elsewhere-works'],
    ['מהטלפון על הסלולר זה עולה', 'scope.elsewhere-works'],
    ['webmail works', 'scope.webmail-works'],
    ['other mail arrives normally', 'scope.other-mail-arrives'],
  ])('%s -> %s', (body, id) => {
    expect(found(body, id)).toHaveLength(1);
  });

  it('the same Outlook symptom goes to the computer person or to the provider by scope', () => {
    const local = classify({ id: 'a', subject: 'Outlook', body: 'Outlook does not receive mail, only on my PC. My colleagues are fine and webmail works.' });
    const wide = classify({ id: 'b', subject: 'Outlook', body: 'Outlook does not receive mail for everyone in the office, webmail is empty too, nothing since 9. Our internet is fine.' });
    expect(local.party).toBe('customer_it');
    // The wide one is the provider's or, at worst, "ask first" with the provider leading: the
    // words "Outlook does not receive" lean to the computer person in the labelled tickets (most
    // such tickets are one PC), and round six's model sits at the abstain threshold here (0.59).
    // What must never happen is the scope being outweighed by the program's name.
    expect(wide.party).not.toBe('customer_it');
    if (wide.party !== 'provider') expect(wide.alternatives[0]?.party).toBe('provider');
    expect(wide.alternatives.find((a) => a.party === 'customer_it')?.probability ?? 0).toBeLessThan(0.5);
  });
});

describe('quoted messages and signatures', () => {
  it('weights quoted lines and the signature block down', () => {
    const body = 'Still broken.\n\n> On Mon, Support wrote:\n> The server is fine, the laptop is the problem.\n\nThanks,\nDana\nIT Manager';
    const w = regionWeights(body, 10000, 0.35, 0.15);
    expect(w[0]).toBe(1);
    expect(w[3]).toBeCloseTo(0.35);
    expect(w[6]).toBeCloseTo(0.15);
    const hit = hitsOf(body).find((h) => h.id === 'customer-it.endpoint');
    expect(hit?.weight).toBeCloseTo(0.35);
  });

  it('a support reply quoted under "still not working" does not decide the ticket', () => {
    const v = classify({
      id: 'q',
      subject: 'RE: ticket 8812',
      body: 'Still not working!!\n\n> On Tue, Support wrote:\n> We checked, the mail server is fine. Outlook on your laptop is the problem, webmail works.',
    });
    expect(v.owner).toBe('undetermined');
  });
});

describe('evidence offsets', () => {
  it('point at the phrase in the ticket exactly as given, with niqqud, controls and emoji before it', () => {
    const body = '😀 שָׁלוֹם\u200f!! <b>האאוטלוק</b> קורס רק אצלי, בוובמייל זה עובד 🙏';
    const subject = 'אאוטלוק\u202b קורס';
    const v = classify({ id: 'o', subject, body });
    expect(v.party).toBe('customer_it');
    expect(v.evidence.length).toBeGreaterThan(0);
    for (const e of v.evidence) {
      const source = e.field === 'subject' ? subject : body;
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
    expect(v.evidence.map((e) => e.text)).toContain('רק אצלי');
    expect(v.evidence.map((e) => e.text)).toContain('בוובמייל זה עובד');
  });
});

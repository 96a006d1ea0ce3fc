// The verdict carries the facts the policy decides on, with their spans; the decisive one comes
// first and "why" cites its clause; facts on both sides of the boundary lower the confidence and
// ask the question that settles them.
import { describe, expect, it } from 'vitest';
import { classify, type Verdict } from '../../../lib/classifier/index';
import { DEFAULT_CLASSIFICATION_POLICY } from '../../../lib/policy/classification';
import { ownerOf } from '../../../lib/policy/labels';
import { DECIDING_STRENGTH } from '../../../lib/classifier/facts';

const verdictOf = (body: string, subject = '') => ({ v: classify({ id: 't', subject, body }), body });
const factsOf = (v: Verdict) => v.facts.map((f) => `${f.kind}:${f.value}`);

function expectSpans({ v, body }: { v: Verdict; body: string }) {
  for (const f of v.facts) expect(body.slice(f.span.start, f.span.end)).toBe(f.span.text);
}

describe('decision facts', () => {
  it('reads scope, what still works and where the component lives, with spans', () => {
    const t = verdictOf('Outlook crashes on my laptop since this morning. Webmail works fine and my colleagues have no problem.');
    expect(factsOf(t.v)).toEqual(expect.arrayContaining(['scope:one_device', 'works:webmail', 'location:customer_premises']));
    expectSpans(t);
    expect(t.v.party).toBe('customer_it');
  });

  it('reads the same facts in Hebrew, and what changed on the provider\'s side', () => {
    const t = verdictOf('כל המשרד לא מקבל מיילים מאז התחזוקה שלכם הלילה, גם הוובמייל שלכם לא נטען.');
    expect(factsOf(t.v)).toEqual(expect.arrayContaining(['scope:whole_office', 'scope:whole_account', 'change:provider_change']));
    expectSpans(t);
    expect(t.v.party).toBe('provider');
    expect(t.v.facts.find((f) => f.value === 'provider_change')?.span.text).toBe('התחזוקה שלכם');
  });

  it('reads an agent\'s call notes in the third person like the customer\'s own words', () => {
    const t = verdictOf('Customer called: only on his laptop Outlook keeps asking for the password, his colleagues are fine.');
    expect(factsOf(t.v)).toContain('scope:one_device');
    expect(t.v.owner).toBe('customer');
  });

  it('a scope or what-still-works left open after "if" or "whether" is no fact, in Hebrew and English', () => {
    const open = [
      'מיילים מתעכבים. לא בדקתי אם זה אצל כולם או רק אצלי, אני עובדת רק מהמשרד.',
      'התקשר עמית. לא היה ברור אם מדובר באינטרנט או במייל, ואם זה מחשב אחד או כולם.',
      'Mail is slow today. Not sure if it is just me or the whole office.',
      'Mail is slow today. I don\'t know whether webmail works.',
    ];
    for (const body of open) {
      const { v } = verdictOf(body);
      expect(v.facts.filter((f) => f.kind === 'scope' || f.kind === 'works'), body).toEqual([]);
    }
    // The same words said outright are facts, and a question ends with its sentence.
    expect(factsOf(verdictOf('מיילים מתעכבים אצל כולם במשרד.').v)).toContain('scope:whole_office');
    expect(factsOf(verdictOf('Not sure if it is related. Mail is down for the whole office.').v)).toContain('scope:whole_office');
  });

  it('"DNS managed by you" places the DNS with the provider, not at an outside company', () => {
    const outside = (body: string) => verdictOf(body).v.facts.filter((f) => f.kind === 'location' && f.value === 'outside_company');
    expect(outside('Please add a DMARC record to our domain (DNS managed by you).')).toEqual([]);
    expect(outside('Our DNS is hosted with you, please add the TXT record.')).toEqual([]);
    expect(outside('Our DNS is hosted with GoDaddy, please add the TXT record.').length).toBeGreaterThan(0);
  });

  it('reads the request type: how-to, plan change, billing', () => {
    expect(factsOf(verdictOf('How do I set up an auto reply in webmail? I want to do it myself.').v)).toContain('request:how_to');
    expect(factsOf(verdictOf('Please upgrade our plan to the bigger package.').v)).toContain('request:plan_change');
    expect(factsOf(verdictOf('שלום, חויבנו פעמיים על החשבונית של נובמבר').v)).toContain('request:billing');
  });

  it('names the vendor of a named outside company', () => {
    const { v } = verdictOf('Our Priority ERP sends invoices through your SMTP and since yesterday it fails with an authentication error, though webmail works.');
    const named = v.facts.find((f) => f.vendor === 'priority');
    expect(named).toMatchObject({ kind: 'location', value: 'outside_company', party: 'other_vendor', span: { text: 'Priority ERP' } });
    expect(named?.company).toEqual({ name: 'Priority ERP', party: 'other_vendor' });
  });

  it('a named company keeps its name apart from a glued Hebrew prefix, and the party the directory gives it', () => {
    const t = verdictOf('הדומיין רשום בגודאדי ואני רוצה לשנות את רשומת ה-MX');
    const named = t.v.facts.find((f) => f.vendor === 'godaddy');
    // The span highlights the written word; the name is what a reply can quote.
    expect(named?.span.text).toBe('בגודאדי');
    expect(named?.company).toEqual({ name: 'גודאדי', party: 'domain_registrar' });
    expectSpans(t);
  });

  it('a negated phrase is no fact', () => {
    expect(factsOf(verdictOf('Webmail does not work either, nobody can log in.').v)).not.toContain('works:webmail');
  });
});

describe('why: the decisive fact and its clause', () => {
  it('the decisive fact comes first, points to the verdict\'s party, and "why" starts with its phrase and clause', () => {
    const { v } = verdictOf('Since your migration last night both our website and email are down for everyone.');
    const [decisive] = v.facts;
    expect(decisive?.party).toBe(v.party);
    expect(v.evidence[0]).toMatchObject({ field: decisive!.span.field, start: decisive!.span.start, clause: decisive!.clause });
    expect(DEFAULT_CLASSIFICATION_POLICY.clauses.map((c) => c.id)).toContain(decisive!.clause);
  });

  it('a phrase written twice is cited once', () => {
    const { v } = verdictOf('Outlook crashes on my laptop. Webmail works. Really, webmail works, I checked again.');
    const texts = v.evidence.map((e) => e.text.toLowerCase());
    expect(texts.filter((t) => t === 'webmail works')).toHaveLength(1);
  });

  it('a phrase that leans to the verdict\'s party through a multi-party signal cites that party\'s clause', () => {
    const { v } = verdictOf('My self-managed VPS: nginx stopped after I changed the config.');
    expect(v.party).toBe('customer_self');
    for (const e of v.evidence) {
      expect(e.party).toBe('customer_self');
      expect(['self-managed', 'user-training']).toContain(e.clause);
    }
  });
});

describe('facts that conflict', () => {
  const body = 'Everyone in the office has had no mail since this morning, but it only happens on my laptop, webmail works.';

  it('lower the confidence below what an agent acts on unread, and ask the question that settles them', () => {
    const { v } = verdictOf(body);
    const sides = new Set(v.facts.filter((f) => f.strength >= DECIDING_STRENGTH).map((f) => ownerOf(f.party)));
    expect(sides).toEqual(new Set(['provider', 'customer']));
    expect(v.confidence).toBeLessThan(0.9);
    expect(v.questions.map((q) => q.id)).toContain('other-computers');
  });

  it('without the conflicting fact the same ticket is decided with confidence and asks nothing', () => {
    const { v } = verdictOf('Outlook has had no mail since this morning, but it only happens on my laptop, webmail works.');
    expect(v.owner).toBe('customer');
    expect(v.confidence).toBeGreaterThanOrEqual(0.9);
    expect(v.questions).toEqual([]);
  });
});

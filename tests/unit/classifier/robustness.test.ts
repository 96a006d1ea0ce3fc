// Whatever the page hands over, the classifier returns a verdict: never an exception, never
// super-linear time, and the same verdict for the same ticket.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, detectLang, type Verdict } from '../../../lib/classifier/index';
import { OWNERS, PARTIES, QUEUES, ownerOf } from '../../../lib/policy/labels';
import { DECIDING_STRENGTH } from '../../../lib/classifier/facts';
import type { Ticket } from '../../../lib/ticket';

function expectWellFormed(v: Verdict, t: Ticket) {
  expect(OWNERS).toContain(v.owner);
  expect(PARTIES).toContain(v.party);
  expect(QUEUES).toContain(v.queue);
  expect(ownerOf(v.party)).toBe(v.owner);
  expect(v.confidence).toBeGreaterThanOrEqual(0);
  expect(v.confidence).toBeLessThanOrEqual(1);
  expect(['he', 'en']).toContain(v.lang);
  if (v.urgent) expect(v.party).toBe('provider');
  for (const a of v.alternatives) expect(a.party).not.toBe(v.party);
  for (const e of v.evidence) {
    const source = e.field === 'subject' ? t.subject : t.body;
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(source.length);
    expect(source.slice(e.start, e.end)).toBe(e.text);
  }
  for (const f of v.facts) {
    const source = f.span.field === 'subject' ? t.subject : t.body;
    expect(source.slice(f.span.start, f.span.end)).toBe(f.span.text);
    expect(PARTIES).toContain(f.party);
  }
  const phrases = v.evidence.map((e) => e.text.toLowerCase());
  expect(new Set(phrases).size).toBe(phrases.length);
  if (v.owner === 'undetermined') expect(v.questions.length).toBeGreaterThan(0);
  else {
    // A decided verdict asks only when its facts point to both sides: the question that settles them.
    const sides = new Set(v.facts.filter((f) => f.strength >= DECIDING_STRENGTH).map((f) => ownerOf(f.party)));
    if (!(sides.has('provider') && sides.has('customer'))) expect(v.questions).toEqual([]);
    expect(v.questions.length).toBeLessThanOrEqual(1);
  }
}

function randomBytes(n: number, seed: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += String.fromCharCode(x >>> 16);
  }
  return s;
}

const odd: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \n\t\r\n   \u00a0 '],
  ['binary garbage', randomBytes(5000, 1)],
  ['NUL bytes', '\u0000'.repeat(1000)],
  ['lone surrogates', '\ud800\udc00\ud800 x \udfff'],
  ['emoji', '😡😡😡 🔥 mail 📧 לא עובד 🙏🏽👨‍👩‍👧'],
  ['zero-width and bidi controls', '\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeffאין\u200f אינטרנט\u202c'],
  ['HTML markup', '<html><body><div style="x"><p>Outlook crashes on my laptop</p><br/><a href="http://x">link</a>&nbsp;&amp;&#39;</div><script>alert(1)</script></body></html>'],
  ['unclosed tags', '<<<<<<<<div <p <b'.repeat(500)],
  ['only punctuation', '?!?!...,,,;;;:::'.repeat(100)],
  ['regex bait', `${'a'.repeat(10000)}!${' 550 5.7.'.repeat(2000)}${'* '.repeat(5000)}`],
];

describe('robust input', () => {
  it.each(odd)('%s gives a verdict', (_name, body) => {
    const t = { id: 'odd', subject: body.slice(0, 50), body };
    expectWellFormed(classify(t), t);
  });

  it('empty and whitespace-only tickets are undetermined', () => {
    expect(classify({ id: 'e', subject: '', body: '' }).owner).toBe('undetermined');
    expect(classify({ id: 'w', subject: '  ', body: '\n\n  \t' }).owner).toBe('undetermined');
  });

  it('survives fields of the wrong type coming from a page adapter', () => {
    const t = { id: 7, subject: null, body: undefined } as unknown as Ticket;
    expect(() => classify(t)).not.toThrow();
    expect(classify(t).ticketId).toBe('7');
  });

  it('reads a 1 MB ticket in bounded time, the same as a short one with the same start', () => {
    const head = 'Outlook crashes on my laptop only, webmail works.\n';
    const t = { id: 'big', subject: 'crash', body: head + 'log line 0x800CCC0E retry\n'.repeat(40000) };
    expect(t.body.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const v = classify(t);
    expect(performance.now() - started).toBeLessThan(1000);
    expectWellFormed(v, t);
    expect(v.party).toBe('customer_it');
  });

  it('time grows no faster than the text (capped), for a worst case of repeated phrases', () => {
    const unit = 'כל העובדים לא מקבלים, רק אצלי, webmail works not, ';
    const time = (n: number) => {
      const t = { id: 'r', subject: '', body: unit.repeat(n) };
      classify(t);
      const s = performance.now();
      for (let i = 0; i < 3; i++) classify(t);
      return (performance.now() - s) / 3;
    };
    const small = time(50);
    const large = time(5000);
    expect(large).toBeLessThan(Math.max(200, small * 200));
  });

  it('property: any string gives a well-formed verdict', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 60 }), (body, subject) => {
        const t = { id: 'p', subject, body };
        expectWellFormed(classify(t), t);
      }),
      { numRuns: 300 },
    );
  });

  it('property: Hebrew-and-English word salad gives a well-formed verdict with valid evidence', () => {
    const words = ['אין', 'אינטרנט', 'באאוטלוק', 'ה-DNS', 'לא', 'webmail', 'works', 'not', 'כל', 'העובדים', 'רק', 'אצלי', 'router', '\u200f', '<b>', '😀', '\n', '>', 'Thanks,', 'שָׁלוֹם'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 80 }), fc.array(fc.constantFrom(' ', '', '  ', '-', '.'), { maxLength: 80 }), (ws, seps) => {
        const body = ws.map((w, i) => w + (seps[i] ?? ' ')).join('');
        const t = { id: 's', subject: '', body };
        expectWellFormed(classify(t), t);
      }),
      { numRuns: 300 },
    );
  });
});

describe('determinism', () => {
  it('the same ticket gives the same verdict, in any order of calls', () => {
    const a = { id: 'a', subject: 'Site down', body: 'Our website is down since 10:00, all sites on the server, nothing changed on our side.' };
    const b = { id: 'b', subject: 'שאלה', body: 'איך מוסיפים חתימה בוובמייל?' };
    const first = [classify(a), classify(b)];
    const second = [classify(b), classify(a)].reverse();
    expect(second).toEqual(first);
    expect(JSON.stringify(classify(a))).toBe(JSON.stringify(first[0]));
  });

  it('detectLang reads the script, with a fallback for text without letters', () => {
    expect(detectLang('שלום, המייל לא עובד')).toBe('he');
    expect(detectLang('hello, mail is down')).toBe('en');
    expect(detectLang('12345 !!!', 'en')).toBe('en');
    expect(detectLang('')).toBe('he');
  });
});

// Urgency and the department the way POLICY.md reasons: a 24/7 case is a failure of a shared
// service that reaches beyond one user and is not the customer's; one account's fault, one
// mailbox, a request, or a failure that still works elsewhere is not. The department follows what
// the ticket asks for, not a billing word on the way.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import { analyseTicket } from '../../../lib/classifier/features';
import { META_NARROWED, META_REQUEST, META_SYSTEM_WIDE } from '../../../lib/classifier/signals';
import { DEFAULT_CLASSIFICATION_POLICY as policy } from '../../../lib/policy/classification';

const ticket = (body: string, subject = '') => ({ id: 't', subject, body, channel: 'email' as const });
const meta = (body: string) => {
  const a = analyseTicket(ticket(body), policy, 64);
  const value = (id: string) => a.signalValue[a.compiled.signalIndex.get(id)!] as number;
  return { wide: value(META_SYSTEM_WIDE), narrowed: value(META_NARROWED), request: value(META_REQUEST) };
};
const factsOf = (body: string) => classify(ticket(body)).facts.map((f) => `${f.kind}:${f.value}`);

describe('a shared service down for more than one user is a 24/7 case', () => {
  it.each([
    ['the whole office, webmail too', 'Since 9:00 nobody in the office can send or receive mail, and your webmail does not load either.'],
    ['other customers on the same server', 'All our sites on your shared server return 503 since 07:40, and a friend who also hosts with you has the same.'],
    ['every service of the account', 'Our website and email are both down since this morning, and the control panel is unreachable too.'],
    ['in Hebrew, the whole office', 'מהבוקר אף אחד במשרד לא מקבל מיילים, גם הוובמייל שלכם לא נטען. האינטרנט תקין.'],
  ])('%s', (_, body) => {
    expect(meta(body).wide).toBeGreaterThan(0);
    const v = classify(ticket(body));
    expect(v.party).toBe('provider');
    expect(v.urgent).toBe(true);
  });

  it('a negated verb does not negate the scope: "not syncing for the whole team"', () => {
    expect(meta('Outlook is not syncing for the whole team since 9, phones too.').wide).toBeGreaterThan(0);
    expect(meta('Not everyone is affected, only some of us.').wide).toBe(0);
  });

  it('"the same from cellular" is no "works elsewhere" fact', () => {
    const body = 'Since 9:15 the whole office cannot send or receive mail. She tried from her phone on cellular - the same thing.';
    expect(factsOf(body)).not.toContain('works:other_network');
    expect(factsOf(body)).toContain('scope:every_network');
    expect(meta(body).narrowed).toBe(0);
  });
});

describe('one account, one mailbox, or a request is not', () => {
  it('one mailbox failing while the others receive', () => {
    const body = 'Mail to maya@ bounces with "550 5.2.1 Mailbox disabled". All other mailboxes on our domain receive normally.';
    expect(meta(body)).toMatchObject({ wide: 0, narrowed: 1 });
    const v = classify(ticket(body));
    expect(v.urgent).toBe(false);
  });

  it('"other customers of yours are not affected" narrows the fault to this account', () => {
    const body = 'Since your migration Outlook shows disconnected on all 9 PCs. Other customers of yours I asked aren\'t affected, only our account.';
    expect(factsOf(body)).not.toContain('scope:other_customers');
    expect(factsOf(body)).toContain('scope:one_account');
    expect(classify(ticket(body)).urgent).toBe(false);
  });

  it('a request is not a fault, even when everyone wants it', () => {
    const body = 'Please upgrade our plan to the bigger package, all our users need more space.';
    expect(meta(body).request).toBeGreaterThan(0);
    const v = classify(ticket(body));
    expect(v.urgent).toBe(false);
    expect(v.queue).toBe('customer_service');
  });
});

describe('the department follows what is asked', () => {
  it('the price of a plan change is for finance; the change itself for customer service', () => {
    expect(classify(ticket('How much would it cost to upgrade our hosting plan from 20GB to 50GB?')).queue).toBe('finance');
    expect(classify(ticket('כמה עולה להוסיף עוד 3 תיבות לחבילה?')).queue).toBe('finance');
    expect(classify(ticket('Please move us from the Business 10 mail package to Business 25 next month.')).queue).toBe('customer_service');
  });

  it('cancelling a charge is finance, closing the account customer service', () => {
    expect(classify(ticket('קיבלתי חשבונית על חידוש דומיין שלא ביקשתי. אבקש לבטל את החיוב.')).queue).toBe('finance');
    expect(classify(ticket('We are closing the business. Please close our account at the end of the month.')).queue).toBe('customer_service');
  });

  it('a pasted bounce keeps a fault in the technical queue whatever words it carries', () => {
    const body = 'Every message any of us sends bounces since 11:00:\n\n554 5.7.1 Service unavailable; client host blocked. If this continues, please move us to another server.';
    const v = classify(ticket(body));
    expect(v.party).toBe('provider');
    expect(v.queue).toBe('technical');
  });
});

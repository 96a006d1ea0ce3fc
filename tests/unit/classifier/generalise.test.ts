// Reading wording the phrase lists do not spell out: spelling variants, `{a|b}` alternatives,
// general scope patterns, negation scope, addresses and compounds, and the no-cue confidence cap.
import { describe, expect, it } from 'vitest';
import { chooseQueue, classify } from '../../../lib/classifier/index';
import { analyseTicket } from '../../../lib/classifier/features';
import { expandAlternatives } from '../../../lib/classifier/signals';
import { MAX_PHRASE_EXPANSIONS, phraseExpansions } from '../../../lib/policy/phrase-grammar';
import { normalise, prefixVariants } from '../../../lib/classifier/text';
import { DEFAULT_CLASSIFICATION_POLICY as policy } from '../../../lib/policy/classification';

const hitsOf = (body: string) => {
  const a = analyseTicket({ id: 't', subject: '', body }, policy, 64);
  return a.hits.map((h) => ({ id: a.compiled.signals[h.signal]!.id, text: body.slice(h.start, h.end), negated: h.negated }));
};
const chooseQueueOf = (body: string) => chooseQueue(analyseTicket({ id: 't', subject: '', body }, policy, 64));
const found = (body: string, id: string) => hitsOf(body).filter((h) => h.id === id && !h.negated);
const negatedOnly = (body: string, id: string) => {
  const hits = hitsOf(body).filter((h) => h.id === id);
  return hits.length > 0 && hits.every((h) => h.negated);
};

describe('spelling variants fold to one form', () => {
  it.each([
    ["ג'ימייל", 'גימייל'],
    ['ג׳ימייל', 'גימיל'],
    ['אאוטלוק', 'אוטלוק'],
    ['ווינדוס', 'וינדוס'],
    ['וובמייל', 'ובמייל'],
    ["don't", 'dont'],
    ['doesn’t', 'doesnt'],
    ['recieve', 'receive'],
  ])('%s reads like %s', (a, b) => {
    expect(normalise(a, 100).text).toBe(normalise(b, 100).text);
  });

  it('keeps quotes that are not inside a word, and offsets into the text as given', () => {
    expect(normalise("'hello' \"q\"", 100).text).toBe("'hello' \"q\"");
    const source = 'בג׳ימייל';
    const n = normalise(source, 100);
    expect(n.origin[n.text.length - 1]).toBe(source.length - 1);
  });

  it('a policy phrase matches the other spelling, with its glued prefix highlighted', () => {
    expect(found('יש לנו וינדוס 7 בקבלה', 'customer-it.outdated-client').map((h) => h.text)).toEqual(['וינדוס 7']);
    expect(found('התקנתי תוסף לוורדפרס', 'web.site-code').map((h) => h.text)).toContain('לוורדפרס');
    expect(found('בוובמייל זה עובד מצויין', 'scope.webmail-works')).toHaveLength(1);
  });

  it('does not strip a prefix from a word that only looks prefixed', () => {
    expect(prefixVariants('בלבד')).toEqual(['בלבד']);
    expect(found('תשובה אוטומטית בלבד', 'self.how-to')).toEqual([]);
  });
});

describe('{a|b} alternatives in policy phrases', () => {
  it('expands every combination, including an empty alternative', () => {
    expect(expandAlternatives('{a|b} ~ {c|d}')).toEqual(['a ~ c', 'a ~ d', 'b ~ c', 'b ~ d']);
    expect(expandAlternatives('only {on |}my pc')).toEqual(['only on my pc', 'only my pc']);
    expect(expandAlternatives('plain')).toEqual(['plain']);
  });

  it('caps the expansion of one line', () => {
    const wide = `{${Array.from({ length: 70 }, (_, i) => `w${i}`).join('|')}}`;
    expect(phraseExpansions(`${wide} ${wide}`)).toBe(4900);
    expect(expandAlternatives(`${wide} ${wide}`).length).toBe(MAX_PHRASE_EXPANSIONS);
  });

  // A line past the cap once lost its later combinations without a word: "need 10 more
  // mailboxes" never matched, though the plan-change line spells it out.
  it('keeps every combination of every line of the default policy', () => {
    const lines = [...policy.signals, ...policy.urgencyCues, ...policy.services].flatMap((s) => [...s.phrases.he, ...s.phrases.en]);
    const over = lines.filter((line) => phraseExpansions(line) > MAX_PHRASE_EXPANSIONS);
    expect(over).toEqual([]);
    expect(found('we need 10 more mailboxes and 50GB each', 'request.plan-change').map((h) => h.text)).toEqual(['need 10 more mailboxes']);
    expect(found('we would like to add 3 more users to our plan', 'request.plan-change')).toHaveLength(1);
  });
});

describe('general scope patterns', () => {
  it.each([
    'לא מצליח לשלוח מיילים מהאאוטלוק, אצל השאר במשרד עובד',
    'לשאר הצוות זה עובד סבבה',
    'cant recieve emails on my laptop. my coworkers dont have this problem',
    "It's only my computer, the rest of the team works normally",
    'outlook asks for a password on this pc only',
  ])('others-fine / only-mine: %s', (body) => {
    expect(found(body, 'scope.only-here').length).toBeGreaterThan(0);
  });

  it.each(['nothing loads, not even google', 'נט לא עובד במשרד', 'the internet keeps dropping'])('no internet: %s', (body) => {
    expect(found(body, 'isp.no-internet').length).toBeGreaterThan(0);
  });

  it('a scope cue negated in its own clause does not count', () => {
    expect(negatedOnly('לשאר הצוות זה לא עובד', 'scope.only-here')).toBe(true);
    expect(found("it's not just me, the whole office", 'provider.others-on-server').length).toBeGreaterThan(0);
  });
});

describe('negation scope', () => {
  it('stops at a comma and at brackets', () => {
    expect(found('באאוטלוק שלי לא עובד, רק אצלי', 'scope.only-here')).toHaveLength(1);
    expect(found('הדומיין רשום בלייב DNS (לא אצלכם) וגם ה-DNS מנוהל שם', 'registrar.external').length).toBeGreaterThan(0);
  });

  it('a negative word ("אף אחד", "nobody") is not negated by the negation that goes with it', () => {
    expect(found('המיילים לא נכנסים לאף אחד במשרד', 'scope.everyone')).toHaveLength(1);
  });

  it('a negated reading does not hide a plain hit of the same signal on the same words', () => {
    const hits = hitsOf('הדומיין רשום בלייב DNS לא אצלכם וגם ה-DNS מנוהל שם').filter((h) => h.id === 'registrar.external');
    expect(hits.some((h) => !h.negated)).toBe(true);
  });
});

describe('addresses and compounds', () => {
  it('a word inside an e-mail address or host name is not a phrase', () => {
    expect(found('sales@bezeq.com bounced', 'isp.connection')).toEqual([]);
    expect(found('we called bezeq about it', 'isp.connection')).toHaveLength(1);
  });

  it('"managed" in "self-managed" is not the provider\'s managed service', () => {
    expect(found('my self-managed vps', 'provider.managed')).toEqual([]);
    expect(found('my self-managed vps', 'self.self-managed')).toHaveLength(1);
  });
});

describe('words with two meanings, and scope in the words people use', () => {
  it('Hebrew "קבלה" is receiving mail or the reception desk unless a receipt is asked for', () => {
    expect(found('לא מצליחים לשלוח, קבלה עובדת', 'request.finance')).toEqual([]);
    expect(found('האאוטלוק במחשב של הקבלה קורס', 'request.finance')).toEqual([]);
    expect(found('אפשר לקבל קבלה על החודש הקודם?', 'request.finance').length).toBeGreaterThan(0);
  });

  it('more mailboxes are a plan change only when asked for', () => {
    expect(found('ביקשתי שיבדוק עוד תיבות, אף אחת לא קיבלה מייל', 'request.plan-change')).toEqual([]);
    expect(found('יש לנו בחבילה עוד 3 תיבות פנויות', 'request.plan-change')).toEqual([]);
    expect(found('צריכים עוד 3 תיבות לעובדים חדשים', 'request.plan-change')).toHaveLength(1);
  });

  it('everyone in the feminine, and with a count', () => {
    expect(found('6 תיבות במשרד, אף אחת לא קיבלה מייל', 'scope.everyone')).toHaveLength(1);
    expect(found('בדקתי את כל הארבע, אצל כולן אותו דבר', 'scope.everyone')).toHaveLength(1);
    expect(found('none of our 8 users has received anything since 7am', 'scope.everyone')).toHaveLength(1);
    expect(found('the backup report says FAILED for all 5 of our servers', 'scope.everyone')).toHaveLength(1);
  });

  it('other customers, in an agent\'s notes', () => {
    expect(found('וגם כל האתרים האחרים על השרת, כולל של לקוחות אחרים', 'provider.others-on-server').length).toBeGreaterThan(0);
    expect(found('ראיתי עוד 2 קריאות פתוחות מהבוקר', 'provider.others-on-server')).toHaveLength(1);
  });
});

describe("the provider's own business, read as requests", () => {
  it('a domain moved in to the provider, or out of it, is a transfer request, not the old registrar\'s fault', () => {
    expect(found('הדומיין רשום בגודאדי ואני רוצה להעביר אותו אליכם', 'request.domain-transfer')).toHaveLength(1);
    expect(found('I want to move our domain from Namecheap to you', 'request.domain-transfer')).toHaveLength(1);
    expect(found('אני רוצה להעביר את הדומיין שלי מכם לחברה אחרת', 'request.domain-transfer')).toHaveLength(1);
    expect(found('we want you to manage our domain from now on', 'request.domain-transfer')).toHaveLength(1);
    expect(found('the domain is registered at GoDaddy and its MX points to you', 'request.domain-transfer')).toEqual([]);
  });

  it("a host name's dot ends no sentence, so a phrase reads across it", () => {
    expect(found('We want to move our domain kaplan-dental.com to you so you handle everything', 'request.domain-transfer')).toHaveLength(1);
    expect(found('We want to move our domain. Then to you we send the code', 'request.domain-transfer')).toEqual([]);
  });

  it("the provider's, whichever company the ticket names: a transfer from another registrar, a record asked on the DNS it holds", () => {
    const transfer = classify({ id: 't', subject: 'Transfer', body: 'Our domain is at GoDaddy. We want to move our domain to you so you manage everything. What do we need to do?' });
    // The registrar is where the domain is now: never the verdict, the provider the leading party
    // (whether it also clears the abstain threshold rests on the few transfers the sets hold).
    expect(transfer.party).not.toBe('domain_registrar');
    const parties = [{ party: transfer.party, probability: transfer.confidence }, ...transfer.alternatives].filter((a) => a.party !== 'unknown');
    expect(parties.sort((a, b) => b.probability - a.probability)[0]?.party).toBe('provider');
    const record = classify({ id: 'r', subject: 'SPF for Salesforce', body: 'Salesforce sends mail for us and asks to add their include to our SPF. Our DNS is hosted by you. Can you add include:_spf.salesforce.com please?' });
    expect(record.party).toBe('provider');
    // The same record, asked as "how do I add it myself", is the customer's own setting.
    const howTo = classify({ id: 'h', subject: '', body: 'Salesforce asks for an SPF include. Our DNS is with you. How do I add the include myself in the panel?' });
    expect(howTo.party).not.toBe('provider');
  });

  it('present-tense "receive" is not a receipt with a glued prefix', () => {
    expect(prefixVariants('מקבלות')).toEqual(['מקבלות']);
    expect(found('כל התיבות לא מקבלות מייל מהבוקר', 'request.finance')).toEqual([]);
  });

  it('a plan change in Hebrew as people write it', () => {
    expect(found('אני רוצה לשדרג מחבילת בסיס לחבילת עסקית', 'request.plan-change').length).toBeGreaterThan(0);
    expect(found('אני באמצע מעבר לחבילה חדשה, הסיסמאות ישתנו?', 'request.plan-change').length).toBeGreaterThan(0);
  });

  it('the card the account pays with is finance\'s; the address and company number are customer service\'s', () => {
    expect(chooseQueueOf('Please update the credit card on our account, the old one expires this month.')).toBe('finance');
    expect(chooseQueueOf('עברנו משרד. נבקש לעדכן בחשבון את הכתובת החדשה ואת מספר ח.פ. לחשבוניות')).toBe('customer_service');
    expect(chooseQueueOf('קיבלנו שתי חשבוניות על אותו חודש, נבקש לבטל אחת ולהחזיר את החיוב')).toBe('finance');
    expect(chooseQueueOf('Can we get a discount if we pay two years in advance?')).toBe('finance');
  });

  it("restoring from the provider's backup is the provider's request; the backup failing is urgent", () => {
    expect(found('עובד מחק תיקייה. יש לכם גיבוי? אפשר לשחזר מאתמול?', 'provider.restore-from-backup').length).toBeGreaterThan(0);
    expect(found('our nightly backups failed for all 3 servers: storage node not responding', 'urgency.backup-failed').length).toBeGreaterThan(0);
    expect(found('הגיבוי הלילי נכשל בכל השרתים', 'urgency.backup-failed')).toHaveLength(1);
  });

  it("other sites on the provider's network being fine narrows to one account, not to the site's code", () => {
    const body = 'the database service for our account shows stopped. Other sites on your network load fine.';
    expect(found(body, 'scope.only-our-account')).toHaveLength(1);
    expect(found(body, 'scope.other-sites-fine')).toEqual([]);
    expect(found('our other sites on the same account are fine, only this one shows the error', 'scope.other-sites-fine')).toHaveLength(1);
  });
});

describe('verdicts on plainly written tickets', () => {
  it('"it works for the rest of the office" decides customer_it', () => {
    const v = classify({ id: '7', subject: 'מייל', body: 'לא מצליח לשלוח מיילים מהאאוטלוק, אצל השאר במשרד עובד' });
    expect(v.party).toBe('customer_it');
    expect(v.evidence.map((e) => e.text).join(' ')).toContain('השאר');
  });

  it('"only me, webmail is fine" decides customer_it', () => {
    expect(classify({ id: '1', subject: 'Outlook', body: 'באאוטלוק שלי לא עובד, רק אצלי, בוובמייל זה תקין' }).party).toBe('customer_it');
  });

  it('a ticket with no policy cue at all is not certain of anything', () => {
    const v = classify({ id: 'x', subject: '', body: 'שלום, רציתי לשאול משהו' });
    expect(v.confidence).toBeLessThanOrEqual(0.75);
  });

  it('each department counts its strongest request: an order that asks the price is customer service\'s, a price question finance\'s', () => {
    // Three finance words (price, invoice, cost) do not outweigh the one order they are part of.
    expect(chooseQueueOf('הלקוחה מבקשת להוסיף תיבה נוספת לעובדת חדשה, שאלה כמה זה עולה בחודש ואם זה יופיע באותה חשבונית')).toBe('customer_service');
    expect(chooseQueueOf('We want to add 2 more mailboxes to our plan. What is the price per box, and will it be on the same invoice?')).toBe('customer_service');
    expect(chooseQueueOf('How much would it cost to upgrade our hosting plan from 20GB to 50GB?')).toBe('finance');
  });

  it('where the invoices are sent is an account detail; an invoice issued again is finance\'s', () => {
    expect(chooseQueueOf('נא לשנות את כתובת המייל לשליחת חשבוניות ל- accounts@ofek.co.il במקום הכתובת הקודמת')).toBe('customer_service');
    expect(chooseQueueOf('your invoices are still being emailed to our old accountant, please change it to accounts@nova.co.il')).toBe('customer_service');
    expect(chooseQueueOf('Our accountant needs the invoice issued to the company name, not my private name. Can you reissue it?')).toBe('finance');
  });

  it('an escalation is management\'s, an agent escalating an outage is not', () => {
    expect(chooseQueueOf('Four days, three agents, still not fixed. I want this escalated to a team lead today.')).toBe('management');
    expect(chooseQueueOf('web12 not answering HTTP for all sites since 03:10, escalated to NOC')).not.toBe('management');
  });

  it("a how-to question about paying or the account's details asks the provider's office, not for training", () => {
    const pay = 'החלפתי כרטיס אשראי. איך אני מעדכנת את הפרטים של כרטיס האשראי? לא רוצה לשלוח במייל.';
    expect(negatedOnly(pay, 'self.how-to')).toBe(true);
    expect(classify({ id: 't', subject: '', body: pay }, policy)).toMatchObject({ party: 'provider', queue: 'finance' });
    // A how-to about webmail next to nothing of the office stays user training.
    expect(found('איך מוסיפים חתימה בוובמייל?', 'self.how-to').length).toBeGreaterThan(0);
    // "how much space" is no price.
    expect(found('is there a way to see how much space each mailbox uses in the panel?', 'request.price')).toEqual([]);
  });

  it('records an outside service needs, asked on DNS the provider hosts, are the provider\'s change and no outside-company fact', () => {
    const body = 'Mailchimp is asking us to authenticate our domain. The domain is registered with you and the DNS is yours. Could you add the records they want for us?';
    const verdict = classify({ id: 't', subject: 'Mailchimp domain authentication', body }, policy);
    expect(verdict.party).toBe('provider');
    expect(verdict.facts.some((f) => f.kind === 'location' && f.value === 'outside_company')).toBe(false);
  });

  it('a letter to management or a claim for compensation is management\'s, though it reports a fault', () => {
    expect(chooseQueueOf('Dear Management, further to the data loss after the failed restore of our backup, we request a formal written explanation.')).toBe('management');
    expect(chooseQueueOf('Our store was down for most of Sunday because of your server outage. We expect compensation for the lost sales.')).toBe('management');
    expect(chooseQueueOf('לכבוד הנהלת החברה, בעקבות ההשבתה של שרת המייל אנו מבקשים פיצוי על הנזק')).toBe('management');
    // The outage alone, with no letter to management, stays with the technicians.
    expect(chooseQueueOf('Our store was down for most of Sunday because of your server outage. Is it stable now?')).toBe('technical');
  });
});

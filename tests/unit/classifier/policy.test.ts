// The policy is data: editing it changes verdicts, with no code change.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import { DEFAULT_CLASSIFICATION_POLICY, type ClassificationPolicy } from '../../../lib/policy/classification';
import { PARTIES } from '../../../lib/policy/labels';

const copy = (): ClassificationPolicy => structuredClone(DEFAULT_CLASSIFICATION_POLICY);

describe('the default policy', () => {
  const policy = DEFAULT_CLASSIFICATION_POLICY;
  const clauseIds = new Set(policy.clauses.map((c) => c.id));
  const all = [...policy.signals, ...policy.scopeCues, ...policy.requestCues, ...policy.urgencyCues, ...policy.pastedOutput];

  it('is versioned and defines every party once, in Hebrew and English', () => {
    expect(policy.version).toBeGreaterThanOrEqual(1);
    expect(policy.parties.map((p) => p.id).sort()).toEqual([...PARTIES].sort());
    for (const p of policy.parties) {
      expect(p.name.he && p.name.en && p.description.he && p.description.en).toBeTruthy();
      expect(clauseIds.has(p.clause)).toBe(true);
    }
  });

  it('cites only clauses it defines, and has unique signal ids', () => {
    for (const s of all) expect(clauseIds.has(s.clause), s.id).toBe(true);
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of policy.clauses) expect(c.he && c.en).toBeTruthy();
  });

  it('has phrases in both languages for every party signal, and bilingual questions', () => {
    for (const s of [...policy.signals, ...policy.scopeCues]) {
      expect(s.phrases.he.length, s.id).toBeGreaterThan(0);
      expect(s.phrases.en.length, s.id).toBeGreaterThan(0);
    }
    for (const q of policy.questions) expect(q.he && q.en).toBeTruthy();
  });

  it('its pasted-output patterns compile', () => {
    for (const s of policy.pastedOutput) expect(() => new RegExp(s.pattern, 'gu')).not.toThrow();
  });
});

describe('editing the policy', () => {
  const body = 'The Zorblax sync agent stopped updating our shared calendar since yesterday.';

  it('adding a phrase to a party\'s signals moves the verdict toward it and cites it; weighting it decides', () => {
    // A short ticket in words the model only half knows: without the phrase nothing points to
    // other_vendor and nothing is cited.
    const pOf = (v: ReturnType<typeof classify>) =>
      v.party === 'other_vendor' ? v.confidence : (v.alternatives.find((a) => a.party === 'other_vendor')?.probability ?? 0);
    const before = classify({ id: 'z', subject: '', body });
    expect(pOf(before)).toBeLessThan(0.5);
    expect(before.evidence.map((e) => e.text)).not.toContain('Zorblax');
    const edited = copy();
    edited.signals.find((s) => s.id === 'vendor.third-party')!.phrases.en.push('zorblax');
    const after = classify({ id: 'z', subject: '', body }, edited);
    // The phrase alone moves the verdict (how far depends on what the model learned of the signal);
    // its weight in the policy is what makes it decide (below).
    // (An alternative under 2% is not listed, so "before" may read 0.)
    expect(pOf(after)).toBeGreaterThan(Math.max(pOf(before), 0.02));
    // It is a fact of the verdict at once, pointing to the party its signal names (the evidence
    // of an undetermined verdict lists the phrases of its two leading candidates only, which this
    // one may not yet be).
    expect(after.facts.find((f) => f.span.text === 'Zorblax')).toMatchObject({ kind: 'location', value: 'outside_company', party: 'other_vendor' });
    expect(before.facts.some((f) => f.span.text === 'Zorblax')).toBe(false);
    // Policies are values (compiled once each): the team's next edit is a new copy.
    const heavier = structuredClone(edited);
    const again = heavier.signals.find((s) => s.id === 'vendor.third-party')!;
    again.parties = { ...again.parties, other_vendor: 4 };
    const weighted = classify({ id: 'z', subject: '', body }, heavier);
    // Weighted, other_vendor leads (on this vague wording the model may still ask first)...
    expect(pOf(weighted)).toBeGreaterThan(pOf(after) + 0.2);
    const others = weighted.alternatives.filter((a) => a.party !== 'other_vendor' && a.party !== 'unknown');
    expect(others.every((a) => a.probability < pOf(weighted))).toBe(true);
    expect(weighted.evidence.map((e) => e.text)).toContain('Zorblax');
    // ... and a team that weights it heavily gets the verdict it asked for.
    const heaviest = structuredClone(heavier);
    const third = heaviest.signals.find((s) => s.id === 'vendor.third-party')!;
    third.parties = { ...third.parties, other_vendor: 8 };
    expect(classify({ id: 'z', subject: '', body }, heaviest).party).toBe('other_vendor');
  });

  it('a new signal the model has never seen counts through its policy weights', () => {
    const edited = copy();
    edited.signals.push({ id: 'team.zorblax', clause: 'third-party-interfaces', parties: { other_vendor: 4 }, phrases: { he: ['זורבלקס'], en: ['zorblax'] } });
    // "A sync agent stopped updating the calendar" is, in the labelled sets, a ticket one often
    // cannot decide: the new signal makes other_vendor by far the leading party (whether it also
    // clears the abstain threshold depends on what the model learned of such wording)...
    const probabilityOf = (v: ReturnType<typeof classify>) =>
      v.party === 'other_vendor' ? v.confidence : (v.alternatives.find((a) => a.party === 'other_vendor')?.probability ?? 0);
    const without = classify({ id: 'z', subject: '', body }, copy());
    const withSignal = classify({ id: 'z', subject: '', body }, edited);
    expect(probabilityOf(withSignal)).toBeGreaterThan(probabilityOf(without) + 0.3);
    const leading = [{ party: withSignal.party, probability: withSignal.confidence }, ...withSignal.alternatives].filter((a) => a.party !== 'unknown').sort((a, b) => b.probability - a.probability)[0];
    expect(leading?.party).toBe('other_vendor');
    expect(withSignal.evidence.map((e) => e.text)).toContain('Zorblax');
    // ... and where the wording says a component stopped, it decides.
    expect(classify({ id: 'z', subject: '', body: 'סוכן הסנכרון של זורבלקס הפסיק לעדכן את היומן המשותף' }, edited).party).toBe('other_vendor');
  });

  it('raising the abstain threshold turns a decided verdict into an undetermined one, with questions', () => {
    const t = { id: 'w', subject: '', body: 'all our mailboxes stopped receiving since 10:00' };
    const before = classify(t);
    expect(before.owner).toBe('provider');
    const strict = copy();
    strict.abstainThreshold = 0.999;
    const after = classify(t, strict);
    expect(after.owner).toBe('undetermined');
    expect(after.party).toBe('unknown');
    expect(after.questions.length).toBeGreaterThan(0);
  });

  it('changing a question\'s wording changes what the agent is told to ask', () => {
    const edited = copy();
    for (const q of edited.questions) q.en = `Team: ${q.en}`;
    const v = classify({ id: 'u', subject: '', body: 'mail does not work' }, edited);
    expect(v.questions.every((q) => q.en.startsWith('Team: '))).toBe(true);
  });

  it('a queue cue added to the policy routes the request', () => {
    const edited = copy();
    edited.requestCues.find((s) => s.id === 'request.finance')!.phrases.en.push('purchase order number');
    const v = classify({ id: 'p', subject: '', body: 'Please put our purchase order number on the next document you send to our office.' }, edited);
    expect(v.queue).toBe('finance');
  });
});

// The vendor directory is policy data: validated, exported and imported, lockable by the
// administrator, and a vendor a team adds decides a ticket that names it.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import { DEFAULT_CLASSIFICATION_POLICY, type ClassificationPolicy } from '../../../lib/policy/classification';
import { DEFAULT_VENDORS } from '../../../lib/policy/vendors';
import { PARTIES } from '../../../lib/policy/labels';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { checkSettings } from '../../../lib/settings/schema';
import { exportSettingsFile, parseSettingsFile } from '../../../lib/settings/file';
import { isLocked, resolveSettings } from '../../../lib/settings/resolve';

const copy = (): ClassificationPolicy => structuredClone(DEFAULT_CLASSIFICATION_POLICY);
const withVendors = (vendors: unknown): Settings =>
  ({ ...DEFAULT_SETTINGS, classification: { ...DEFAULT_SETTINGS.classification, vendors } }) as Settings;

describe('the default vendor directory', () => {
  it('has unique ids, names in both languages, and every customer-side party it needs', () => {
    const ids = DEFAULT_VENDORS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = DEFAULT_VENDORS.flatMap((v) => v.names);
    expect(names.some((n) => /[\u0590-\u05ff]/.test(n))).toBe(true);
    expect(names.some((n) => /[a-z]/i.test(n))).toBe(true);
    for (const party of ['isp', 'domain_registrar', 'web_developer', 'other_vendor'] as const) {
      expect(DEFAULT_VENDORS.some((v) => v.party === party), party).toBe(true);
    }
    for (const v of DEFAULT_VENDORS) expect(PARTIES).toContain(v.party);
  });

  it('is part of the default settings and passes their check', () => {
    expect(DEFAULT_SETTINGS.classification.vendors).toBe(DEFAULT_VENDORS);
    expect(checkSettings(DEFAULT_SETTINGS).ok).toBe(true);
  });
});

describe('validating vendors like every other field', () => {
  const problems = (vendors: unknown, lang: 'en' | 'he' = 'en') => {
    const r = checkSettings(withVendors(vendors), lang);
    return r.ok ? [] : r.problems;
  };

  it('names the vendor and the field that is wrong', () => {
    expect(problems([{ id: 'acme', names: ['Acme Mail'], party: 'nobody' }])).toEqual([
      expect.objectContaining({ path: 'classification.vendors[acme].party' }),
    ]);
    expect(problems([{ id: 'acme', names: [], party: 'other_vendor' }])).toEqual([
      { path: 'classification.vendors[acme].names', problem: 'needs at least one name' },
    ]);
    expect(problems([{ id: 'acme', names: ['  '], party: 'other_vendor' }])[0]?.path).toBe('classification.vendors[acme].names[0]');
    expect(problems([{ id: 'acme', names: ['***'], party: 'other_vendor' }], 'he')).toEqual([
      { path: 'classification.vendors[acme].names[0]', problem: 'צריך לכלול אות או ספרה' },
    ]);
    expect(problems([{ id: 'acme', names: ['Acme'], party: 'other_vendor', colour: 'red' }])[0]?.path).toBe('classification.vendors[acme].colour');
  });

  it('refuses two vendors with one id, and "unknown" as a vendor\'s party', () => {
    const acme = { id: 'acme', names: ['Acme'], party: 'other_vendor' };
    expect(problems([acme, { ...acme, names: ['Acme 2'] }])[0]?.path).toBe('classification.vendors');
    expect(problems([{ ...acme, party: 'unknown' }])[0]?.path).toBe('classification.vendors[acme].party');
    expect(problems([{ ...acme, kind: 'erp' }])).toEqual([]);
    expect(problems([{ ...acme, kind: 'spaceship' }])[0]?.path).toBe('classification.vendors[acme].kind');
  });
});

describe('vendors travel with the settings', () => {
  const acme = { id: 'acme-mail', names: ['Acme Mail', 'אקמה מייל'], party: 'other_vendor' as const, kind: 'mail' as const };

  it('an exported file carries the directory and importing it gives it back', () => {
    const settings = withVendors([...DEFAULT_VENDORS, acme]);
    const text = exportSettingsFile(settings, new Date('2026-12-01T10:00:00Z'));
    const r = parseSettingsFile(text, DEFAULT_SETTINGS);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.classification.vendors.at(-1)).toEqual(acme);
  });

  it('an imported file with a broken vendor is refused with the path, and nothing is replaced', () => {
    const file = JSON.parse(exportSettingsFile(withVendors([{ ...acme, party: 'martians' }]))) as { settings: unknown };
    const r = parseSettingsFile(JSON.stringify(file), DEFAULT_SETTINGS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.path).toBe('settings.classification.vendors[acme-mail].party');
  });

  it('the administrator\'s directory wins and is locked; an invalid one is ignored with a message', () => {
    const r = resolveSettings({}, { classification: { vendors: [acme] } });
    expect(r.settings.classification.vendors).toEqual([acme]);
    expect(isLocked(r.locked, ['classification', 'vendors'])).toBe(true);
    expect(r.own.classification.vendors).toEqual(DEFAULT_VENDORS);

    const bad = resolveSettings({}, { classification: { vendors: [{ ...acme, names: [] }] } });
    expect(bad.settings.classification.vendors).toEqual(DEFAULT_VENDORS);
    expect(bad.problems.join('\n')).toContain('classification.vendors[acme-mail].names');
  });
});

describe('the classifier reads the directory', () => {
  const ticket = {
    id: 'acme',
    subject: 'Cannot log in',
    body: 'Since this morning Acme Mail asks me for a verification code that never arrives, so I cannot log in to my mailbox there.',
  };

  it('a team that adds "Acme Mail" as other_vendor sees a ticket naming Acme Mail decided that way, citing the name', () => {
    const before = classify(ticket);
    expect(before.party).not.toBe('other_vendor');
    const policy = copy();
    policy.vendors.push({ id: 'acme-mail', names: ['Acme Mail'], party: 'other_vendor' });
    const after = classify(ticket, policy);
    expect(after.party).toBe('other_vendor');
    expect(after.owner).toBe('customer');
    const named = after.evidence.find((e) => e.text === 'Acme Mail');
    expect(named).toMatchObject({ field: 'body', party: 'other_vendor', clause: 'third-party-interfaces' });
    expect(ticket.body.slice(named!.start, named!.end)).toBe('Acme Mail');
  });

  it('finds a Hebrew name with its glued prefix and highlights the word as written', () => {
    const body = 'הדומיין רשום בגודאדי ושם גם ה-DNS, צריך לשנות את רשומת ה-MX';
    const v = classify({ id: 'g', subject: '', body });
    expect(v.party).toBe('domain_registrar');
    const e = v.evidence.find((x) => body.slice(x.start, x.end).includes('גודאדי'));
    expect(e && body.slice(e.start, e.end)).toBe('בגודאדי');
  });
});

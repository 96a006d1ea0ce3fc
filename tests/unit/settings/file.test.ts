import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { exportSettingsFile, parseSettingsFile } from '../../../lib/settings/file';
import { checkSettings } from '../../../lib/settings/schema';

const current: Settings = { ...structuredClone(DEFAULT_SETTINGS), agentName: 'Dana', uiLang: 'he' };

function edited(): Settings {
  const s = structuredClone(current);
  s.replies.find((r) => r.id === 'isp')!.body.en = 'Please call your internet provider.';
  s.sla.targets.technical.email = { amount: 3, unit: 'business_hours' };
  s.sla.calendar.customDates = [{ date: '2026-12-31', hours: [{ start: '09:00', end: '13:00' }], note: 'half day' }];
  s.classification.abstainThreshold = 0.6;
  s.customHelpdesks = [
    { id: 'acme', name: 'Acme', hostPattern: 'https://help.acme.example/*', ticketIdFrom: 'url', selectors: { subject: 'h1', messages: '.msg', editor: 'textarea' } },
  ];
  return s;
}

function problemsFor(text: string, lang: 'en' | 'he' = 'en') {
  const r = parseSettingsFile(text, current, lang);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}

const fileWith = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'gvul-settings', version: 1, settings, ...extra });

describe('export then import', () => {
  it('round-trips exactly, and keeps the importing agent\'s name and language', () => {
    const mine = edited();
    const text = exportSettingsFile(mine);
    const r = parseSettingsFile(text, { ...current, agentName: 'Noa', uiLang: 'en' });
    expect(r.ok && r.value).toEqual({ ...mine, agentName: 'Noa', uiLang: 'en' });
    expect(exportSettingsFile(r.ok ? r.value : current, new Date(0))).toBe(exportSettingsFile(mine, new Date(0)));
  });

  it('takes the defaults for the sections a file leaves out', () => {
    const r = parseSettingsFile(fileWith({ replies: edited().replies }), edited());
    expect(r.ok && r.value.sla).toEqual(DEFAULT_SETTINGS.sla);
    expect(r.ok && r.value.replies).toEqual(edited().replies);
  });
});

describe('a bad file is refused with the field and the problem', () => {
  it('bad JSON', () => {
    expect(problemsFor('{ "format": "gvul-settings", ')[0]).toMatchObject({ path: '(the whole file)', problem: expect.stringContaining('not valid JSON') });
  });
  it('not a settings file', () => {
    expect(problemsFor('[1,2]')[0]!.problem).toContain('not a Gvul settings file');
    expect(problemsFor('{"hello":1}')[0]!.path).toBe('format');
  });
  it('an unknown version, newer or nonsense', () => {
    expect(problemsFor(JSON.stringify({ format: 'gvul-settings', version: 7, settings: {} }))[0]).toMatchObject({
      path: 'version',
      problem: expect.stringContaining('newer Gvul'),
    });
    expect(problemsFor(JSON.stringify({ format: 'gvul-settings', version: '1', settings: {} }))[0]!.problem).toContain('unknown settings file version');
    expect(problemsFor(JSON.stringify({ format: 'gvul-settings', settings: {} }))[0]!.path).toBe('version');
  });
  it('wrong types, out of range and unknown fields, each with its path', () => {
    const s = structuredClone(edited());
    (s.classification as { abstainThreshold: unknown }).abstainThreshold = '0.6';
    s.sla.targets.finance.web.amount = -2;
    s.sla.calendar.timeZone = 'Mars/Olympus';
    (s.replies[1]!.body as { en: unknown }).en = 42;
    (s.sla.warning as Record<string, unknown>).minutsLeft = 3;
    const problems = problemsFor(fileWith({ classification: s.classification, sla: s.sla, replies: s.replies }));
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.problem]));
    expect(byPath['settings.classification.abstainThreshold']).toBe('must be a number, but is "0.6"');
    expect(byPath['settings.sla.targets.finance.web.amount']).toBe('must be more than 0');
    expect(byPath['settings.sla.calendar.timeZone']).toContain('is not a time zone');
    expect(byPath['settings.replies[customer_it].body.en']).toBe('must be text, but is 42');
    expect(byPath['settings.sla.warning.minutsLeft']).toContain('unknown field');
  });
  it('in Hebrew too', () => {
    const s = structuredClone(edited());
    (s.classification as { abstainThreshold: unknown }).abstainThreshold = 3;
    expect(problemsFor(fileWith({ classification: s.classification }), 'he')[0]).toEqual({
      path: 'settings.classification.abstainThreshold',
      problem: 'צריך להיות לכל היותר 1, אבל הוא 3',
    });
  });
  it('a policy that no longer names every party, a calendar that never opens', () => {
    const s = structuredClone(edited());
    s.classification.parties = s.classification.parties.filter((p) => p.id !== 'isp');
    s.sla.calendar.weekly = { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };
    s.sla.calendar.customDates = [];
    const paths = problemsFor(fileWith({ classification: s.classification, sla: s.sla })).map((p) => `${p.path}: ${p.problem}`);
    expect(paths).toContain('settings.classification.parties: must name every party (provider, customer_it, isp, domain_registrar, web_developer, other_vendor, customer_self, unknown)');
    expect(paths).toContain('settings.sla.calendar: has no opening hours at all');
  });
});

describe('a file an earlier Gvul exported', () => {
  // Written by Gvul 0.1 (its defaults, with the abstain threshold a team changed to 0.61): it has
  // no vendor directory and no firm threshold, which came later.
  const old = readFileSync(new URL('../../fixtures/settings/gvul-0.1-defaults.json', import.meta.url), 'utf8');

  it('imports whole: its edits kept, the fields it predates from the defaults', () => {
    const r = parseSettingsFile(old, DEFAULT_SETTINGS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.classification.abstainThreshold).toBe(0.61);
    expect(r.value.classification.vendors).toEqual(DEFAULT_SETTINGS.classification.vendors);
    expect(r.value.classification.firmThreshold).toBe(DEFAULT_SETTINGS.classification.firmThreshold);
  });

  it('is still checked: a bad value in it is refused with its path', () => {
    const bad = old.replace('"abstainThreshold": 0.61', '"abstainThreshold": 7');
    const r = parseSettingsFile(bad, DEFAULT_SETTINGS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.path).toBe('settings.classification.abstainThreshold');
  });
});

describe('the defaults', () => {
  it('are valid settings', () => {
    expect(checkSettings(DEFAULT_SETTINGS).ok).toBe(true);
  });
});

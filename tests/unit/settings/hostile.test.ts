// Settings files and managed configuration written to abuse the check: object-machinery keys in
// records, oversized strings, patterns that freeze a backtracking engine.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { parseSettingsFile } from '../../../lib/settings/file';
import { resolveSettings } from '../../../lib/settings/resolve';
import { checkSettings } from '../../../lib/settings/schema';

const current: Settings = structuredClone(DEFAULT_SETTINGS);
const BIG = 'x'.repeat(100_000);

/** `target[key] = value` as JSON.parse would make it: an own key, even for `__proto__`. */
function ownKey(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function team(): Pick<Settings, 'classification' | 'sla'> {
  return structuredClone({ classification: DEFAULT_SETTINGS.classification, sla: DEFAULT_SETTINGS.sla });
}

const fileOf = (settings: unknown) => JSON.stringify({ format: 'gvul-settings', version: 1, settings });

describe('phrases that stand for too many', () => {
  it('a line whose alternatives multiply past the cap is refused with its path, and nothing is taken', () => {
    const t = team();
    const wide = `{${Array.from({ length: 70 }, (_, i) => `w${i}`).join('|')}}`;
    t.classification.signals[0]!.phrases.en.push(`${wide} ${wide}`);
    const r = parseSettingsFile(fileOf(t), current);
    expect(r.ok).toBe(false);
    const signal = t.classification.signals[0]!;
    expect(!r.ok && r.problems[0]!.path).toBe(`settings.classification.signals[${signal.id}].phrases.en[${signal.phrases.en.length - 1}]`);
    expect(!r.ok && r.problems[0]!.problem).toMatch(/stands for more than 4096 phrases.*split it/);
    const he = parseSettingsFile(fileOf(t), current, 'he');
    expect(!he.ok && he.problems[0]!.problem).toMatch(/פצלו/);
  });
});

describe('records with object-machinery keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('a signal party named %s is refused with its path', (key) => {
    const t = team();
    ownKey(t.classification.signals[0]!.parties!, key, BIG);
    const text = fileOf(t);
    expect(text).toContain(`"${key}":"xxx`);
    const r = parseSettingsFile(text, current);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toEqual({
      path: `settings.classification.signals[0].parties.${key}`,
      problem: 'is a field name Gvul refuses (__proto__, constructor, prototype)',
    });
  });

  it('a holiday named constructor is refused, in Hebrew too', () => {
    const t = team();
    ownKey(t.sla.calendar.holidays, 'constructor', true);
    const r = parseSettingsFile(fileOf(t), current, 'he');
    expect(!r.ok && r.problems.map((p) => p.path)).toEqual(['settings.sla.calendar.holidays.constructor']);
    expect(!r.ok && r.problems[0]!.problem).toMatch(/גבול אינו מקבל/);
  });

  it('managed configuration with such a key is not applied and never reaches the settings in use', () => {
    const managed = { sla: structuredClone(DEFAULT_SETTINGS.sla), classification: { abstainThreshold: 0.7 } };
    ownKey(managed.sla.calendar.holidays, '__proto__', BIG);
    const r = resolveSettings({}, managed);
    expect(r.problems.join('\n')).toContain('sla.calendar.holidays.__proto__');
    expect(JSON.stringify(r.settings)).not.toContain('__proto__');
    expect(JSON.stringify(r.settings).length).toBeLessThan(BIG.length);
    // The administrator's valid section still applies.
    expect(r.settings.classification.abstainThreshold).toBe(0.7);
  });
});

describe('only what the check returned is kept', () => {
  it('the checked settings are a fresh value, equal to the input but not the input', () => {
    const input = structuredClone(DEFAULT_SETTINGS);
    const r = checkSettings(input);
    expect(r.ok && r.value).toEqual(input);
    expect(r.ok && r.value).not.toBe(input);
    expect(r.ok && r.value.classification).not.toBe(input.classification);
  });

  it.each([
    ['a 100 KB host pattern', (s: Settings) => (s.customHelpdesks = [{ id: 'acme', name: 'Acme', hostPattern: `https://a.example/${BIG}`, ticketIdFrom: 'url', selectors: { subject: 'h1', messages: '.m', editor: 'textarea' } }]), 'customHelpdesks[acme].hostPattern'],
    ['a 100 KB time zone', (s: Settings) => (s.sla.calendar.timeZone = BIG), 'sla.calendar.timeZone'],
    ['a 100 KB ticket-id pattern', (s: Settings) => (s.customHelpdesks = [{ id: 'acme', name: 'Acme', hostPattern: 'https://a.example/*', ticketIdFrom: 'url', ticketIdPattern: BIG, selectors: { subject: 'h1', messages: '.m', editor: 'textarea' } }]), 'customHelpdesks[acme].ticketIdPattern'],
  ])('%s is refused', (_, edit, path) => {
    const s = structuredClone(DEFAULT_SETTINGS);
    edit(s);
    const r = checkSettings(s);
    expect(!r.ok && r.problems.map((p) => p.path)).toContain(path);
  });
});

describe('patterns that could stall the page', () => {
  it('an imported pasted-output pattern (a+)+$ is refused with a clear message', () => {
    const t = team();
    t.classification.pastedOutput[0]!.pattern = '(a+)+$';
    const r = parseSettingsFile(fileOf(t), current);
    expect(!r.ok && r.problems).toEqual([
      {
        path: `settings.classification.pastedOutput[${t.classification.pastedOutput[0]!.id}].pattern`,
        problem: 'repeats a part that itself repeats (like (a+)+): such a pattern can freeze the page on some texts; repeat the inner part only',
      },
    ]);
  });

  it('a managed custom helpdesk whose ticket-id pattern backtracks is not applied', () => {
    const managed = {
      customHelpdesks: [{ id: 'acme', name: 'Acme', hostPattern: 'https://a.example/*', ticketIdFrom: 'url', ticketIdPattern: '(\\d|\\d\\d)+$', selectors: { subject: 'h1', messages: '.m', editor: 'textarea' } }],
    };
    const r = resolveSettings({}, managed);
    expect(r.settings.customHelpdesks).toEqual([]);
    expect(r.problems.join('\n')).toMatch(/customHelpdesks\[acme\]\.ticketIdPattern: repeats alternatives/);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { applyPatch, diffPatch, jsonBytes, overlay } from '../../../lib/settings/patch';

const clone = <T>(x: T): T => structuredClone(x);

describe('changes from the defaults', () => {
  it('are empty for the defaults', () => {
    expect(diffPatch(DEFAULT_SETTINGS, clone(DEFAULT_SETTINGS))).toBeUndefined();
  });

  it('hold one edited phrase as a small patch keyed by the signal id, and apply back exactly', () => {
    const edited = clone(DEFAULT_SETTINGS);
    edited.classification.signals[2]!.phrases.en.push('our managed box');
    edited.replies.find((r) => r.id === 'isp')!.body.en = 'Call your ISP.';
    const patch = diffPatch(DEFAULT_SETTINGS, edited);
    expect(JSON.stringify(patch)).toContain('"$byId":{"provider.managed"');
    expect(jsonBytes(patch)).toBeLessThan(2000);
    expect(applyPatch(DEFAULT_SETTINGS, patch)).toEqual(edited);
  });

  it('keep removals, additions and a new order', () => {
    const edited = clone(DEFAULT_SETTINGS);
    const [first, second] = edited.replies;
    edited.replies = [second!, first!, ...edited.replies.slice(3), { ...first!, id: 'undetermined' as const }].filter(
      (r, i, all) => all.findIndex((x) => x.id === r.id) === i,
    );
    edited.classification.signals.splice(1, 1);
    delete (edited.sla.calendar as { eveHours?: unknown }).eveHours;
    edited.sla.calendar.eveHours = [{ start: '09:00', end: '13:00' }];
    const patch = diffPatch(DEFAULT_SETTINGS, edited);
    expect(applyPatch(DEFAULT_SETTINGS, patch)).toEqual(edited);
  });

  it('apply(base, diff(base, v)) equals v for random edits of the settings', () => {
    const paths = [
      (s: Settings, x: string) => (s.agentName = x),
      (s: Settings, x: string) => s.classification.signals[0]!.phrases.he.push(x),
      (s: Settings, x: string) => (s.classification.parties[3]!.name.en = x),
      (s: Settings, x: string) => (s.replies[1]!.title.he = x),
      (s: Settings, x: string) => s.classification.questions.splice(x.length % 5, 1),
      (s: Settings, x: string) => (s.sla.calendar.customDates = [{ date: '2026-05-01', hours: [], note: x }]),
      (s: Settings, x: string) => s.customHelpdesks.push({ id: `h${x.length}`, name: x || 'x', hostPattern: 'https://a.example/*', ticketIdFrom: 'url', selectors: { subject: 'h1', messages: '.m', editor: 'textarea' } }),
      (s: Settings, _x: string) => s.replies.reverse(),
      (s: Settings, x: string) => (s.classification.abstainThreshold = x.length / 100),
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(paths.length - 1), fc.string()), { maxLength: 6 }), (edits) => {
        const s = clone(DEFAULT_SETTINGS);
        for (const [i, x] of edits) paths[i]!(s, x);
        expect(applyPatch(DEFAULT_SETTINGS, diffPatch(DEFAULT_SETTINGS, s))).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });

  it('for any JSON values without null (settings have none: null in a patch removes a key)', () => {
    const noNull = (x: unknown): unknown =>
      x === null ? 0 : Array.isArray(x) ? x.map(noNull) : typeof x === 'object' ? Object.fromEntries(Object.entries(x as object).map(([k, v]) => [k, noNull(v)])) : x;
    // As stored: through JSON, where -0 is 0 (fast-check's jsonValue can produce -0, and
    // diffPatch rightly sees 0 and -0 as equal).
    const json = fc.jsonValue().map((x) => JSON.parse(JSON.stringify(noNull(x))) as unknown);
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(applyPatch(a, diffPatch(a, b))).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('an administrator overlay', () => {
  it('merges objects, replaces lists, and lists the paths it set', () => {
    const { value, paths } = overlay(DEFAULT_SETTINGS, { sla: { warning: { minutesLeft: 30 } }, replies: [] });
    expect(value.sla.warning).toEqual({ fractionOfTarget: 0.25, minutesLeft: 30 });
    expect(value.replies).toEqual([]);
    expect(value.classification).toBe(DEFAULT_SETTINGS.classification);
    expect(paths).toEqual([['sla', 'warning', 'minutesLeft'], ['replies']]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { diffPatch } from '../../../lib/settings/patch';
import { changesOf, isLocked, ownFromDraft, resolveSettings } from '../../../lib/settings/resolve';

const own = structuredClone(DEFAULT_SETTINGS);
own.sla.warning.minutesLeft = 20;
own.agentName = 'Dana';
own.classification.abstainThreshold = 0.55;
const changes = diffPatch(DEFAULT_SETTINGS, own);

describe('which settings win', () => {
  it('the stored changes over the defaults', () => {
    const r = resolveSettings(changes, null);
    expect(r.settings).toEqual(own);
    expect(r.locked).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('the administrator\'s managed values over the agent\'s, locked', () => {
    const r = resolveSettings(changes, { sla: { warning: { minutesLeft: 45 } }, uiLang: 'he' });
    expect(r.settings.sla.warning.minutesLeft).toBe(45);
    expect(r.settings.uiLang).toBe('he');
    expect(r.settings.agentName).toBe('Dana');
    expect(r.settings.classification.abstainThreshold).toBe(0.55);
    expect(r.own.sla.warning.minutesLeft).toBe(20);
    expect(isLocked(r.locked, ['sla', 'warning', 'minutesLeft'])).toBe(true);
    expect(isLocked(r.locked, ['sla', 'warning', 'fractionOfTarget'])).toBe(false);
    expect(isLocked(r.locked, ['uiLang'])).toBe(true);
  });

  it('a locked list locks everything in it', () => {
    const r = resolveSettings(changes, { replies: DEFAULT_SETTINGS.replies.slice(0, 2) });
    expect(r.settings.replies).toHaveLength(2);
    expect(isLocked(r.locked, ['replies', 'isp', 'body', 'en'])).toBe(true);
  });

  it('an invalid managed section is ignored with a message naming it; the valid ones still apply', () => {
    const r = resolveSettings(changes, { sla: { warning: { minutesLeft: -5 } }, classification: { abstainThreshold: 0.7 } });
    expect(r.settings.sla.warning.minutesLeft).toBe(20);
    expect(r.settings.classification.abstainThreshold).toBe(0.7);
    expect(r.problems.join('\n')).toContain('sla.warning.minutesLeft: must be at least 0, but is -5');
  });

  it('broken stored changes fall back to the defaults for that section only', () => {
    const r = resolveSettings({ agentName: 'Dana', sla: { warning: { minutesLeft: 'soon' } } }, null);
    expect(r.settings.agentName).toBe('Dana');
    expect(r.settings.sla).toEqual(DEFAULT_SETTINGS.sla);
    expect(r.problems[0]).toContain('sla.warning.minutesLeft');
  });
});

describe('saving a draft', () => {
  it('keeps the administrator\'s values out of the agent\'s own changes', () => {
    const r = resolveSettings(changes, { sla: { warning: { minutesLeft: 45 } } });
    const draft = structuredClone(r.settings);
    draft.agentName = 'Noa';
    const mine = ownFromDraft(draft, r.own, r.locked);
    expect(mine.sla.warning.minutesLeft).toBe(20);
    expect(mine.agentName).toBe('Noa');
    expect(changesOf(mine)).toEqual({ agentName: 'Noa', classification: { abstainThreshold: 0.55 }, sla: { warning: { minutesLeft: 20 } } });
  });
});

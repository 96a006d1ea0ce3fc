// Every code lib/ reports has words in both languages, and the words are the language's own.
import { describe, expect, it } from 'vitest';
import { PROBLEM_CATALOGUES, insertProblemText, missingText, readReasonText, selectorCheckText } from '../../../lib/i18n/problems';
import { parseSettingsFile } from '../../../lib/settings/file';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { VALIDATION_CATALOGUES } from '../../../lib/i18n/validation';
import type { InsertProblem, ReadReason, SelectorCheckProblem } from '../../../lib/problems';

const HEBREW = /[\u0590-\u05FF]/;
const EVERY_PARAM = {
  helpdesk: 'Zendesk',
  ticketId: '7',
  shown: '6',
  missing: ['subject', 'conversation'],
  detail: 'boom',
  field: 'subject',
  selector: 'h2[',
  pattern: '(',
  problem: 'syntax',
  parties: 'provider, isp',
  type: 'text',
  got: '"x"',
  expected: '"a" | "b"',
  min: 1,
  max: 10,
  why: 'Unexpected token',
  format: 'gvul-settings',
  version: 1,
  part: 'history',
} as const;

describe.each(Object.entries({ ...PROBLEM_CATALOGUES, ...VALIDATION_CATALOGUES }))('the %s catalogue', (_name, catalogue) => {
  it('has the same codes in English and Hebrew', () => {
    expect(Object.keys(catalogue.he).sort()).toEqual(Object.keys(catalogue.en).sort());
    expect(Object.keys(catalogue.en).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(catalogue.en))('%s: Hebrew words in Hebrew, English in English', (code) => {
    const words = (lang: 'en' | 'he') => {
      const entry = (catalogue[lang] as Record<string, unknown>)[code];
      return typeof entry === 'function' ? (entry as (p: unknown) => string)({ code, ...EVERY_PARAM }) : String(entry);
    };
    for (const lang of ['en', 'he'] as const) {
      expect(words(lang).trim().length, lang).toBeGreaterThan(0);
      expect(words(lang), lang).not.toMatch(/undefined|\[object|\{\w+\}/);
    }
    expect(words('he')).toMatch(HEBREW);
    expect(words('en')).not.toMatch(HEBREW);
  });
});

describe('reasons keep what the agent needs to act', () => {
  it('name the helpdesk, the ticket and what is missing, in words', () => {
    const reason: ReadReason = { code: 'parts-missing', helpdesk: 'Freshdesk', ticketId: '77', missing: ['subject', 'conversation'] };
    expect(readReasonText('en', reason)).toBe(
      'Gvul found the Freshdesk ticket page for ticket #77 but not the subject and the conversation: Freshdesk may have changed its page.',
    );
    expect(readReasonText('he', reason)).toContain('הנושא ו');
    expect(readReasonText('he', reason)).toContain('Freshdesk');
  });

  it('keep the selector and the browser\'s own detail', () => {
    const check: SelectorCheckProblem = { code: 'selector-invalid', detail: "'h2[' is not a valid selector" };
    expect(selectorCheckText('he', check)).toBe("הבורר אינו CSS תקין ('h2[' is not a valid selector)");
    const problem: InsertProblem = { code: 'editor-refused', detail: 'model is read-only' };
    expect(insertProblemText('he', problem)).toContain('model is read-only');
    expect(insertProblemText('en', { code: 'editor-refused' })).toBe('The editor refused the reply.');
  });
});

describe('in Hebrew, no English from the browser or from codes', () => {
  it('what a page lacks is named in words, the custom helpdesk\'s fields too', () => {
    expect(missingText('he', ['subject', 'conversation'])).toBe('הנושא והשיחה');
    expect(missingText('he', ['customerMessage'])).toBe('הודעת לקוח');
    expect(missingText('he', ['ticketIdPattern'])).toMatch(HEBREW);
    expect(missingText('en', ['subject', 'conversation'])).toBe('the subject and the conversation');
  });

  it('a file that is not JSON: where it breaks, in place of the browser\'s English reason', () => {
    const text = '{\n  "format": "gvul-settings",\n  "version": 1,\n';
    const he = parseSettingsFile(text, DEFAULT_SETTINGS, 'he');
    const en = parseSettingsFile(text, DEFAULT_SETTINGS, 'en');
    expect(he.ok || en.ok).toBe(false);
    if (he.ok || en.ok) return;
    expect(he.problems).toHaveLength(1);
    expect(he.problems[0]!.path).toBe('(הקובץ כולו)');
    expect(he.problems[0]!.problem.replace('JSON', '')).not.toMatch(/[A-Za-z]{2,}/);
    // English keeps the browser's own words, which say the same.
    expect(en.problems[0]).toMatchObject({ path: '(the whole file)', problem: expect.stringMatching(/^is not valid JSON \(.+\)$/) });
    const broken = parseSettingsFile('{\n  "format": "gvul-settings",\n  "version" 1\n}', DEFAULT_SETTINGS, 'he');
    expect(broken.ok ? '' : broken.problems[0]!.problem).toBe('אינו JSON תקין (שורה 3, עמודה 13)');
  });
});

// The schema names each of its own checks by a code (lib/policy/schema.ts); every code must have
// words in both languages, or an agent would read the bare code.
import { describe, expect, it } from 'vitest';
import { SettingsSchema, checkSettings, type SchemaNode } from '../../../lib/settings/schema';
import { VALIDATION_WORDS } from '../../../lib/i18n/validation';
import { PATTERN_PROBLEM_WORDS } from '../../../lib/i18n/problems';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';

/** Every message a check of the schema carries (a code), found by walking the schema. */
function codes(node: SchemaNode | undefined, out = new Set<string>()): Set<string> {
  if (!node) return out;
  for (const action of node.pipe ?? []) {
    const message = (action as { message?: unknown }).message;
    if (typeof message === 'string') out.add(message);
    if (action !== node && action.kind === 'schema') codes(action, out);
  }
  for (const child of [...Object.values(node.entries ?? {}), node.item, node.value, node.wrapped]) codes(child, out);
  return out;
}

describe("the schema's own checks", () => {
  it('each carries a code that both catalogues put into words', () => {
    const found = codes(SettingsSchema as unknown as SchemaNode);
    expect(found.size).toBeGreaterThan(10);
    for (const code of found) {
      expect(Object.hasOwn(VALIDATION_WORDS.en, code) && Object.hasOwn(VALIDATION_WORDS.he, code), code).toBe(true);
    }
  });

  it('a refused pattern and a check with its own words read in Hebrew, not as a code', () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.classification.pastedOutput[0]!.pattern = '(a+)+$';
    settings.classification.parties = settings.classification.parties.filter((p) => p.id !== 'isp');
    const r = checkSettings(settings, 'he');
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems.map((p) => p.problem);
    expect(problems).toContain(PATTERN_PROBLEM_WORDS.he['nested-repeat']);
    expect(problems.some((p) => p.startsWith('צריך לכלול את כל הגורמים') && p.includes('isp'))).toBe(true);
    expect(problems.join(' ')).not.toMatch(/pattern:|everyParty/);
  });
});

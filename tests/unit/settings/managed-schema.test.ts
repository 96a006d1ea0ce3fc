import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { chromeSchemaOf, managedSchema, managedSchemaText } from '../../../lib/settings/managed-schema';
import { SettingsSchema } from '../../../lib/settings/schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { ID_PATTERN, MAX_MINUTES_LEFT, MAX_READ_CHARS, MIN_READ_CHARS } from '../../../lib/policy/schema';
import { PARTIES } from '../../../lib/policy/labels';
import { SELECTOR_FIELDS } from '../../../lib/adapters/custom';

describe('the managed storage schema', () => {
  it('public/managed-schema.json is the one built from the settings (regenerate: see lib/settings/managed-schema.ts)', () => {
    expect(readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8')).toBe(managedSchemaText());
  });

  it('uses only what Chrome accepts: no boolean additionalProperties', () => {
    expect(managedSchemaText()).not.toContain('additionalProperties');
  });
});

describe('the managed schema comes from the valibot settings schema', () => {
  type Node = { type?: string; properties?: Record<string, Node>; items?: Node; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
  const settings = (managedSchema() as Node).properties!.settings!;
  const at = (...path: string[]) => path.reduce<Node>((node, key) => (key === '[]' ? node.items! : node.properties![key]!), settings);

  it('a field, a list, a choice, a pattern and a range added to a schema appear in its managed form', () => {
    const limit = 37;
    const schema = v.strictObject({
      name: v.pipe(v.string(), v.regex(/^[a-z]+$/)),
      count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(limit))),
      ratio: v.pipe(v.number(), v.maxValue(1)),
      kinds: v.array(v.picklist(['x', 'y'])),
      weights: v.record(v.picklist(['p', 'q']), v.boolean()),
    });
    expect(chromeSchemaOf(schema)).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string', pattern: '^[a-z]+$' },
        count: { type: 'integer', minimum: 2, maximum: limit },
        ratio: { type: 'number' },
        kinds: { type: 'array', items: { type: 'string', enum: ['x', 'y'] } },
        weights: { type: 'object', properties: { p: { type: 'boolean' }, q: { type: 'boolean' } } },
      },
    });
  });

  it('refuses a schema it cannot express instead of leaving a field out', () => {
    expect(() => chromeSchemaOf(v.strictObject({ any: v.union([v.string(), v.number()]) }))).toThrow(/any: no managed-schema form/);
  });

  it("Gvul's limits and choices are the schema's", () => {
    expect(Object.keys(settings.properties!)).toEqual(Object.keys(SettingsSchema.entries));
    expect(at('uiLang').enum).toEqual(['auto', 'he', 'en']);
    expect(at('classification', 'signals', '[]', 'id').pattern).toBe(ID_PATTERN.source);
    expect(at('classification', 'vendors', '[]', 'id').pattern).toBe(ID_PATTERN.source);
    expect(at('classification', 'maxChars')).toEqual({ type: 'integer', minimum: MIN_READ_CHARS, maximum: MAX_READ_CHARS });
    expect(at('sla', 'warning', 'minutesLeft')).toEqual({ type: 'integer', minimum: 0, maximum: MAX_MINUTES_LEFT });
    expect(Object.keys(at('classification', 'signals', '[]', 'parties').properties!)).toEqual([...PARTIES]);
    expect(Object.keys(at('customHelpdesks', '[]', 'selectors').properties!)).toEqual([...SELECTOR_FIELDS]);
  });

  it('declares every field the default settings have, with its type (Chrome drops what it does not declare)', () => {
    const missing: string[] = [];
    const walk = (value: unknown, node: Node | undefined, path: string) => {
      if (!node) return missing.push(`${path}: not declared`);
      if (Array.isArray(value)) return value.forEach((item, i) => walk(item, node.items, `${path}[${i}]`));
      if (typeof value === 'object' && value !== null) {
        for (const [k, child] of Object.entries(value)) walk(child, node.properties?.[k], `${path}.${k}`);
        return;
      }
      const type = typeof value === 'number' ? (Number.isInteger(value) ? ['number', 'integer'] : ['number']) : [typeof value];
      if (!type.includes(node.type!)) missing.push(`${path}: ${node.type}, but the default is ${JSON.stringify(value)}`);
    };
    walk(DEFAULT_SETTINGS, settings, 'settings');
    expect(missing).toEqual([]);
  });
});

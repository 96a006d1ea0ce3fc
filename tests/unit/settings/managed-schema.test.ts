import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedSchemaText } from '../../../lib/settings/managed-schema';

describe('the managed storage schema', () => {
  it('public/managed-schema.json is the one built from the settings (regenerate: see lib/settings/managed-schema.ts)', () => {
    expect(readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8')).toBe(managedSchemaText());
  });

  it('uses only what Chrome accepts: no boolean additionalProperties', () => {
    expect(managedSchemaText()).not.toContain('additionalProperties');
  });
});

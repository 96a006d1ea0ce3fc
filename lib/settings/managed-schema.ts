// The schema Chrome requires for managed storage (public/managed-schema.json, manifest
// `storage.managed_schema`), generated from the valibot settings schema, so a field or a limit
// added there reaches the administrator's schema without a second copy. Chrome drops any
// property a schema does not declare and refuses `additionalProperties: true`, so every field is
// spelled out; it knows only a few restrictions (`enum`, `pattern` on text, `minimum`/`maximum` on
// whole numbers), and the rest is left to the same check as every other source of settings
// (lib/settings/resolve.ts). A unit test checks the file equals this; regenerate it with
// `npx tsx -e "import('./lib/settings/managed-schema.ts').then(m => m.writeManagedSchema())"`.
import type * as v from 'valibot';
import { SettingsSchema, type SchemaNode as Node } from './schema';

type Schema = Record<string, unknown>;

const actions = (node: Node, type: string) => (node.pipe ?? []).filter((a) => a.kind !== 'schema' && a.type === type);

/** Chrome's form of one valibot schema. */
export function chromeSchemaOf(schema: v.GenericSchema): Schema {
  return convert(schema as unknown as Node, '');
}

function convert(node: Node, at: string): Schema {
  switch (node.type) {
    case 'object':
    case 'strict_object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.entries ?? {}).map(([k, child]) => [k, convert(child, `${at}.${k}`)])),
      };
    case 'record': {
      // Records here are keyed by a fixed list (parties, holidays): Chrome gets each key.
      const keys = node.key?.type === 'picklist' ? (node.key.options as string[]) : null;
      if (!keys || !node.value) throw new Error(`${at}: a record needs a picklist of keys for the managed schema`);
      const value = convert(node.value, `${at}.*`);
      return { type: 'object', properties: Object.fromEntries(keys.map((k) => [k, value])) };
    }
    case 'array':
      return { type: 'array', items: convert(node.item!, `${at}[]`) };
    case 'optional':
      return convert(node.wrapped!, at);
    case 'picklist':
      return { type: 'string', enum: [...(node.options as string[])] };
    case 'boolean':
      return { type: 'boolean' };
    case 'string': {
      const pattern = actions(node, 'regex')[0]?.requirement;
      return pattern instanceof RegExp ? { type: 'string', pattern: pattern.source } : { type: 'string' };
    }
    case 'number': {
      if (actions(node, 'integer').length === 0) return { type: 'number' };
      const out: Schema = { type: 'integer' };
      const min = actions(node, 'min_value')[0]?.requirement;
      const max = actions(node, 'max_value')[0]?.requirement;
      if (typeof min === 'number') out.minimum = min;
      if (typeof max === 'number') out.maximum = max;
      return out;
    }
    default:
      throw new Error(`${at}: no managed-schema form for a valibot ${node.type}`);
  }
}

export function managedSchema(): Schema {
  return {
    type: 'object',
    properties: {
      settings: {
        title: 'Gvul team configuration',
        description:
          'Overrides each agent\'s own settings, shown locked in Gvul\'s options. The shape of the "settings" object of a file exported from the options page; give only the parts to enforce. Objects merge key by key; a list replaces the whole list.',
        ...chromeSchemaOf(SettingsSchema),
      },
    },
  };
}

export const managedSchemaText = () => `${JSON.stringify(managedSchema(), null, 2)}\n`;

/** Writes public/managed-schema.json (Node only; used by the command above). */
export async function writeManagedSchema(): Promise<void> {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(new URL('../../public/managed-schema.json', import.meta.url), managedSchemaText());
}

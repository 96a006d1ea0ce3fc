// The schema Chrome requires for managed storage (public/managed-schema.json, manifest
// `storage.managed_schema`), built from the same constants as the settings. Chrome drops any
// property a schema does not declare and refuses `additionalProperties: true`, so every field
// is spelled out. A unit test checks the file equals this; regenerate it with
// `npx tsx -e "import('./lib/settings/managed-schema.ts').then(m => m.writeManagedSchema())"`.
import { CHANNELS } from '../ticket';
import { PARTIES, QUEUES } from '../policy/labels';
import { HOLIDAY_IDS, WEEKDAYS } from '../policy/sla';
import { SELECTOR_FIELDS } from '../adapters/custom';

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const num: Schema = { type: 'number' };
const int: Schema = { type: 'integer' };
const bool: Schema = { type: 'boolean' };
const list = (items: Schema): Schema => ({ type: 'array', items });
const obj = (properties: Record<string, Schema>): Schema => ({ type: 'object', properties });
const each = (keys: readonly string[], schema: Schema) => obj(Object.fromEntries(keys.map((k) => [k, schema])));

const bilingual = obj({ he: str, en: str });
const phrases = obj({ he: list(str), en: list(str) });
const signalFields = {
  id: str,
  parties: each(PARTIES, num),
  queue: obj({ queue: str, weight: num }),
  urgent: num,
  clause: str,
  fact: obj({ kind: str, value: str }),
};
const signal = obj({ ...signalFields, phrases });
const interval = obj({ start: str, end: str });

const classification = obj({
  id: str,
  version: int,
  defaultLang: str,
  clauses: list(obj({ id: str, he: str, en: str })),
  parties: list(obj({ id: str, name: bilingual, description: bilingual, clause: str })),
  signals: list(signal),
  scopeCues: list(signal),
  requestCues: list(signal),
  urgencyCues: list(signal),
  pastedOutput: list(obj({ ...signalFields, pattern: str, description: bilingual })),
  services: list(obj({ id: str, name: bilingual, phrases })),
  negations: phrases,
  questions: list(obj({ id: str, parties: list(str), he: str, en: str })),
  vendors: list(obj({ id: str, names: list(str), party: str, kind: str })),
  abstainThreshold: num,
  firmThreshold: num,
  quotedWeight: num,
  signatureWeight: num,
  maxChars: int,
});

const sla = obj({
  calendar: obj({
    timeZone: str,
    weekly: each(WEEKDAYS, list(interval)),
    holidays: each(HOLIDAY_IDS, bool),
    eveHours: list(interval),
    customDates: list(obj({ date: str, hours: list(interval), note: str })),
    businessDayMinutes: int,
  }),
  targets: each(QUEUES, each(CHANNELS, obj({ amount: num, unit: str }))),
  urgent: obj({ targetsOf: str }),
  contract: obj({ queues: list(str), targets: each(CHANNELS, obj({ amount: num, unit: str })) }),
  warning: obj({ fractionOfTarget: num, minutesLeft: int }),
});

export function managedSchema(): Schema {
  return obj({
    settings: {
      title: 'Gvul team configuration',
      description:
        'Overrides each agent\'s own settings, shown locked in Gvul\'s options. The shape of the "settings" object of a file exported from the options page; give only the parts to enforce. Objects merge key by key; a list replaces the whole list.',
      ...obj({
        uiLang: { type: 'string', enum: ['auto', 'he', 'en'] },
        agentName: str,
        classification,
        sla,
        contracts: obj({ tags: list(str), organizations: list(str), requesters: list(str) }),
        replies: list(obj({ id: str, title: bilingual, body: bilingual })),
        customHelpdesks: list(
          obj({
            id: str,
            name: str,
            hostPattern: str,
            ticketIdFrom: str,
            ticketIdPattern: str,
            selectors: each([...SELECTOR_FIELDS], str),
          }),
        ),
      }),
    },
  });
}

export const managedSchemaText = () => `${JSON.stringify(managedSchema(), null, 2)}\n`;

/** Writes public/managed-schema.json (Node only; used by the command above). */
export async function writeManagedSchema(): Promise<void> {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(new URL('../../public/managed-schema.json', import.meta.url), managedSchemaText());
}

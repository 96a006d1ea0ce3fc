// What valid settings are, checked with valibot wherever settings come from outside the options
// page's own controls: an imported file, the administrator's managed configuration, and what
// storage holds (another version or a hand edit may have written it). Ranges are the ones that
// keep the classifier and the SLA clock meaningful; every problem is reported with the path of
// the field and what is wrong, in the agent's language.
import * as v from 'valibot';
import { CHANNELS, isLang, type Lang } from '../ticket';
import { PATTERN_PROBLEM_WORDS } from '../i18n/problems';
import { typeWords, validationText, valueWords, type ValidationKey } from '../i18n/validation';
import { PARTIES, QUEUES } from '../policy/labels';
import { HOLIDAY_IDS, WEEKDAYS } from '../policy/sla';
import { VENDOR_KINDS } from '../policy/vendors';
import { compileMatchPattern } from '../adapters/location';
import { isRequesterRule } from '../contract';
import { compilePattern } from '../pattern';
import { FACT_KINDS } from '../policy/classification';
import { AGENT_NAME_MAX, type Settings } from './defaults';

/** A check's message, in the `lang` the caller validates with (words: lib/i18n/validation.ts). */
const say =
  (key: ValidationKey, params?: Record<string, string>) =>
  (issue: { lang?: string }) =>
    validationText(isLang(issue.lang) ? issue.lang : 'en', key, params);

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmpty = (max: number) =>
  v.pipe(v.string(), v.check((s) => s.trim() !== '', say('notEmpty')), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[\w.-]{1,80}$/, say('idShape')));
const bilingual = (max: number) => v.strictObject({ he: text(max), en: text(max) });
const namedBilingual = (max: number) => v.strictObject({ he: nonEmpty(max), en: nonEmpty(max) });
const phrases = v.strictObject({
  he: v.pipe(v.array(nonEmpty(2000)), v.maxLength(1000)),
  en: v.pipe(v.array(nonEmpty(2000)), v.maxLength(1000)),
});
const logOdds = v.pipe(v.number(), v.finite(), v.minValue(-10), v.maxValue(10));
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const party = v.picklist(PARTIES);
const queue = v.picklist(QUEUES);


/** A settings pattern that Gvul's linear-time matcher runs and that is safe in any engine. */
const safePattern = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.rawCheck(({ dataset, addIssue, config }) => {
      if (!dataset.typed) return;
      const r = compilePattern(dataset.value);
      if (!r.ok) addIssue({ message: PATTERN_PROBLEM_WORDS[isLang(config.lang) ? config.lang : 'en'][r.problem] });
    }),
  );

function uniqueIds(list: { id: string }[]): boolean {
  return new Set(list.map((x) => x.id)).size === list.length;
}
const noDuplicateIds = say('duplicateIds');

const signalFields = {
  id,
  parties: v.optional(v.record(party, logOdds)),
  queue: v.optional(v.strictObject({ queue, weight: logOdds })),
  urgent: v.optional(logOdds),
  clause: id,
  fact: v.optional(v.strictObject({ kind: v.picklist(FACT_KINDS), value: id })),
};
const signal = v.strictObject({ ...signalFields, phrases });
const signals = v.pipe(v.array(signal), v.maxLength(500), v.check((l) => uniqueIds(l), noDuplicateIds));

/** A vendor's name is matched literally; an empty one or a bare symbol would match nothing or everything. */
const vendorName = v.pipe(
  nonEmpty(100),
  v.check((s) => /[\p{L}\p{N}]/u.test(s), say('letterOrDigit')),
);
const vendors = v.pipe(
  v.array(
    v.strictObject({
      id,
      names: v.pipe(v.array(vendorName), v.minLength(1, say('atLeastOneName')), v.maxLength(50)),
      party: v.picklist(PARTIES.filter((p) => p !== 'unknown')),
      kind: v.optional(v.picklist(VENDOR_KINDS)),
    }),
  ),
  v.maxLength(1000),
  v.check((l) => uniqueIds(l), noDuplicateIds),
);

const classification = v.strictObject({
  id,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  defaultLang: v.picklist(['he', 'en']),
  clauses: v.pipe(v.array(v.strictObject({ id, he: text(2000), en: text(2000) })), v.check((l) => uniqueIds(l), noDuplicateIds)),
  parties: v.pipe(
    v.array(v.strictObject({ id: party, name: namedBilingual(100), description: bilingual(1000), clause: id })),
    v.check((l) => uniqueIds(l), noDuplicateIds),
    v.check(
      (list) => PARTIES.every((p) => list.some((x) => x.id === p)),
      say('everyParty', { parties: PARTIES.join(', ') }),
    ),
  ),
  signals,
  scopeCues: signals,
  requestCues: signals,
  urgencyCues: signals,
  pastedOutput: v.pipe(
    v.array(
      v.strictObject({
        ...signalFields,
        pattern: safePattern(1000),
        description: bilingual(200),
      }),
    ),
    v.maxLength(100),
    v.check((l) => uniqueIds(l), noDuplicateIds),
  ),
  services: v.pipe(v.array(v.strictObject({ id, name: bilingual(100), phrases })), v.check((l) => uniqueIds(l), noDuplicateIds)),
  negations: phrases,
  questions: v.pipe(
    v.array(v.strictObject({ id, parties: v.array(party), he: text(1000), en: text(1000) })),
    v.check((l) => uniqueIds(l), noDuplicateIds),
  ),
  vendors,
  abstainThreshold: fraction,
  firmThreshold: fraction,
  quotedWeight: fraction,
  signatureWeight: fraction,
  maxChars: v.pipe(v.number(), v.integer(), v.minValue(200), v.maxValue(100_000)),
});

const wallTime = v.pipe(
  v.string(),
  v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, say('timeShape')),
);
const interval = v.pipe(
  v.strictObject({ start: wallTime, end: wallTime }),
  v.check((i) => i.start < i.end, say('endAfterStart')),
);
const intervals = v.pipe(v.array(interval), v.maxLength(12));

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function validDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

const calendar = v.pipe(
  v.strictObject({
    timeZone: v.pipe(
      v.string(),
      v.maxLength(100),
      v.check(validTimeZone, say('notTimeZone')),
    ),
    weekly: v.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, intervals])) as Record<(typeof WEEKDAYS)[number], typeof intervals>),
    holidays: v.record(v.picklist(HOLIDAY_IDS), v.boolean()),
    eveHours: v.optional(intervals),
    customDates: v.pipe(
      v.array(
        v.strictObject({
          date: v.pipe(v.string(), v.check(validDate, say('dateShape'))),
          hours: intervals,
          note: v.optional(text(200)),
        }),
      ),
      v.maxLength(1000),
      v.check((l) => new Set(l.map((d) => d.date)).size === l.length, say('dateTwice')),
    ),
    businessDayMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1440))),
  }),
  v.check(
    (c) => Object.values(c.weekly).some((d) => d.length > 0) || c.customDates.some((d) => d.hours.length > 0),
    say('noOpeningHours'),
  ),
);

const target = v.strictObject({
  amount: v.pipe(v.number(), v.gtValue(0, say('moreThanZero')), v.maxValue(1000)),
  unit: v.picklist(['business_hours', 'business_days']),
});
const channelTargets = v.strictObject(Object.fromEntries(CHANNELS.map((c) => [c, target])) as Record<(typeof CHANNELS)[number], typeof target>);

const sla = v.strictObject({
  calendar,
  targets: v.strictObject(Object.fromEntries(QUEUES.map((q) => [q, channelTargets])) as Record<(typeof QUEUES)[number], typeof channelTargets>),
  urgent: v.strictObject({ targetsOf: queue }),
  contract: v.optional(v.strictObject({ queues: v.pipe(v.array(queue), v.maxLength(QUEUES.length)), targets: channelTargets })),
  warning: v.strictObject({
    fractionOfTarget: fraction,
    minutesLeft: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1440)),
  }),
});

const contractEntries = (entry: v.GenericSchema<string, string>) =>
  v.pipe(
    v.array(entry),
    v.maxLength(1000),
    v.check((l) => new Set(l.map((x) => x.trim().toLocaleLowerCase('en'))).size === l.length, say('entryTwice')),
  );
const contracts = v.strictObject({
  tags: contractEntries(nonEmpty(200)),
  organizations: contractEntries(nonEmpty(200)),
  requesters: contractEntries(
    v.pipe(
      v.string(),
      v.maxLength(320),
      v.check(
        isRequesterRule,
        say('emailOrDomain'),
      ),
    ),
  ),
});

const REPLY_IDS = [
  ...PARTIES.filter((p) => p !== 'unknown'),
  'undetermined',
  'extended_support',
  'contract_covered',
  'single_contact',
  'email_move',
] as const;

const replies = v.pipe(
  v.array(v.strictObject({ id: v.picklist(REPLY_IDS), title: namedBilingual(100), body: bilingual(5000) })),
  v.check((l) => uniqueIds(l), noDuplicateIds),
);

const optionalSelector = v.optional(text(500));
const customHelpdesk = v.strictObject({
  id,
  name: nonEmpty(100),
  hostPattern: v.pipe(
    v.string(),
    v.maxLength(500),
    v.check(
      (p) => compileMatchPattern(p) !== null,
      say('notMatchPattern'),
    ),
  ),
  ticketIdFrom: v.picklist(['url', 'selector']),
  ticketIdPattern: v.optional(safePattern(500)),
  selectors: v.strictObject({
    ticketId: optionalSelector,
    subject: text(500),
    messages: text(500),
    messageText: optionalSelector,
    customerMessage: optionalSelector,
    createdAt: optionalSelector,
    channel: optionalSelector,
    requesterName: optionalSelector,
    requesterEmail: optionalSelector,
    tags: optionalSelector,
    organization: optionalSelector,
    editor: text(500),
  }),
});

/** The team's part of the settings: what an export file carries and an import replaces. */
export const TEAM_SECTIONS = ['classification', 'sla', 'contracts', 'replies', 'customHelpdesks'] as const;

export const SECTION_SCHEMAS = {
  classification,
  sla,
  contracts,
  replies,
  customHelpdesks: v.pipe(v.array(customHelpdesk), v.maxLength(50), v.check((l) => uniqueIds(l), noDuplicateIds)),
};

export const SettingsSchema = v.strictObject({
  uiLang: v.picklist(['auto', 'he', 'en']),
  agentName: text(AGENT_NAME_MAX),
  ...SECTION_SCHEMAS,
});

export interface SettingsProblem {
  /** Where, as a path a person can follow: `sla.targets.technical.email.amount`, `replies[isp].body.he`. */
  path: string;
  problem: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: SettingsProblem[] };

function problemOf(issue: v.BaseIssue<unknown>, lang: Lang): string {
  const say = (key: ValidationKey, params?: Record<string, string | number>) => validationText(lang, key, params);
  const got = valueWords(lang, issue.input);
  // An unknown key in a strict object: usually a typo in a hand-written file.
  if (issue.type === 'strict_object' && issue.expected === 'never') return say('unknownField');
  if (issue.kind === 'schema' && issue.input === undefined) return say('missing');
  const type = typeWords(lang, issue.type);
  if (issue.kind === 'schema' && type) return say('mustBe', { type, got });
  if (issue.type === 'picklist') return say('oneOf', { expected: issue.expected ?? '', got });
  if (issue.type === 'min_value') return say('atLeast', { min: String(issue.requirement), got });
  if (issue.type === 'max_value') return say('atMost', { max: String(issue.requirement), got });
  if (issue.type === 'integer') return say('wholeNumber', { got });
  if (issue.type === 'finite') return say('finite');
  if (issue.type === 'max_length') return say('tooLong', { max: String(issue.requirement) });
  if (issue.type === 'record' || issue.type === 'number' || issue.type === 'string') return say('invalidValue', { got });
  // Our own checks carry their message in the agent's language already.
  return issue.message;
}

/** `signals[3]` as `signals[provider.managed]` when the item has an id: stable and findable. */
export function pathText(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let out = prefix;
  for (const item of issue.path ?? []) {
    if (item.type === 'array') {
      const entry = item.value as { id?: unknown } | undefined;
      out += typeof entry?.id === 'string' ? `[${entry.id}]` : `[${String(item.key)}]`;
    } else {
      out += `${out ? '.' : ''}${String(item.key)}`;
    }
  }
  return out || '(the whole file)';
}

export function problemsOf(issues: readonly v.BaseIssue<unknown>[], lang: Lang, prefix = ''): SettingsProblem[] {
  const seen = new Set<string>();
  const out: SettingsProblem[] = [];
  for (const issue of issues) {
    const p = { path: pathText(issue, prefix), problem: problemOf(issue, lang) };
    const key = `${p.path}\u0000${p.problem}`;
    if (!seen.has(key)) out.push(p);
    seen.add(key);
  }
  return out;
}

/**
 * Keys that name a JavaScript object's machinery. The schema's records silently skip them, so
 * they would pass the check and then be stored as they came: they are refused by name instead.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Every forbidden key anywhere in `value` (as JSON.parse gives it: plain objects and lists). */
export function forbiddenKeys(value: unknown, lang: Lang, prefix = ''): SettingsProblem[] {
  const out: SettingsProblem[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (typeof node !== 'object' || node === null || depth > 32) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1));
      return;
    }
    for (const key of Object.keys(node)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        out.push({ path: at, problem: validationText(lang, 'forbiddenKey') });
      } else {
        walk((node as Record<string, unknown>)[key], at, depth + 1);
      }
    }
  };
  walk(value, prefix, 0);
  return out;
}

/**
 * The checked `output` with its keys in `input`'s order (valibot lists them in the schema's), so
 * an export imported and exported again is the same text. Only `output`'s keys and values are kept.
 */
export function inInputOrder<T>(output: T, input: unknown): T {
  if (typeof output !== 'object' || output === null || typeof input !== 'object' || input === null) return output;
  if (Array.isArray(output)) {
    return (Array.isArray(input) ? output.map((item, i) => inInputOrder(item, input[i])) : output) as T;
  }
  const out: Record<string, unknown> = {};
  const source = output as Record<string, unknown>;
  const keys = [...Object.keys(input).filter((k) => Object.hasOwn(source, k)), ...Object.keys(source).filter((k) => !Object.hasOwn(input, k))];
  for (const k of keys) out[k] = inInputOrder(source[k], (input as Record<string, unknown>)[k]);
  return out as T;
}

/** Whole settings checked; the value returned is what the schema returned, never the input itself. */
export function checkSettings(value: unknown, lang: Lang = 'en', prefix = ''): Checked<Settings> {
  const refused = forbiddenKeys(value, lang, prefix);
  if (refused.length > 0) return { ok: false, problems: refused };
  const r = v.safeParse(SettingsSchema, value, { lang });
  return r.success ? { ok: true, value: inInputOrder(r.output as Settings, value) } : { ok: false, problems: problemsOf(r.issues, lang, prefix) };
}

/** Problems as one message: "sla.targets.technical.email.amount: must be at least 0, but is -1". */
export function problemsText(problems: SettingsProblem[], max = 5): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${p.problem}`);
  if (problems.length > max) shown.push(`(+${problems.length - max})`);
  return shown.join('\n');
}

// The whole settings, checked with valibot wherever they come from outside the options page's
// own controls: an imported file, the administrator's managed configuration, and what storage
// holds (another version or a hand edit may have written it). The shape of each part is written
// once, in lib/policy/schema.ts (the policy, its SLA, contracts and replies) and
// lib/adapters/custom.ts (a team's own helpdesks); the types, the options page's limits and the
// Chrome managed schema come from them. Every problem is reported with the path of the field
// and what is wrong, in the agent's language.
import * as v from 'valibot';
import type { Lang } from '../ticket';
import { PATTERN_PROBLEM_WORDS } from '../i18n/problems';
import { typeWords, validationText, valueWords, VALIDATION_WORDS, type ValidationKey } from '../i18n/validation';
import { PARTIES } from '../policy/labels';
import { ClassificationSchema, ContractsSchema, RepliesSchema, SlaSchema, text } from '../policy/schema';
import { CustomHelpdesksSchema } from '../adapters/custom';
import type { PatternProblem } from '../pattern';

/** The team's part of the settings: what an export file carries and an import replaces. */
export const TEAM_SECTIONS = ['classification', 'sla', 'contracts', 'replies', 'customHelpdesks'] as const;

export const SECTION_SCHEMAS = {
  classification: ClassificationSchema,
  sla: SlaSchema,
  contracts: ContractsSchema,
  replies: RepliesSchema,
  customHelpdesks: CustomHelpdesksSchema,
};

export const MAX_AGENT_NAME_CHARS = 100;

export const SettingsSchema = v.strictObject({
  /** 'auto' follows the browser's language. */
  uiLang: v.picklist(['auto', 'he', 'en']),
  /** Fills {{current_user.name}} in replies. */
  agentName: text(MAX_AGENT_NAME_CHARS),
  ...SECTION_SCHEMAS,
});

/** Everything a team can make its own (the defaults: lib/settings/defaults.ts). */
export type Settings = v.InferOutput<typeof SettingsSchema>;

export interface SettingsProblem {
  /** Where, as a path a person can follow: `sla.targets.technical.email.amount`, `replies[isp].body.he`. */
  path: string;
  problem: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: SettingsProblem[] };

/** Words that a check's code needs besides the value (lib/policy/schema.ts names the check only). */
const CODE_PARAMS: { [K in ValidationKey]?: Record<string, string> } = { everyParty: { parties: PARTIES.join(', ') } };

const isValidationKey = (code: string): code is ValidationKey => Object.hasOwn(VALIDATION_WORDS.en, code);

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
  // Our own checks carry a code: a key of the catalogue, or `pattern:<problem>`.
  if (isValidationKey(issue.message)) return say(issue.message, CODE_PARAMS[issue.message]);
  const pattern = /^pattern:(.+)$/.exec(issue.message)?.[1] as PatternProblem | undefined;
  if (pattern && Object.hasOwn(PATTERN_PROBLEM_WORDS[lang], pattern)) return PATTERN_PROBLEM_WORDS[lang][pattern];
  return say('invalidValue', { got: valueWords(lang, issue.input) });
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
  const r = v.safeParse(SettingsSchema, value);
  return r.success ? { ok: true, value: inInputOrder(r.output, value) } : { ok: false, problems: problemsOf(r.issues, lang, prefix) };
}

/** Problems as one message: "sla.targets.technical.email.amount: must be at least 0, but is -1". */
export function problemsText(problems: SettingsProblem[], max = 5): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${p.problem}`);
  if (problems.length > max) shown.push(`(+${problems.length - max})`);
  return shown.join('\n');
}

/** What the managed-schema generator and the options page read of a valibot schema or action: its public properties. */
export interface SchemaNode {
  kind: string;
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  key?: SchemaNode;
  value?: SchemaNode;
  wrapped?: SchemaNode;
  options?: readonly unknown[];
  pipe?: readonly SchemaNode[];
  requirement?: unknown;
}

/** The piece of the settings schema that checks the value at `path` (`['sla', 'targets', 'technical']`), or null. */
export function schemaAt(path: readonly (string | number)[]): v.GenericSchema | null {
  let node: SchemaNode | undefined = SettingsSchema as unknown as SchemaNode;
  for (const key of path) {
    while (node?.type === 'optional') node = node.wrapped;
    if (!node) return null;
    if (node.type === 'array') node = node.item;
    else if (node.type === 'record') node = node.value;
    else node = node.entries?.[String(key)];
  }
  while (node?.type === 'optional') node = node.wrapped;
  return (node as unknown as v.GenericSchema | undefined) ?? null;
}

/**
 * What is wrong with one value the options page is editing, in the words an import of the same
 * value would give (without the path: the field shows it). Empty when the value is fine.
 */
export function fieldProblems(schema: v.GenericSchema | null, value: unknown, lang: Lang): string[] {
  if (!schema) return [];
  const r = v.safeParse(schema, value);
  return r.success ? [] : [...new Set(r.issues.map((issue) => problemOf(issue, lang)))];
}

/** A value checked by one piece of the schema, with its problems' paths under `prefix`. */
export function checkPart<T extends v.GenericSchema>(schema: T, value: unknown, lang: Lang, prefix = ''): Checked<v.InferOutput<T>> {
  const r = v.safeParse(schema, value);
  return r.success ? { ok: true, value: r.output } : { ok: false, problems: problemsOf(r.issues, lang, prefix) };
}

/** The lowest and highest number the schema piece accepts (a lower bound it excludes, such as "more than 0", counts as the bound). */
export function rangeOf(schema: v.GenericSchema | null): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const action of (schema as unknown as SchemaNode | null)?.pipe ?? []) {
    if (typeof action.requirement !== 'number') continue;
    if (action.type === 'min_value' || action.type === 'gt_value') out.min = action.requirement;
    if (action.type === 'max_value' || action.type === 'lt_value') out.max = action.requirement;
  }
  return out;
}

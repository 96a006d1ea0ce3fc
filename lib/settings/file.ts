// The settings file: the team's whole configuration (policy, SLA, replies, custom helpdesks) as
// one JSON file with a format version, for sharing between agents and for the administrator's
// managed configuration. The agent's own name and interface language are not in it: importing a
// colleague's file must not rename you.
import * as v from 'valibot';
import type { Lang } from '../ticket';
import { validationText, wholeFile, type ValidationKey } from '../i18n/validation';
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { SECTION_SCHEMAS, TEAM_SECTIONS, forbiddenKeys, inInputOrder, problemsOf, type Checked } from './schema';

export const SETTINGS_FILE_FORMAT = 'gvul-settings';
/** The file format's version; a file of another version is refused, never guessed at. */
export const SETTINGS_FILE_VERSION = 1;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  exportedAt: string;
  settings: Pick<Settings, (typeof TEAM_SECTIONS)[number]>;
}

export function exportSettingsFile(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings: {
      classification: settings.classification,
      sla: settings.sla,
      contracts: settings.contracts,
      replies: settings.replies,
      customHelpdesks: settings.customHelpdesks,
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function settingsFileName(now: Date = new Date()): string {
  return `gvul-settings-${now.toISOString().slice(0, 10)}.json`;
}

const TeamSchema = v.strictObject(
  Object.fromEntries(TEAM_SECTIONS.map((s) => [s, v.optional(SECTION_SCHEMAS[s])])) as {
    [K in keyof typeof SECTION_SCHEMAS]: v.OptionalSchema<(typeof SECTION_SCHEMAS)[K], undefined>;
  },
);

/**
 * Fields a section gained after the first version-1 files were exported (Gvul 0.1). A file
 * without them gets the defaults, so every file an earlier Gvul wrote still imports whole.
 */
const ADDED_AFTER_FIRST_RELEASE: { [S in (typeof TEAM_SECTIONS)[number]]?: readonly (keyof Settings[S])[] } = {
  classification: ['vendors', 'firmThreshold'],
};

function withLaterFields(settings: unknown): unknown {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return settings;
  const out: Record<string, unknown> = { ...settings };
  for (const [section, fields] of Object.entries(ADDED_AFTER_FIRST_RELEASE)) {
    const given = out[section];
    if (typeof given !== 'object' || given === null || Array.isArray(given)) continue;
    const defaults = DEFAULT_SETTINGS[section as keyof typeof ADDED_AFTER_FIRST_RELEASE] as unknown as Record<string, unknown>;
    const filled: Record<string, unknown> = { ...given };
    for (const field of fields as readonly string[]) if (!(field in filled)) filled[field] = defaults[field];
    out[section] = filled;
  }
  return out;
}

const problem = (path: string, lang: Lang, key: ValidationKey, params?: Record<string, string | number>): Checked<never> => ({
  ok: false,
  problems: [{ path, problem: validationText(lang, key, params) }],
});

/**
 * Where the browser's JSON error is, as a line and column: Chromium names the position (and
 * lately the line and column too), Firefox the line and column; none for an early end.
 */
function placeOf(why: string, text: string): { line: number; column: number } | Record<string, never> {
  const lineColumn = /line (\d+) column (\d+)/.exec(why);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(why);
  if (!position) return {};
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * The settings an import would give: `current`'s name and language, the file's sections, and
 * the defaults for sections the file leaves out. Nothing is stored here: the caller stores the
 * result only when it is `ok`, so a bad file leaves the current settings untouched.
 */
export function parseSettingsFile(text: string, current: Settings, lang: Lang = 'en'): Checked<Settings> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return problem(wholeFile(lang), lang, 'notJson', { why, ...placeOf(why, text) });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return problem(wholeFile(lang), lang, 'notSettingsFile');
  }
  const file = data as Record<string, unknown>;
  if (file.format !== SETTINGS_FILE_FORMAT) {
    return problem('format', lang, 'wrongFormat', { format: SETTINGS_FILE_FORMAT });
  }
  if (file.version !== SETTINGS_FILE_VERSION) {
    const got = JSON.stringify(file.version) ?? 'missing';
    return typeof file.version === 'number' && file.version > SETTINGS_FILE_VERSION
      ? problem('version', lang, 'newerVersion', { got, version: SETTINGS_FILE_VERSION })
      : problem('version', lang, 'unknownVersion', { got, version: SETTINGS_FILE_VERSION });
  }
  const known = new Set(['format', 'version', 'exportedAt', 'settings', '$schema']);
  const unknown = Object.keys(file).filter((k) => !known.has(k));
  if (unknown.length > 0) return problem(unknown[0]!, lang, 'unknownField');
  const refused = forbiddenKeys(file.settings, lang, 'settings');
  if (refused.length > 0) return { ok: false, problems: refused };
  const given = withLaterFields(file.settings);
  const r = v.safeParse(TeamSchema, given);
  if (!r.success) return { ok: false, problems: problemsOf(r.issues, lang, 'settings') };
  // Only what the check returned is kept: anything the schema skipped never reaches storage.
  const team = inInputOrder(r.output as Partial<SettingsFile['settings']>, given);
  return {
    ok: true,
    value: {
      uiLang: current.uiLang,
      agentName: current.agentName,
      classification: team.classification ?? DEFAULT_SETTINGS.classification,
      sla: team.sla ?? DEFAULT_SETTINGS.sla,
      contracts: team.contracts ?? DEFAULT_SETTINGS.contracts,
      replies: team.replies ?? DEFAULT_SETTINGS.replies,
      customHelpdesks: team.customHelpdesks ?? DEFAULT_SETTINGS.customHelpdesks,
    },
  };
}

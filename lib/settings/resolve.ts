// Which settings Gvul uses: the defaults, then the team's stored changes, then whatever the
// administrator set through managed storage, which wins and is locked in the options page.
// Pure: the storage module reads the inputs and calls this.
import type { Lang } from '../ticket';
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { applyPatch, diffPatch, getAt, overlay, setAt, type Patch } from './patch';
import { checkSettings, problemsText, type SettingsProblem } from './schema';

export type SettingsPath = readonly string[];

export interface ResolvedSettings {
  /** What the sidebar uses. */
  settings: Settings;
  /** The defaults with the stored changes only, without the administrator's values. */
  own: Settings;
  /** Paths the administrator set (they and everything under them are locked). */
  locked: string[][];
  /** What could not be used, and why, in the agent's language. */
  problems: string[];
}

const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** `value`'s top-level sections that fail the check replaced by `fallback`'s. */
function repairSections(value: Settings, fallback: Settings, problems: SettingsProblem[]): Settings {
  let out = value;
  for (const p of problems) {
    const key = SETTINGS_KEYS.find((k) => p.path === k || p.path.startsWith(`${k}.`) || p.path.startsWith(`${k}[`));
    out = key ? { ...out, [key]: fallback[key] } : fallback;
  }
  return out;
}

export function resolveSettings(changes: Patch, managed: unknown, lang: Lang = 'en'): ResolvedSettings {
  const problems: string[] = [];
  let own = applyPatch(DEFAULT_SETTINGS, changes ?? {});
  const ownCheck = checkSettings(own, lang);
  if (ownCheck.ok) own = ownCheck.value;
  else {
    problems.push(
      (lang === 'he'
        ? 'חלק מההגדרות השמורות אינו תקין, ובמקומו משמשות ברירות המחדל:\n'
        : 'Some stored settings are not valid; the defaults are used instead:\n') + problemsText(ownCheck.problems),
    );
    own = repairSections(own, DEFAULT_SETTINGS, ownCheck.problems);
  }

  let settings = own;
  let locked: string[][] = [];
  if (typeof managed === 'object' && managed !== null && !Array.isArray(managed) && Object.keys(managed).length > 0) {
    let over = managed as Record<string, unknown>;
    for (let attempt = 0; attempt < 2; attempt++) {
      const { value, paths } = overlay(own, over);
      const check = checkSettings(value, lang);
      if (check.ok) {
        settings = check.value;
        locked = paths;
        break;
      }
      if (attempt === 0) {
        problems.push(
          (lang === 'he'
            ? 'חלק מההגדרות שקבע מנהל המערכת אינו תקין ולא הוחל:\n'
            : 'Some of the settings your administrator set are not valid and were not applied:\n') +
            problemsText(check.problems),
        );
      }
      // Drop the administrator's sections that fail, keep the rest.
      const bad = new Set(check.problems.map((p) => p.path.split(/[.[]/)[0]));
      over = Object.fromEntries(Object.entries(over).filter(([k]) => !bad.has(k)));
    }
  }
  return { settings, own, locked, problems };
}

/** Whether the administrator set `path` or a field that contains it. */
export function isLocked(locked: readonly (readonly string[])[], path: SettingsPath): boolean {
  return locked.some((l) => l.length <= path.length && l.every((k, i) => k === path[i]));
}

/**
 * The agent's own settings for an edited `draft` of the effective settings: the administrator's
 * values are not the agent's, so the locked paths keep the agent's previous values.
 */
export function ownFromDraft(draft: Settings, own: Settings, locked: readonly (readonly string[])[]): Settings {
  let out = draft;
  for (const path of locked) out = setAt(out, path, getAt(own, path));
  return out;
}

/** The stored form of `own`: only its changes from the defaults (`{}` when there are none). */
export function changesOf(own: Settings): Patch {
  return diffPatch(DEFAULT_SETTINGS, own) ?? {};
}

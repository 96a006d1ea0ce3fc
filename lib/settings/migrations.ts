// How each earlier stored shape of the settings becomes the current one. Every step keeps the
// user's edits; the unit tests run each one from a value of that version.
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { diffPatch, type Patch } from './patch';

/**
 * v1 (Gvul 0.1) stored the whole `Settings` object, defaults included, in local storage. v2
 * stores only the changes from the defaults: what differs from today's defaults is kept as the
 * user's change, and a section v1 did not have keeps today's default.
 */
export function settingsV1ToV2(old: unknown): Patch {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return {};
  const v1 = old as Partial<Settings>;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    if ((v1 as Record<string, unknown>)[key] !== undefined) merged[key] = (v1 as Record<string, unknown>)[key];
  }
  return diffPatch(DEFAULT_SETTINGS, merged) ?? {};
}

export const SETTINGS_MIGRATIONS = { 2: settingsV1ToV2 };

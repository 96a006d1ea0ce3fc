// Reading, saving and watching the settings in extension storage, for the sidebar, the popup and
// the options page alike. The rules: the team's changes go to sync storage when they fit one
// sync item, else to local storage with a message saying so; a local copy, when there is one,
// is the one in use; the administrator's managed values win over both.
import type { Lang } from '../ticket';
import type { Settings } from './defaults';
import { isAgentNameSave, isSettingsRequest } from '../protocol/settings';
import { MAX_AGENT_NAME_CHARS } from './schema';
import { disabledSitesItem, managedSettingsItem, watchSettingsItems } from './items';
import { localSettingsItem, syncSettingsItem } from './settings-items';
import { jsonBytes } from './patch';
import { changesOf, resolveSettings, type ResolvedSettings } from './resolve';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox has the same limit), counted as key + JSON. */
export const SYNC_ITEM_QUOTA = 8192;

export type SettingsPlace = 'sync' | 'local';

export interface LoadedSettings extends ResolvedSettings {
  where: SettingsPlace;
}

export async function loadSettings(lang: Lang = 'en'): Promise<LoadedSettings> {
  const [local, synced, managed] = await Promise.all([
    localSettingsItem.getValue().catch(() => null),
    syncSettingsItem.getValue().catch(() => null),
    managedSettingsItem.getValue(),
  ]);
  const where: SettingsPlace = local != null ? 'local' : 'sync';
  return { ...resolveSettings(local ?? synced ?? {}, managed, lang), where };
}

export interface SaveOutcome {
  where: SettingsPlace;
  /** Size of the stored changes, as sync storage counts it. */
  bytes: number;
  /** Why the settings are in local storage: too big for sync, or sync refused the write. */
  reason?: 'too-big' | 'sync-failed';
  error?: string;
}

/** Store `own` (the settings without the administrator's values) as changes from the defaults. */
export async function saveSettings(own: Settings): Promise<SaveOutcome> {
  const changes = changesOf(own);
  const bytes = jsonBytes(changes) + 'settings'.length;
  let error: string | undefined;
  if (bytes <= SYNC_ITEM_QUOTA) {
    try {
      await syncSettingsItem.setValue(changes);
      await localSettingsItem.removeValue();
      return { where: 'sync', bytes };
    } catch (e) {
      // Sync turned off by policy, its write rate exceeded, or its total quota full.
      error = e instanceof Error ? e.message : String(e);
    }
  }
  await localSettingsItem.setValue(changes);
  return { where: 'local', bytes, reason: error ? 'sync-failed' : 'too-big', ...(error ? { error } : {}) };
}

/**
 * Calls `onChange` with freshly resolved settings whenever the stored or managed settings
 * change, in any tab or browser. Returns the function that stops watching.
 */
export function watchSettings(onChange: (loaded: LoadedSettings) => void, lang: () => Lang = () => 'en'): () => void {
  return watchSettingsItems(() => loadSettings(lang()), onChange);
}

/**
 * The background's answer to a content script's settings message (lib/protocol/settings.ts): the
 * settings in use, or the agent's name stored; undefined for other messages.
 */
export function answerSettingsRequest(message: unknown): Promise<Settings | SaveOutcome> | undefined {
  if (isSettingsRequest(message)) return loadSettings().then((loaded) => loaded.settings);
  if (isAgentNameSave(message)) return saveAgentName(message.name);
  return undefined;
}

/** The agent's own settings with `name` as theirs, never the ones in use: an administrator's values are not copied in. */
async function saveAgentName(name: string): Promise<SaveOutcome> {
  const { own } = await loadSettings();
  return saveSettings({ ...own, agentName: name.trim().slice(0, MAX_AGENT_NAME_CHARS) });
}

export async function setSiteDisabled(site: string, disabled: boolean): Promise<void> {
  const sites = (await disabledSitesItem.getValue()).filter((s) => s !== site);
  await disabledSitesItem.setValue(disabled ? [...sites, site] : sites);
}

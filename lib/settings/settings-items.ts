// The team's settings as stored, with the migrations from each earlier shape. Apart from the
// other items (items.ts) because a versioned item migrates as soon as it is declared, and the
// migrations need the defaults: the background, the popup and the options page declare these,
// the content script only watches their keys (and stays without the defaults, issue 10).
import { storage } from '@wxt-dev/storage';
import { LOCAL_SETTINGS_KEY, SYNC_SETTINGS_KEY } from './items';
import { SETTINGS_MIGRATIONS } from './migrations';
import type { Patch } from './patch';

/**
 * The team's settings as changes from the defaults (lib/settings/patch.ts), synced across the
 * agent's browsers. v1 held the whole settings object; see migrations.ts.
 */
export const syncSettingsItem = storage.defineItem<Patch>(SYNC_SETTINGS_KEY, {
  version: 2,
  migrations: SETTINGS_MIGRATIONS,
});

/**
 * The same, kept in this browser only, when the changes do not fit one sync item (8 KB). When
 * it holds a value, it is the one in use. v1 (Gvul 0.1) stored the whole settings object here.
 */
export const localSettingsItem = storage.defineItem<Patch>(LOCAL_SETTINGS_KEY, {
  version: 2,
  migrations: SETTINGS_MIGRATIONS,
});

// Every stored key, declared once (the settings' items in settings-items.ts). Local storage holds
// what belongs to this browser (the agent's corrections, the sidebar's layout, the sites Gvul is
// off on); the settings go to sync storage when they fit its quota, else to local storage. No
// item ever holds ticket text.
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { Party } from '../policy/labels';

/**
 * The agent's party corrections: ticket key (lib/store/sidebar.ts `ticketKey`: helpdesk account +
 * ticket id) → party. v1 keyed them by the helpdesk's display name, which every account of that
 * helpdesk shares: those are kept as unclaimed until the first account that shows the ticket
 * takes them over (lib/page/concerns/overrides.ts).
 */
export const overridesItem = storage.defineItem<Record<string, Party>>('local:overrides', {
  fallback: {},
  version: 2,
  migrations: {
    2: (v1: Record<string, Party>) => Object.fromEntries(Object.entries(v1 ?? {}).map(([key, party]) => [`unclaimed:${key}`, party])),
  },
});

export interface SidebarLayout {
  collapsed: boolean;
  /** The width last chosen anywhere: the start on a helpdesk not seen before. */
  width: number;
  /** The width chosen on each helpdesk site (host): each helpdesk's layout needs its own. */
  widths?: Record<string, number>;
}

export const layoutItem = storage.defineItem<SidebarLayout>('local:sidebarLayout', {
  fallback: { collapsed: false, width: 380 },
  version: 1,
});

/**
 * The keys of the team's settings (their items, with the migrations, are in settings-items.ts):
 * the content script only watches them, and the background reads and checks them for it.
 */
export const SYNC_SETTINGS_KEY = 'sync:settings';
export const LOCAL_SETTINGS_KEY = 'local:settings';

/** The site key the popup's switch uses: the page's host (with its port, for the demo). */
export const siteOf = (url: string | URL): string => new URL(url).host;

/** Hosts (e.g. `acme.zendesk.com`, see `siteOf`) where the agent turned Gvul off from the popup. */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

/**
 * The administrator's configuration (`settings` in public/managed-schema.json): read-only, and
 * absent in Firefox unless a policy or managed storage manifest provides it, where reading it
 * fails. It is read directly rather than through `defineItem`, which would read it eagerly on
 * every page and leave that failure unhandled.
 */
export const managedSettingsItem = {
  key: 'managed:settings' as const,
  async getValue(): Promise<unknown> {
    try {
      return (await browser.storage.managed.get('settings'))?.settings ?? null;
    } catch {
      return null;
    }
  },
  watch(cb: () => void): () => void {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' && 'settings' in changes) cb();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/**
 * Calls `load` whenever the team's stored settings or the administrator's change, and `onChange`
 * with what it gives. Returns the function that stops watching.
 */
export function watchSettingsItems<T>(load: () => Promise<T>, onChange: (value: T) => void): () => void {
  let latest = 0;
  const reload = () => {
    const n = ++latest;
    load().then(
      (value) => {
        // A slower, older read must not overwrite a newer one.
        if (n === latest) onChange(value);
      },
      // A read that fails (the extension was updated under this page) leaves what is in use.
      () => undefined,
    );
  };
  const stops = [storage.watch(SYNC_SETTINGS_KEY, reload), storage.watch(LOCAL_SETTINGS_KEY, reload), managedSettingsItem.watch(reload)];
  return () => stops.forEach((stop) => stop());
}

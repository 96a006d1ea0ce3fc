// The settings slice for the options page and the popup: what is stored (and what the
// administrator locked), the draft the options page edits, and the state of saving it. Only
// settings pass through here, never ticket text. Edits are saved shortly after the last change
// (sync storage allows 120 writes a minute), and only when the draft is valid, so a sidebar
// never receives settings it cannot use; every open page follows the storage's changes.
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../ticket';
import { DEFAULT_SETTINGS, type Settings } from '../settings/defaults';
import { ownFromDraft } from '../settings/resolve';
import { checkSettings, type SettingsProblem } from '../settings/schema';
import { loadSettings, saveSettings, watchSettings, type LoadedSettings, type SaveOutcome } from '../settings/storage';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; outcome: SaveOutcome }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: string };

export interface SettingsState {
  hydrated: boolean;
  loaded: LoadedSettings | null;
  /** What the options page shows and edits: the stored settings plus unsaved edits. */
  draft: Settings;
  dirty: boolean;
  /** Why the draft cannot be saved yet. */
  problems: SettingsProblem[];
  status: SaveStatus;
  hydrate(): Promise<void>;
  /** Change the draft; it is saved after `saveDelayMs` if valid. */
  edit(change: (draft: Settings) => Settings): void;
  /** Store whole settings at once (import, reset); the administrator's values stay on top. */
  replace(own: Settings): Promise<SaveOutcome | null>;
  /** Save a pending edit now (e.g. when the page is hidden). */
  flush(): Promise<void>;
  stop(): void;
}

export interface SettingsIo {
  load: typeof loadSettings;
  save: typeof saveSettings;
  watch: typeof watchSettings;
}

export function createSettingsStore(opts: { lang: () => Lang; saveDelayMs?: number; io?: SettingsIo }) {
  const io = opts.io ?? { load: loadSettings, save: saveSettings, watch: watchSettings };
  const delay = opts.saveDelayMs ?? 400;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unwatch: (() => void) | undefined;

  return createStore<SettingsState>()((set, get) => {
    // Every read of the stored settings is numbered, and only the newest one is applied: a read
    // that started before an import or reset finished must not put the old settings back.
    let reads = 0;
    async function reload(): Promise<void> {
      const n = ++reads;
      const fresh = await io.load(opts.lang());
      if (n !== reads) return;
      set((s) => (s.dirty ? { loaded: fresh } : { loaded: fresh, draft: fresh.settings, problems: [] }));
    }

    async function store(own: Settings, draft: Settings): Promise<SaveOutcome | null> {
      try {
        const outcome = await io.save(own);
        // Edits made while saving stay dirty and are saved by their own timer.
        set((s) => (s.draft === draft ? { dirty: false, status: { kind: 'saved', outcome } } : { status: { kind: 'saved', outcome } }));
        return outcome;
      } catch (e) {
        // The browser's own words (quota, sync turned off); the page adds its own when there are none.
        set({ status: { kind: 'failed', error: e instanceof Error ? e.message : typeof e === 'string' ? e : '' } });
        return null;
      }
    }

    async function saveDraft() {
      timer = undefined;
      const { draft, loaded } = get();
      if (!loaded) return;
      const check = checkSettings(draft, opts.lang());
      if (!check.ok) {
        set({ problems: check.problems, status: { kind: 'invalid' } });
        return;
      }
      await store(ownFromDraft(draft, loaded.own, loaded.locked), draft);
    }

    return {
      hydrated: false,
      loaded: null,
      draft: DEFAULT_SETTINGS,
      dirty: false,
      problems: [],
      status: { kind: 'idle' },
      async hydrate() {
        unwatch?.();
        unwatch = io.watch(() => void reload(), opts.lang);
        const loaded = await io.load(opts.lang());
        set((s) => (s.hydrated ? {} : { hydrated: true, loaded, draft: loaded.settings }));
      },
      edit(change) {
        const draft = change(get().draft);
        const check = checkSettings(draft, opts.lang());
        set({ draft, dirty: true, problems: check.ok ? [] : check.problems, status: check.ok ? { kind: 'pending' } : { kind: 'invalid' } });
        if (timer) clearTimeout(timer);
        if (check.ok) timer = setTimeout(() => void saveDraft(), delay);
      },
      async replace(own) {
        if (timer) clearTimeout(timer);
        timer = undefined;
        const loaded = get().loaded;
        const mine = loaded ? ownFromDraft(own, loaded.own, loaded.locked) : own;
        set({ status: { kind: 'pending' } });
        const outcome = await store(mine, get().draft);
        if (outcome) {
          set({ dirty: false });
          await reload();
        }
        return outcome;
      },
      async flush() {
        if (timer) {
          clearTimeout(timer);
          await saveDraft();
        }
      },
      stop() {
        if (timer) clearTimeout(timer);
        unwatch?.();
      },
    };
  });
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

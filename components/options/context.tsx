import { createContext, useContext } from 'react';
import type { Lang } from '@/lib/ticket';
import type { Settings } from '@/lib/settings/defaults';
import { isLocked } from '@/lib/settings/resolve';
import { setAt } from '@/lib/settings/patch';

export interface OptionsContextValue {
  lang: Lang;
  draft: Settings;
  locked: string[][];
  edit(change: (draft: Settings) => Settings): void;
}

export const OptionsContext = createContext<OptionsContextValue | null>(null);

export function useOptions() {
  const ctx = useContext(OptionsContext);
  if (!ctx) throw new Error('useOptions outside the options page');
  return {
    ...ctx,
    locked: (path: readonly (string | number)[]) => isLocked(ctx.locked, path.map(String)),
    /** `path` or anything under it is the administrator's: a list can then neither gain nor lose items. */
    lockedWithin: (path: readonly (string | number)[]) =>
      isLocked(ctx.locked, path.map(String)) || ctx.locked.some((l) => path.every((k, i) => l[i] === String(k))),
    set: (path: readonly (string | number)[], value: unknown) => ctx.edit((d) => setAt(d, path.map(String), value)),
  };
}

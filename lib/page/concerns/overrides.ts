// The agent's party corrections: saved when made here, taken in when made in another tab.
import { overridesItem } from '../../settings/items';
import type { Concern } from '../session';

export const overrides: Concern = {
  name: 'overrides',
  async start({ store, subscribe, release }) {
    store.getState().setOverrides(await overridesItem.getValue());
    subscribe((s, prev) => {
      if (s.overrides !== prev.overrides && !s.updated) void overridesItem.setValue(s.overrides);
    });
    const stop = overridesItem.watch((v) => store.getState().setOverrides(v ?? {}));
    release(stop);
  },
};

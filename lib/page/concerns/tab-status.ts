// The popup asks the active tab what Gvul sees there (lib/settings/tab-status.ts).
import { isTabStatusRequest, tabStatusOf } from '../../settings/tab-status';
import type { Concern } from '../session';

export const tabStatus: Concern = {
  name: 'tab-status',
  start({ store, site, answer }) {
    answer(isTabStatusRequest, async () => {
      const state = store.getState();
      return tabStatusOf(state, site, state.siteOff);
    });
  },
};

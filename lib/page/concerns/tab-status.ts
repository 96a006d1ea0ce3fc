// The popup asks the active tab what Gvul sees there (lib/protocol/tab-status.ts).
import { isTabStatusRequest } from '../../protocol/tab-status';
import { tabStatusOf } from '../../ticket-view';
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

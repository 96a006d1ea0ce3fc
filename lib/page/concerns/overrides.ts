// The agent's party corrections: saved when made here, taken in when made in another tab. A
// correction Gvul 0.1 kept for every account of the helpdesk alike is taken over, once, by the
// first account that shows that ticket.
import { overridesItem } from '../../settings/items';
import { ticketKey, unclaimedTicketKey, type SidebarState } from '../../store/sidebar';
import type { Concern } from '../session';

/** Take over the ticket's unclaimed correction, if there is one; true when it did. */
function claim({ page, overrides, setOverrides }: SidebarState): boolean {
  if (page?.kind !== 'ticket') return false;
  const old = unclaimedTicketKey(page);
  const party = overrides[old];
  if (!party) return false;
  const { [old]: _claimed, ...rest } = overrides;
  const key = ticketKey(page);
  setOverrides({ ...rest, [key]: rest[key] ?? party });
  return true;
}

export const overrides: Concern = {
  name: 'overrides',
  async start({ store, subscribe, release }) {
    store.getState().setOverrides(await overridesItem.getValue());
    subscribe((s, prev) => {
      // A claim is a change of its own, saved when its listeners hear it.
      if ((s.page !== prev.page || s.overrides !== prev.overrides) && claim(s)) return;
      if (s.overrides !== prev.overrides && !s.updated) void overridesItem.setValue(s.overrides);
    });
    const stop = overridesItem.watch((v) => store.getState().setOverrides(v ?? {}));
    release(stop);
  },
};

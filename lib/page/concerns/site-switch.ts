// The popup's on/off switch for this site: while it is off, Gvul reads nothing and shows nothing.
import { disabledSitesItem } from '../../settings/items';
import type { Concern } from '../session';

export const siteSwitch: Concern = {
  name: 'site-switch',
  async start({ store, release, site, check }) {
    store.getState().setSiteOff((await disabledSitesItem.getValue()).includes(site));
    const stop = disabledSitesItem.watch((sites) => {
      store.getState().setSiteOff(sites.includes(site));
      check();
    });
    release(stop);
  },
};

// Every concern of a helpdesk page, registered once. The session starts the state concerns
// first (their stored values must be in before the page is shown), then the page concerns.
import type { Concern } from '../session';
import { layout } from './layout';
import { overrides } from './overrides';
import { settings } from './settings';
import { siteSwitch } from './site-switch';
import { pageWatch } from './page-watch';
import { caret } from './caret';
import { docking } from './docking';
import { tabStatus } from './tab-status';
import { commands } from './commands';

export const STATE_CONCERNS: readonly Concern[] = [layout, overrides, settings, siteSwitch];

export const pageConcerns = (options: { pollMs: number }): Concern[] => [
  pageWatch(options.pollMs),
  caret,
  docking,
  tabStatus,
  commands,
];

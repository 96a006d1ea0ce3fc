// Every stored key, declared once. Local storage holds what belongs to this browser (the
// agent's corrections and the sidebar's layout); no item ever holds ticket text.
import { storage } from '@wxt-dev/storage';
import type { Party } from '../policy/labels';

/** The agent's party corrections: ticket key (helpdesk + ticket id) → party. */
export const overridesItem = storage.defineItem<Record<string, Party>>('local:overrides', {
  fallback: {},
  version: 1,
});

export interface SidebarLayout {
  collapsed: boolean;
  width: number;
}

export const layoutItem = storage.defineItem<SidebarLayout>('local:sidebarLayout', {
  fallback: { collapsed: false, width: 380 },
  version: 1,
});

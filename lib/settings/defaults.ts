// Everything a team can make its own, with POLICY.md's defaults. The sidebar reads it from the
// store; the options page edits it and lib/settings/storage.ts stores it.
import { DEFAULT_CLASSIFICATION_POLICY } from '../policy/classification';
import { DEFAULT_SLA_POLICY } from '../policy/sla';
import { DEFAULT_CONTRACT_RULES } from '../policy/contract';
import { DEFAULT_REPLIES } from '../replies/templates';
import type { Settings } from './schema';

export type { Settings } from './schema';

export const DEFAULT_SETTINGS: Settings = {
  uiLang: 'auto',
  agentName: '',
  classification: DEFAULT_CLASSIFICATION_POLICY,
  sla: DEFAULT_SLA_POLICY,
  contracts: DEFAULT_CONTRACT_RULES,
  replies: DEFAULT_REPLIES,
  customHelpdesks: [],
};

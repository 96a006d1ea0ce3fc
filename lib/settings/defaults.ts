// Everything a team can make its own, with POLICY.md's defaults. The sidebar reads it from the
// store; the options page edits it and lib/settings/storage.ts stores it.
import { DEFAULT_CLASSIFICATION_POLICY, type ClassificationPolicy } from '../policy/classification';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../policy/sla';
import { DEFAULT_CONTRACT_RULES, type ContractRules } from '../policy/contract';
import { DEFAULT_REPLIES, type ReplyTemplate } from '../replies/templates';
import type { CustomHelpdeskConfig } from '../adapters/custom';

export interface Settings {
  /** 'auto' follows the browser's language. */
  uiLang: 'auto' | 'he' | 'en';
  /** Fills {{current_user.name}} in replies. */
  agentName: string;
  classification: ClassificationPolicy;
  sla: SlaPolicy;
  /** Who has an extended service contract. */
  contracts: ContractRules;
  replies: ReplyTemplate[];
  customHelpdesks: CustomHelpdeskConfig[];
}

/** The longest agent name the settings keep (the schema's limit). */
export const AGENT_NAME_MAX = 100;

export const DEFAULT_SETTINGS: Settings = {
  uiLang: 'auto',
  agentName: '',
  classification: DEFAULT_CLASSIFICATION_POLICY,
  sla: DEFAULT_SLA_POLICY,
  contracts: DEFAULT_CONTRACT_RULES,
  replies: DEFAULT_REPLIES,
  customHelpdesks: [],
};

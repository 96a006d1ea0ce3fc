// Where the team's custom helpdesks run: the content script is registered at run time for their
// host patterns, once the agent has granted Gvul access to those hosts (optional host
// permissions), so the store build asks for no host it does not need.
import type { CustomHelpdeskConfig } from '../adapters/custom';
import { compileMatchPattern } from '../adapters/location';
import { originPatterns } from '../helpdesk-hosts';

export const CUSTOM_SCRIPT_ID = 'gvul-custom-helpdesks';

/** The valid, distinct match patterns of the custom helpdesks, and the origins to ask access to. */
export function customHelpdeskPatterns(configs: readonly CustomHelpdeskConfig[]): { matches: string[]; origins: string[] } {
  const matches = [...new Set(configs.map((c) => c.hostPattern.trim()).filter((p) => compileMatchPattern(p) !== null))];
  return { matches, origins: originPatterns(matches) };
}

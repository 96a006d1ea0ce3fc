// How the content script gets the settings in use and keeps the agent's name: it asks the
// background, which reads, checks and stores the settings (lib/settings/storage.ts). Checking
// settings takes the whole settings schema and its messages in two languages, and storing them
// the defaults they are diffed against; kept in the background, they stay out of the script
// every helpdesk tab loads (its size budget, issue 10).
import { browser } from 'wxt/browser';

export const SETTINGS_REQUEST = 'gvul:settings';
export const AGENT_NAME_SAVE = 'gvul:agent-name';

export interface SettingsRequest {
  type: typeof SETTINGS_REQUEST;
}

/** Keep `name` as the agent's own name (the options page's), trimmed; answered once stored. */
export interface AgentNameSave {
  type: typeof AGENT_NAME_SAVE;
  name: string;
}

const typed = (message: unknown, type: string) =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

export const isSettingsRequest = (message: unknown): message is SettingsRequest => typed(message, SETTINGS_REQUEST);

export const isAgentNameSave = (message: unknown): message is AgentNameSave =>
  typed(message, AGENT_NAME_SAVE) && typeof (message as { name?: unknown }).name === 'string';

/** A service worker that is starting (just installed, or woken) may miss the first asking. */
const ATTEMPTS = 4;

/** The background's answer to `message`, asked again while no answer comes. */
export async function askBackground<T>(message: SettingsRequest | AgentNameSave): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const answer = (await browser.runtime.sendMessage(message).catch((error: unknown) => {
      if (attempt >= ATTEMPTS) throw error;
    })) as T | undefined;
    if (answer) return answer;
    if (attempt >= ATTEMPTS) throw new Error(`the background did not answer ${message.type}`);
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
}

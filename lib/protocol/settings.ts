// How the content script gets the settings in use: it asks the background, which reads and
// checks them (lib/settings/storage.ts) and answers with the result. Checking settings takes the
// whole settings schema and its messages in two languages; kept in the background, they stay out
// of the script every helpdesk tab loads (its size budget, issue 10).

export const SETTINGS_REQUEST = 'gvul:settings';

export interface SettingsRequest {
  type: typeof SETTINGS_REQUEST;
}

export const isSettingsRequest = (message: unknown): message is SettingsRequest =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SETTINGS_REQUEST;

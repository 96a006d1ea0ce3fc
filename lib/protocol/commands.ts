// Keyboard commands (declared in wxt.config.ts, keys changeable at chrome://extensions/shortcuts
// or about:addons): the background hears the key and tells the active tab's content script.

export const COMMANDS = {
  'toggle-sidebar': 'Show or hide the Gvul sidebar',
  'insert-top-reply': 'Insert Gvul\'s first reply into the reply editor',
} as const;
export type Command = keyof typeof COMMANDS;

export const COMMAND_MESSAGE = 'gvul:command';

export interface CommandMessage {
  type: typeof COMMAND_MESSAGE;
  command: Command;
}

// Own keys only: `in` would also take `constructor` or `toString` from Object.prototype.
export const isCommand = (name: unknown): name is Command => typeof name === 'string' && Object.hasOwn(COMMANDS, name);

export const isCommandMessage = (message: unknown): message is CommandMessage =>
  typeof message === 'object' &&
  message !== null &&
  (message as { type?: unknown }).type === COMMAND_MESSAGE &&
  isCommand((message as { command?: unknown }).command);

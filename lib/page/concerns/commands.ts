// The keyboard commands (lib/protocol/commands.ts), which the background passes to the active tab.
import { isCommandMessage, type Command } from '../../protocol/commands';
import type { InsertOutcome } from '../../insert';
import { topReply } from '../../ticket-view';
import type { Concern, SessionContext } from '../session';

export const commands: Concern = {
  name: 'commands',
  start(ctx) {
    ctx.answer(isCommandMessage, (message) => runCommand(ctx, message.command));
  },
};

async function runCommand({ store, insert }: SessionContext, command: Command): Promise<InsertOutcome> {
  const state = store.getState();
  // Without the settings there is no sidebar to show or hide, only the status saying why.
  if (!state.page || state.page.kind === 'no-settings') return { ok: false };
  if (command === 'toggle-sidebar') {
    state.setCollapsed(!state.collapsed);
    return { ok: true };
  }
  const reply = topReply(state);
  return reply && state.page.kind === 'ticket' ? insert(reply.text, reply.lang, state.page.ticket.id) : { ok: false };
}

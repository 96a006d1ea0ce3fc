// WXT ends an older copy of the content script when a newer one announces itself with a document
// event, and any page script can fire that event too. It is not heard at all: an old copy ends
// when the extension it belongs to goes away (lib/page/concerns/update.ts).
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Stop WXT's "a newer copy started" event from reaching WXT, for as long as `signal` lasts. */
export function ignoreScriptStartedEvents(win: Window, signal: AbortSignal): void {
  // The event's name is WXT's own, private in its types.
  const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  win.addEventListener(started, (event) => event.stopImmediatePropagation(), { capture: true, signal });
}

import { answerSettingsRequest, loadSettings, watchSettings } from '@/lib/settings/storage';
import { CUSTOM_SCRIPT_ID, customHelpdeskPatterns } from '@/lib/settings/custom-helpdesks';
import type { CustomHelpdeskConfig } from '@/lib/adapters';
import { originPatterns } from '@/lib/helpdesk-hosts';
import { COMMAND_MESSAGE, isCommand } from '@/lib/protocol/commands';
import { answerPageInsert } from '@/lib/insert/page-world-client';

// Gvul makes no network requests and handles tickets only in the content script. The background
// gives the content scripts the checked settings, keeps the content script registered on the
// team's custom helpdesks (whenever the settings or the granted host permissions change, the
// registration is made again for the hosts the agent allowed), and passes keyboard commands to
// the active tab.
export default defineBackground(() => {
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue.then(async () => registerCustomHelpdesks((await loadSettings()).settings.customHelpdesks)).catch((e) => {
      console.warn('Gvul could not register the custom helpdesks', e);
    });
  };
  sync();
  watchSettings(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  // Installed or updated: the helpdesk tabs already open get this version's content script (the
  // old version's one there notices it is orphaned and closes, lib/page/concerns/update.ts). Not
  // on a browser update: those tabs run this version already, and would get it twice.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });

  // Insertions that must run in the page's own world (lib/insert/page-world.ts).
  browser.runtime.onMessage.addListener((message, sender) => answerPageInsert(message, sender));

  // The settings in use, read and checked here for the content scripts, and the agent's name they
  // save (lib/protocol/settings.ts).
  browser.runtime.onMessage.addListener((message) => answerSettingsRequest(message));

  // Keyboard commands go to the content script of the tab the agent is looking at.
  browser.commands?.onCommand.addListener(async (command) => {
    if (!isCommand(command)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: COMMAND_MESSAGE, command }).catch(() => {
      // Not a helpdesk tab (no content script there): nothing to do.
    });
  });
});

async function injectIntoOpenTabs() {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  if (!script?.js?.length || !script.matches?.length) return;
  const tabs = await browser.tabs.query({ url: script.matches });
  for (const tab of tabs) {
    // A tab still loading gets the manifest's content script anyway.
    if (tab.id === undefined || tab.discarded || tab.status !== 'complete') continue;
    // The manifest's own paths (WXT types `files` as its entrypoints' public paths).
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: script.js as never[] }).catch(() => {
      // A tab that is closing or that the browser does not let extensions into.
    });
  }
}

async function registerCustomHelpdesks(configs: CustomHelpdeskConfig[]) {
  if (!browser.scripting?.registerContentScripts) return;
  const { matches } = customHelpdeskPatterns(configs);
  const allowed: string[] = [];
  for (const pattern of matches) {
    if (await browser.permissions.contains({ origins: originPatterns([pattern]) })) allowed.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (allowed.length === 0) return;
  // The same script the manifest declares for the built-in helpdesks.
  const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  await browser.scripting.registerContentScripts([
    { id: CUSTOM_SCRIPT_ID, matches: allowed, js, runAt: 'document_idle', persistAcrossSessions: false },
  ]);
}

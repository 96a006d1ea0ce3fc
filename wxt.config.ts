import { defineConfig } from 'wxt';
import { fileURLToPath } from 'node:url';

import { DEMO_MATCHES, HELPDESK_MATCHES, originPatterns } from './lib/helpdesk-hosts';
import { COMMANDS } from './lib/protocol/commands';

// The demo build is the production build (same code, production React) that also runs on the
// local demo helpdesk, written beside the store build: GVUL_DEMO=1 (see package.json).
const demo = process.env.GVUL_DEMO === '1';

export default defineConfig({
  outDirTemplate: demo ? '{{browser}}-mv{{manifestVersion}}-demo' : undefined,
  // webextension-polyfill is part of the project's fixed stack: one promise-based `browser`
  // for every entrypoint, whatever the browser's own namespace does.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The sources zip AMO asks for: the code, not screenshots or test scratch.
  zip: { excludeSources: ['demo-output/**', '.tmp/**', 'stats*.html', 'stats*.json'] },
  manifest: {
    name: 'Gvul — support boundaries',
    description:
      'Decides whose problem a helpdesk ticket is under your support-boundary policy, shows the first-response SLA, and inserts the boundary reply. Runs entirely in your browser.',
    // The oldest browsers with a built-in Temporal (see lib/sla/native-temporal.ts).
    minimum_chrome_version: '144',
    // scripting + optional hosts: the team's custom helpdesks, asked for one host at a time.
    permissions: ['storage', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The hosts the content script runs on, once more: the background needs them to run an
    // insertion in the page's own world there (lib/insert/page-world.ts). The agent is asked
    // nothing new, the content script already reads and changes these pages.
    host_permissions: originPatterns(HELPDESK_MATCHES),
    // Nothing is web-accessible: no page can probe for Gvul by fetching one of its files (the
    // page-world part of an insertion is run by the background, lib/insert/page-world.ts).
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+G' }, description: COMMANDS['toggle-sidebar'] },
      'insert-top-reply': { suggested_key: { default: 'Alt+Shift+R' }, description: COMMANDS['insert-top-reply'] },
    },
    browser_specific_settings: {
      gecko: {
        id: 'gvul@gvul.dev',
        // 140: data_collection_permissions (Temporal is there since 139).
        strict_min_version: '140.0',
        // Gvul sends nothing anywhere: ticket text never leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    } as never,
  },
  hooks: {
    // Browsers have Temporal built in; only Node needs the polyfill (lib/sla/native-temporal.ts).
    // A build hook, so the unit tests (which run in Node) keep the polyfill.
    'vite:build:extendConfig': (_entrypoints, viteConfig) => {
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = {
        ...(viteConfig.resolve.alias as Record<string, string> | undefined),
        'temporal-polyfill': fileURLToPath(new URL('./lib/sla/native-temporal.ts', import.meta.url)),
      };
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The administrator's managed configuration; Firefox reads it from policies instead.
      if (wxt.config.browser === 'chrome') (manifest as { storage?: unknown }).storage = { managed_schema: 'managed-schema.json' };
      // MV2 has no optional_host_permissions: the hosts go in optional_permissions.
      if (wxt.config.manifestVersion === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), 'https://*/*', 'http://*/*'];
      if (!demo) return;
      manifest.name += ' (demo)';
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEMO_MATCHES];
      }
      if (wxt.config.manifestVersion === 2) manifest.permissions = [...(manifest.permissions ?? []), ...DEMO_MATCHES];
      else manifest.host_permissions = [...(manifest.host_permissions ?? []), ...DEMO_MATCHES];
    },
  },
});

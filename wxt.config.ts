import { defineConfig } from 'wxt';

import { DEMO_MATCHES } from './lib/helpdesk-hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Gvul — support boundaries',
    description:
      'Decides whose problem a helpdesk ticket is under your support-boundary policy, shows the first-response SLA, and inserts the boundary reply. Runs entirely in your browser.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'gvul@gvul.dev',
        strict_min_version: '128.0',
        // Gvul sends nothing anywhere: ticket text never leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
    } as never,
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      manifest.name += ' (demo)';
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEMO_MATCHES];
      }
    },
  },
});

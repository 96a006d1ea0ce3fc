// What the extension bundles in place of `temporal-polyfill` (see wxt.config.ts): the browser's
// own Temporal. Every browser Gvul supports has it (Chrome 144+, Firefox 139+; the manifest asks for Chrome 144 and Firefox 140, the minimum
// versions in the manifest), so shipping the polyfill would add ~19 KB gzip to every helpdesk
// tab for nothing. Node (the CLIs and tests) has no Temporal yet and uses the polyfill.
// A browser without it gets an SLA card that says so (the sidebar's error boundary), while the
// verdict and replies keep working.
import type { Temporal as TemporalType } from 'temporal-polyfill';

export const Temporal = (globalThis as { Temporal?: typeof TemporalType }).Temporal as typeof TemporalType;

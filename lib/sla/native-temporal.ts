// What the extension bundles in place of `temporal-polyfill` (see wxt.config.ts): the browser's
// own Temporal. Every browser Gvul supports has it (the manifest's minimums, Chrome 144 and
// Firefox 140, both ship it), so the polyfill would add ~19 KB gzip to every helpdesk tab for
// nothing. Node (the CLIs and tests) has no Temporal yet and uses the polyfill.
// A browser without it gets an SLA card that says so (the sidebar's error boundary), while the
// verdict and replies keep working.
import type { Temporal as TemporalType } from 'temporal-polyfill';

export const Temporal = (globalThis as { Temporal?: typeof TemporalType }).Temporal as typeof TemporalType;

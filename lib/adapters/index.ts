// The helpdesk registry: which adapter reads the page. Built-in helpdesks first, then the
// team's custom helpdesks from the settings; the first whose `matches` holds wins. Adding a
// built-in helpdesk is one adapter file (with its fixtures) and one entry in BUILTIN_ADAPTERS:
// the manifest's matches, the helpdesk ids and the demo helpdesk's routes follow from it.
// Self-hosted helpdesks (Request Tracker) run on the team's own host: they have no hosts of
// their own to declare, and know their pages by the pages' own markers.

import { createCustomAdapter, type CustomHelpdeskConfig } from './custom.ts';
import { freshdesk } from './freshdesk.ts';
import { helpscout } from './helpscout.ts';
import { realHelpdeskUrl } from './location.ts';
import { requestTracker } from './request-tracker.ts';
import type { BuiltinAdapter, HelpdeskAdapter, ReadResult, RelatedPages } from './types.ts';
import { zendesk } from './zendesk.ts';
import { zoho } from './zoho.ts';

export type { BuiltinAdapter, EditorKind, EditorTarget, HelpdeskAdapter, ReadResult, RelatedPages } from './types.ts';
export {
  createCustomAdapter,
  testCustomSelectors,
  SELECTOR_FIELDS,
  type CustomHelpdeskConfig,
  type CustomHelpdeskSelectors,
  type SelectorCheck,
  type SelectorField,
} from './custom.ts';
export { compileMatchPattern, fillPage, matchPage, realHelpdeskUrl, type PageShapes } from './location.ts';

export const BUILTIN_ADAPTERS = [zendesk, zoho, freshdesk, helpscout] as const;

export const SELF_HOSTED_ADAPTERS = [requestTracker] as const;

export type BuiltinHelpdeskId = (typeof BUILTIN_ADAPTERS)[number]['id'];
export type HelpdeskId = BuiltinHelpdeskId | (typeof SELF_HOSTED_ADAPTERS)[number]['id'] | 'custom';

export const BUILTIN_HELPDESK_IDS: readonly BuiltinHelpdeskId[] = BUILTIN_ADAPTERS.map((a) => a.id);

/** Every host pattern of the built-in helpdesks: where the manifest runs Gvul. */
export const BUILTIN_HOST_PATTERNS: readonly string[] = BUILTIN_ADAPTERS.flatMap((a) => a.hosts);

const guarded = new WeakMap<HelpdeskAdapter, HelpdeskAdapter>();
const customAdapters = new WeakMap<CustomHelpdeskConfig, HelpdeskAdapter>();

/**
 * `adapter` with every call made safe: an exception (a bug, or a page shaped in a way nobody
 * foresaw) becomes "not mine", "no ticket", "no editor" or an `ok: false` reading. Adapters must
 * not throw in the first place (the contract test checks it); this keeps the page and the sidebar
 * working if one does.
 */
export function guardAdapter(adapter: HelpdeskAdapter): HelpdeskAdapter {
  const known = guarded.get(adapter);
  if (known) return known;
  const safe: HelpdeskAdapter = {
    ...adapter,
    matches(url, doc) {
      try {
        return adapter.matches(url, doc);
      } catch {
        return false;
      }
    },
    ticketId(url, doc) {
      try {
        return adapter.ticketId(url, doc);
      } catch {
        return null;
      }
    },
    relatedPages(url, doc) {
      try {
        return adapter.relatedPages?.(url, doc) ?? {};
      } catch {
        return {};
      }
    },
    readTicket(url, doc, related, bodyChars): ReadResult {
      try {
        return adapter.readTicket(url, doc, related, bodyChars);
      } catch (e) {
        return {
          ok: false,
          missing: ['ticket'],
          reason: { code: 'adapter-failed', helpdesk: adapter.name, detail: e instanceof Error ? e.message : String(e) },
        };
      }
    },
    findEditor(url, doc) {
      try {
        return adapter.findEditor(url, doc);
      } catch {
        return null;
      }
    },
    signedInAgent(doc) {
      try {
        return adapter.signedInAgent?.(doc) ?? null;
      } catch {
        return null;
      }
    },
  };
  guarded.set(adapter, safe);
  guarded.set(safe, safe);
  return safe;
}

/** A built-in adapter that is also handed its demo helpdesk pages, as the real helpdesk's URLs. */
function onRealUrls(adapter: BuiltinAdapter): HelpdeskAdapter {
  const real = (url: URL) => realHelpdeskUrl(url, adapter.id, adapter.hosts);
  return {
    ...adapter,
    matches: (url, doc) => adapter.matches(real(url), doc),
    ticketId: (url, doc) => adapter.ticketId(real(url), doc),
    relatedPages: (url, doc) => adapter.relatedPages?.(real(url), doc) ?? {},
    readTicket: (url, doc, related, bodyChars) => adapter.readTicket(real(url), doc, related, bodyChars),
    findEditor: (url, doc) => adapter.findEditor(real(url), doc),
  };
}

const builtins: readonly HelpdeskAdapter[] = [
  ...BUILTIN_ADAPTERS.map((a) => guardAdapter(onRealUrls(a))),
  ...SELF_HOSTED_ADAPTERS.map((a) => guardAdapter(a)),
];

function customAdapter(config: CustomHelpdeskConfig): HelpdeskAdapter {
  let adapter = customAdapters.get(config);
  if (!adapter) {
    adapter = guardAdapter(createCustomAdapter(config));
    customAdapters.set(config, adapter);
  }
  return adapter;
}

/** The adapter for this page (guarded), or null when Gvul does not know the page. */
export function findAdapter(url: URL, doc: Document, custom: readonly CustomHelpdeskConfig[] = []): HelpdeskAdapter | null {
  for (const adapter of builtins) {
    if (adapter.matches(url, doc)) return adapter;
  }
  for (const config of custom) {
    let adapter: HelpdeskAdapter;
    try {
      adapter = customAdapter(config);
    } catch {
      continue; // a settings entry too broken to build an adapter from
    }
    if (adapter.matches(url, doc)) return adapter;
  }
  return null;
}

/** Read the open ticket with the page's adapter; null when no adapter knows the page. */
export function readOpenTicket(
  url: URL,
  doc: Document,
  custom: readonly CustomHelpdeskConfig[] = [],
  related?: RelatedPages,
): { adapter: HelpdeskAdapter; result: ReadResult } | null {
  const adapter = findAdapter(url, doc, custom);
  return adapter ? { adapter, result: adapter.readTicket(url, doc, related) } : null;
}

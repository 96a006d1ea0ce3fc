// The helpdesk registry: which adapter reads the page. Built-in helpdesks first, then the
// team's custom helpdesks from the settings; the first whose `matches` holds wins.

import { createCustomAdapter, type CustomHelpdeskConfig } from './custom.ts';
import { freshdesk } from './freshdesk.ts';
import { helpscout } from './helpscout.ts';
import { requestTracker } from './request-tracker.ts';
import type { HelpdeskAdapter, ReadResult } from './types.ts';
import { zendesk } from './zendesk.ts';
import { zoho } from './zoho.ts';

export type { EditorKind, EditorTarget, HelpdeskAdapter, HelpdeskId, ReadResult, RelatedPages } from './types.ts';
export {
  createCustomAdapter,
  testCustomSelectors,
  SELECTOR_FIELD_WORDS,
  type CustomHelpdeskConfig,
  type CustomHelpdeskSelectors,
  type SelectorCheck,
  type SelectorField,
} from './custom.ts';
export { compileMatchPattern } from './location.ts';

export const BUILTIN_ADAPTERS: readonly HelpdeskAdapter[] = [zendesk, zoho, freshdesk, helpscout, requestTracker];

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
    readTicket(url, doc, related): ReadResult {
      try {
        return adapter.readTicket(url, doc, related);
      } catch (e) {
        return {
          ok: false,
          missing: ['ticket'],
          reason: `Gvul could not read this ${adapter.name} page (${e instanceof Error ? e.message : String(e)}).`,
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
  };
  guarded.set(adapter, safe);
  guarded.set(safe, safe);
  return safe;
}

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
  for (const adapter of BUILTIN_ADAPTERS) {
    const safe = guardAdapter(adapter);
    if (safe.matches(url, doc)) return safe;
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
): { adapter: HelpdeskAdapter; result: ReadResult } | null {
  const adapter = findAdapter(url, doc, custom);
  return adapter ? { adapter, result: adapter.readTicket(url, doc) } : null;
}

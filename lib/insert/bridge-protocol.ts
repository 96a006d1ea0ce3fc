// The content script and the page-world bridge talk through DOM events with JSON-string details
// (strings cross Firefox's Xray boundary untouched). The bridge exists because some editors'
// models live in the page's own JavaScript world (CKEditor 5's `ckeditorInstance`), and because
// Firefox hides clipboard data that an extension put into a DataTransfer from the page's own
// scripts (a paste built by the content script arrives empty), so Slate's paste is made there.
import { isLang } from '../ticket';
import type { InsertProblem } from '../problems';

export const INSERT_EVENT = 'gvul:insert';
export const INSERTED_EVENT = 'gvul:inserted';
/** The editable the content script chose is marked with this attribute for the bridge to find. */
export const TARGET_ATTRIBUTE = 'data-gvul-insert-target';

export type InsertRequest =
  | {
      requestId: string;
      /** Insert through CKEditor 5's model. */
      kind: 'ckeditor5';
      text: string;
      lang: 'he' | 'en';
      /** Insert at the agent's caret (they had put it in the editor) rather than after the draft. */
      atCaret: boolean;
    }
  | {
      requestId: string;
      /** Dispatch a plain-text `paste` on the target, at the selection the content script set. */
      kind: 'paste';
      text: string;
    };

/** What the bridge can say went wrong (the words are the content script's: lib/i18n/problems.ts). */
export type BridgeProblem = Extract<InsertProblem, { code: 'editor-not-ready' | 'editor-refused' }>;

export interface InsertResponse {
  requestId: string;
  ok: boolean;
  problem?: BridgeProblem;
}

function parseProblem(p: unknown): BridgeProblem | undefined {
  if (typeof p !== 'object' || p === null) return undefined;
  const { code, detail } = p as { code?: unknown; detail?: unknown };
  if (code === 'editor-not-ready') return { code };
  if (code === 'editor-refused') return { code, ...(typeof detail === 'string' ? { detail } : {}) };
  return undefined;
}

/** A request from an event detail, or undefined when it is not one (any page script can send events). */
export function parseRequest(detail: unknown): InsertRequest | undefined {
  if (typeof detail !== 'string') return undefined;
  try {
    const r = JSON.parse(detail) as Record<string, unknown> | null;
    if (!r || typeof r.requestId !== 'string' || typeof r.text !== 'string') return undefined;
    if (r.kind === 'paste') return { requestId: r.requestId, kind: 'paste', text: r.text };
    if (r.kind === 'ckeditor5') {
      return { requestId: r.requestId, kind: 'ckeditor5', text: r.text, lang: isLang(r.lang) ? r.lang : 'en', atCaret: r.atCaret === true };
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** A response from an event detail, or undefined when it is not one. */
export function parseResponse(detail: unknown): InsertResponse | undefined {
  if (typeof detail !== 'string') return undefined;
  try {
    const r = JSON.parse(detail) as Record<string, unknown> | null;
    if (!r || typeof r.requestId !== 'string' || typeof r.ok !== 'boolean') return undefined;
    const problem = parseProblem(r.problem);
    return { requestId: r.requestId, ok: r.ok, ...(problem ? { problem } : {}) };
  } catch {
    return undefined;
  }
}

// The content script and the page-world bridge talk through DOM events with JSON-string details
// (strings cross Firefox's Xray boundary untouched). The bridge exists because some editors'
// models live in the page's own JavaScript world (CKEditor 5's `ckeditorInstance`), and because
// Firefox hides clipboard data that an extension put into a DataTransfer from the page's own
// scripts (a paste built by the content script arrives empty), so Slate's paste is made there.
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
      /** Insert through CKEditor 4's `insertHtml`; the target is the textarea it replaced. */
      kind: 'ckeditor4';
      text: string;
      lang: 'he' | 'en';
      atCaret: boolean;
    }
  | {
      requestId: string;
      /** Dispatch a plain-text `paste` on the target, at the selection the content script set. */
      kind: 'paste';
      text: string;
    };

export interface InsertResponse {
  requestId: string;
  ok: boolean;
  error?: string;
}

/** A request from an event detail, or undefined when it is not one (any page script can send events). */
export function parseRequest(detail: unknown): InsertRequest | undefined {
  if (typeof detail !== 'string') return undefined;
  try {
    const r = JSON.parse(detail) as Record<string, unknown> | null;
    if (!r || typeof r.requestId !== 'string' || typeof r.text !== 'string') return undefined;
    if (r.kind === 'paste') return { requestId: r.requestId, kind: 'paste', text: r.text };
    if (r.kind === 'ckeditor5' || r.kind === 'ckeditor4') {
      return { requestId: r.requestId, kind: r.kind, text: r.text, lang: r.lang === 'he' ? 'he' : 'en', atCaret: r.atCaret === true };
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
    return { requestId: r.requestId, ok: r.ok, ...(typeof r.error === 'string' ? { error: r.error } : {}) };
  } catch {
    return undefined;
  }
}

// The content script and the page-world bridge talk through DOM events with JSON-string details
// (strings cross Firefox's Xray boundary untouched). The bridge exists because some editors'
// models live in the page's own JavaScript world (CKEditor 5's `ckeditorInstance`).
export const INSERT_EVENT = 'gvul:insert';
export const INSERTED_EVENT = 'gvul:inserted';
/** The editable the content script chose is marked with this attribute for the bridge to find. */
export const TARGET_ATTRIBUTE = 'data-gvul-insert-target';

export interface InsertRequest {
  requestId: string;
  kind: 'ckeditor5';
  text: string;
  lang: 'he' | 'en';
  /** Insert at the agent's caret (they had focused the editor) rather than after the draft. */
  atCaret: boolean;
}

export interface InsertResponse {
  requestId: string;
  ok: boolean;
  error?: string;
}

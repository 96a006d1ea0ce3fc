// How the content script asks for a page-world insertion (lib/insert/page-world.ts): a runtime
// message to the background, which runs it in the tab and frame the message came from and
// answers with the result. Both ends check what they get: the result was made in the page's world.

export const PAGE_INSERT_MESSAGE = 'gvul:page-insert';

export type PageInsertRequest =
  | {
      /** Insert through CKEditor 5's model, in one `model.change` (one undo step). */
      kind: 'ckeditor5';
      target: string;
      /** The editable is this child of the element whose TARGET_ATTRIBUTE is `target`. */
      child: number;
      paragraphs: string[];
      /** Hebrew: paragraphs right to left. */
      rtl: boolean;
      /** At the agent's caret (they had put it in the editor) rather than after the draft. */
      atCaret: boolean;
    }
  | {
      /** A paste of these lines, one paragraph each (Slate). */
      kind: 'paste';
      target: string;
      child: number;
      text: string;
      /** Hebrew: each pasted paragraph right to left (Slate's fragment, see lib/insert/page-world.ts). */
      rtl: boolean;
    }
  | {
      /** Insert through CKEditor 4's `insertHtml` (Request Tracker): see ckeditor4.ts. */
      kind: 'ckeditor4';
      target: string;
      /** The textarea CKEditor 4 replaced is this child of the marked element. */
      child: number;
      paragraphs: string[];
      /** Hebrew: paragraphs right to left. */
      rtl: boolean;
      atCaret: boolean;
    };

/** Only a status: the words the agent sees are Gvul's own, never text from the page. */
export type PageInsertResult = { ok: true } | { ok: false; problem: 'not-ready' | 'refused' };

export interface PageInsertMessage {
  type: typeof PAGE_INSERT_MESSAGE;
  request: PageInsertRequest;
}

/** A reply is a letter, not a ticket: longer requests are not ours. */
const MAX_TEXT = 100_000;
const text = (s: unknown): s is string => typeof s === 'string' && s.length <= MAX_TEXT;

/** The request in a message, with only the known fields, or undefined. */
export function pageInsertRequestOf(message: unknown): PageInsertRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as { type?: unknown; request?: Record<string, unknown> | null };
  const r = m.request;
  if (m.type !== PAGE_INSERT_MESSAGE || typeof r !== 'object' || r === null || !text(r.target)) return undefined;
  const child = r.child;
  if (typeof child !== 'number' || !Number.isInteger(child) || child < 0) return undefined;
  if (r.kind === 'paste' && text(r.text)) return { kind: 'paste', target: r.target, child, text: r.text, rtl: r.rtl === true };
  if (r.kind === 'ckeditor5' && Array.isArray(r.paragraphs) && r.paragraphs.length <= 1000 && r.paragraphs.every(text)) {
    return { kind: 'ckeditor5', target: r.target, child, paragraphs: r.paragraphs as string[], rtl: r.rtl === true, atCaret: r.atCaret === true };
  }
  if (r.kind === 'ckeditor4' && Array.isArray(r.paragraphs) && r.paragraphs.length <= 1000 && r.paragraphs.every(text)) {
    return { kind: 'ckeditor4', target: r.target, child, paragraphs: r.paragraphs as string[], rtl: r.rtl === true, atCaret: r.atCaret === true };
  }
  return undefined;
}

/** A result from the page's world, as one of the known statuses (anything else: refused). */
export function pageInsertResultOf(value: unknown): PageInsertResult {
  const r = value as { ok?: unknown; problem?: unknown } | null | undefined;
  if (r?.ok === true) return { ok: true };
  return { ok: false, problem: r?.problem === 'not-ready' ? 'not-ready' : 'refused' };
}

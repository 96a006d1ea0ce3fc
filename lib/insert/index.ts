// Putting a reply into the helpdesk's reply editor through the editor's own way in, so that what
// the helpdesk sends (its model) holds the reply and the editor's own undo removes it:
//   - plain contenteditable editors (Froala, Zoho's iframe editor): execCommand, which fires
//     trusted input events and keeps native undo;
//   - Slate (Help Scout): a paste event, since Slate ignores direct DOM changes;
//   - CKEditor 5 (Zendesk): its model API, reached through the page-world bridge.
// The reply goes at the agent's caret if they were in the editor, otherwise after their draft;
// it never replaces what they wrote.
import type { Lang } from '../ticket';
import type { EditorTarget } from '../adapters/types';
import { paragraphs, toHtml } from './blocks';
import {
  INSERT_EVENT,
  INSERTED_EVENT,
  TARGET_ATTRIBUTE,
  type InsertRequest,
  type InsertResponse,
} from './bridge-protocol';

export interface InsertOutcome {
  ok: boolean;
  /** In words an agent understands, when it did not work. */
  error?: string;
}

/** Where the agent's caret last was inside an editor, kept across the click on the sidebar. */
export class CaretMemory {
  private range: Range | undefined;

  /** Call on every selectionchange of the page (and of an editor's iframe document). */
  remember(doc: Document): void {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const node = range.endContainer;
    const el = node instanceof Element ? node : node.parentElement;
    if (el?.closest('[contenteditable="true"], textarea')) this.range = range.cloneRange();
  }

  /** The remembered caret, if it is inside this editable and still attached. */
  inside(editable: Node): Range | undefined {
    const r = this.range;
    return r && r.endContainer.isConnected && editable.contains(r.endContainer) ? r : undefined;
  }
}

export async function insertReply(
  target: EditorTarget,
  text: string,
  lang: Lang,
  caret: CaretMemory,
): Promise<InsertOutcome> {
  try {
    switch (target.kind) {
      case 'ckeditor5':
        return await insertThroughBridge(target.element, text, lang, caret);
      case 'slate':
        return await insertByPaste(target.element, text, caret);
      case 'zoho-iframe': {
        const body = (target.element as HTMLIFrameElement).contentDocument?.body;
        if (!body) return { ok: false, error: 'The reply editor is not ready yet: open the reply box and try again.' };
        return insertIntoEditable(body, text, lang, caret);
      }
      case 'textarea':
        return insertIntoTextarea(target.element as HTMLTextAreaElement, text);
      case 'froala':
      case 'contenteditable':
        return insertIntoEditable(target.element, text, lang, caret);
    }
  } catch (err) {
    return { ok: false, error: `The editor refused the reply (${err instanceof Error ? err.message : String(err)}).` };
  }
}

function hasText(el: Element): boolean {
  return (el.textContent ?? '').trim() !== '';
}

/** Focus the editable and put the selection where the reply goes, collapsed: never over a selection. */
function placeCaret(editable: HTMLElement, caret: CaretMemory): boolean {
  const doc = editable.ownerDocument;
  const saved = caret.inside(editable);
  editable.focus();
  const range = saved ? saved.cloneRange() : doc.createRange();
  if (!saved) range.selectNodeContents(editable);
  range.collapse(false);
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return Boolean(saved);
}

function insertIntoEditable(editable: HTMLElement, text: string, lang: Lang, caret: CaretMemory): InsertOutcome {
  const before = editable.textContent ?? '';
  const atCaret = placeCaret(editable, caret);
  // After a draft, start on a fresh paragraph with a blank line between.
  const lead = !atCaret && hasText(editable) ? '<p><br></p>' : '';
  const ok = editable.ownerDocument.execCommand('insertHTML', false, lead + toHtml(text, lang));
  if (!ok || (editable.textContent ?? '') === before) {
    return { ok: false, error: 'The editor did not accept the text. Use "Copy" and paste it instead.' };
  }
  return { ok: true };
}

function insertIntoTextarea(area: HTMLTextAreaElement, text: string): InsertOutcome {
  area.focus();
  const draft = area.value;
  const start = document.activeElement === area && area.selectionEnd > 0 ? area.selectionEnd : draft.length;
  area.setSelectionRange(start, start);
  const insert = start === draft.length && draft.trim() ? `\n\n${text}` : text;
  if (!area.ownerDocument.execCommand('insertText', false, insert)) {
    // React-controlled fields need the native setter plus an input event to see the change.
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(area, draft.slice(0, start) + insert + draft.slice(start));
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return { ok: area.value.includes(text.slice(0, 20)) };
}

async function insertByPaste(editable: HTMLElement, text: string, caret: CaretMemory): Promise<InsertOutcome> {
  const draft = hasText(editable);
  const atCaret = placeCaret(editable, caret);
  // Let the editor read the new DOM selection into its model before the paste.
  await new Promise((r) => setTimeout(r, 50));
  const data = new DataTransfer();
  data.setData('text/plain', (draft && !atCaret ? '\n\n' : '') + text);
  editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  await new Promise((r) => setTimeout(r, 50));
  const firstLine = paragraphs(text).find((l) => l.trim()) ?? '';
  if (!(editable.textContent ?? '').includes(firstLine.slice(0, 30))) {
    return { ok: false, error: 'The editor did not take the pasted reply. Use "Copy" and paste it instead.' };
  }
  return { ok: true };
}

let requestCounter = 0;

function insertThroughBridge(
  editable: HTMLElement,
  text: string,
  lang: Lang,
  caret: CaretMemory,
): Promise<InsertOutcome> {
  const doc = editable.ownerDocument;
  const requestId = `r${Date.now().toString(36)}${(requestCounter++).toString(36)}`;
  const request: InsertRequest = { requestId, kind: 'ckeditor5', text, lang, atCaret: Boolean(caret.inside(editable)) };
  return new Promise((resolve) => {
    const done = (outcome: InsertOutcome) => {
      clearTimeout(timer);
      doc.removeEventListener(INSERTED_EVENT, onReply);
      editable.removeAttribute(TARGET_ATTRIBUTE);
      resolve(outcome);
    };
    const onReply = (event: Event) => {
      const detail = (event as CustomEvent<string>).detail;
      let response: InsertResponse;
      try {
        response = JSON.parse(detail) as InsertResponse;
      } catch {
        return;
      }
      if (response.requestId !== requestId) return;
      done(response.ok ? { ok: true } : { ok: false, error: response.error ?? 'The editor refused the reply.' });
    };
    const timer = setTimeout(
      () => done({ ok: false, error: 'The editor did not answer. Use "Copy" and paste the reply instead.' }),
      2000,
    );
    doc.addEventListener(INSERTED_EVENT, onReply);
    editable.setAttribute(TARGET_ATTRIBUTE, requestId);
    doc.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail: JSON.stringify(request) }));
  });
}

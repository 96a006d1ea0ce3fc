// Runs in the page's own JavaScript world (injected by the content script), where CKEditor 5's
// editor object is reachable as `editable.ckeditorInstance`. Inserting through the editor's model
// is what makes the reply part of what Zendesk sends, and one `model.change` is one undo step.
// It also makes Slate's paste: a DataTransfer filled here is readable by the page's scripts in
// every browser. Only text goes in (model text nodes, text/plain), never HTML.
import {
  INSERT_EVENT,
  INSERTED_EVENT,
  TARGET_ATTRIBUTE,
  parseRequest,
  type InsertRequest,
  type InsertResponse,
} from './bridge-protocol';
import { plainTextPaste } from './paste';
import { ckeditorLines } from './ckeditor-lines';

// The small part of CKEditor 5's API used here.
interface CkPosition {
  parent: CkNode;
  isAtStart: boolean;
  isAtEnd: boolean;
}
interface CkNode {
  isEmpty: boolean;
  childCount: number;
  getChild(i: number): CkNode | null;
}
interface CkSelection {
  isCollapsed: boolean;
  getLastPosition(): CkPosition | null;
}
interface CkWriter {
  createDocumentFragment(): unknown;
  createElement(name: string): unknown;
  insertText(text: string, parent: unknown): void;
  append(item: unknown, parent: unknown): void;
  createPositionAt(parent: unknown, offset: 'end' | number): CkPosition;
  setSelection(where: unknown): void;
}
interface CkEditor {
  model: {
    document: { getRoot(): CkNode; selection: CkSelection };
    change(cb: (writer: CkWriter) => void): void;
    insertContent(content: unknown, where?: unknown): void;
  };
  editing: { view: { focus(): void } };
}

export function installPageBridge(doc: Document): void {
  doc.addEventListener(INSERT_EVENT, (event) => {
    const request = parseRequest((event as CustomEvent<unknown>).detail);
    if (!request) return;
    const respond = (response: Omit<InsertResponse, 'requestId'>) =>
      doc.dispatchEvent(
        new CustomEvent(INSERTED_EVENT, { detail: JSON.stringify({ requestId: request.requestId, ...response }) }),
      );
    try {
      const editable = doc.querySelector(`[${TARGET_ATTRIBUTE}="${CSS.escape(request.requestId)}"]`);
      if (!editable) return respond({ ok: false, problem: { code: 'editor-not-ready' } });
      if (request.kind === 'paste') {
        pastePlainText(editable, request.text);
        return respond({ ok: true });
      }
      const editor = (editable as Element & { ckeditorInstance?: CkEditor }).ckeditorInstance;
      if (!editor) return respond({ ok: false, problem: { code: 'editor-not-ready' } });
      insertIntoCkEditor(editor, request);
      respond({ ok: true });
    } catch (err) {
      respond({ ok: false, problem: { code: 'editor-refused', detail: err instanceof Error ? err.message : String(err) } });
    }
  });
}

/** A paste of plain text only, which editors take as text (Slate: through its own insertData). */
function pastePlainText(target: Element, text: string): void {
  target.dispatchEvent(plainTextPaste(text));
}

function insertIntoCkEditor(editor: CkEditor, request: Extract<InsertRequest, { kind: 'ckeditor5' }>): void {
  const { model } = editor;
  model.change((writer) => {
    const root = model.document.getRoot();
    const selection = model.document.selection;
    const lastBlock = root.childCount > 0 ? root.getChild(root.childCount - 1) : null;
    // At the agent's caret (collapsed first: a selection is never replaced), else after the draft.
    let where: CkPosition | null;
    if (request.atCaret) {
      where = selection.getLastPosition();
      if (where && !selection.isCollapsed) writer.setSelection(where);
    } else {
      where = lastBlock ? writer.createPositionAt(lastBlock, 'end') : null;
      if (where) writer.setSelection(where);
    }
    const fragment = writer.createDocumentFragment();
    const around = { textBefore: Boolean(where && !where.isAtStart), textAfter: Boolean(where && !where.isAtEnd) };
    for (const line of ckeditorLines(request.text, around)) {
      const paragraph = writer.createElement('paragraph');
      if (line) writer.insertText(line, paragraph);
      writer.append(paragraph, fragment);
    }
    // Inserting at the document selection moves the caret to the end of the reply.
    model.insertContent(fragment, selection);
  });
  editor.editing.view.focus();
}

// Runs in the page's own JavaScript world (injected by the content script), where CKEditor 5's
// editor object is reachable as `editable.ckeditorInstance`. Inserting through the editor's model
// is what makes the reply part of what Zendesk sends, and one `model.change` is one undo step.
import {
  INSERT_EVENT,
  INSERTED_EVENT,
  TARGET_ATTRIBUTE,
  type InsertRequest,
  type InsertResponse,
} from './bridge-protocol';

// The small part of CKEditor 5's API used here.
interface CkElement {
  isEmpty: boolean;
  childCount: number;
  getChild(i: number): CkElement | null;
}
interface CkWriter {
  createDocumentFragment(): unknown;
  createElement(name: string): unknown;
  insertText(text: string, parent: unknown): void;
  append(item: unknown, parent: unknown): void;
  createPositionAt(parent: unknown, offset: 'end' | number): unknown;
}
interface CkEditor {
  model: {
    document: { getRoot(): CkElement; selection: { getLastPosition(): unknown | null } };
    change(cb: (writer: CkWriter) => void): void;
    insertContent(content: unknown, where?: unknown): void;
  };
  editing: { view: { focus(): void } };
}

export function installPageBridge(doc: Document): void {
  doc.addEventListener(INSERT_EVENT, (event) => {
    let request: InsertRequest;
    try {
      request = JSON.parse((event as CustomEvent<string>).detail) as InsertRequest;
    } catch {
      return;
    }
    const respond = (response: Omit<InsertResponse, 'requestId'>) =>
      doc.dispatchEvent(
        new CustomEvent(INSERTED_EVENT, { detail: JSON.stringify({ requestId: request.requestId, ...response }) }),
      );
    try {
      const editable = doc.querySelector(`[${TARGET_ATTRIBUTE}="${CSS.escape(request.requestId)}"]`);
      const editor = (editable as (Element & { ckeditorInstance?: CkEditor }) | null)?.ckeditorInstance;
      if (!editor) return respond({ ok: false, error: 'The reply editor is not ready yet: open the reply box and try again.' });
      insertIntoCkEditor(editor, request);
      respond({ ok: true });
    } catch (err) {
      respond({ ok: false, error: `The editor refused the reply (${err instanceof Error ? err.message : String(err)}).` });
    }
  });
}

function insertIntoCkEditor(editor: CkEditor, request: InsertRequest): void {
  const { model } = editor;
  model.change((writer) => {
    const root = model.document.getRoot();
    const last = root.childCount > 0 ? root.getChild(root.childCount - 1) : null;
    const draftEmpty = root.childCount === 0 || (root.childCount === 1 && last?.isEmpty);
    const fragment = writer.createDocumentFragment();
    const lines = request.text.replace(/\r\n?/g, '\n').split('\n');
    // Appended after a draft, the first (empty) paragraph merges into the draft's last one, so
    // the reply starts on a paragraph of its own.
    if (!request.atCaret && !draftEmpty) lines.unshift('', '');
    for (const line of lines) {
      const paragraph = writer.createElement('paragraph');
      if (line) writer.insertText(line, paragraph);
      writer.append(paragraph, fragment);
    }
    const where =
      request.atCaret || draftEmpty || !last
        ? (model.document.selection.getLastPosition() ?? undefined)
        : writer.createPositionAt(last, 'end');
    model.insertContent(fragment, where);
  });
  editor.editing.view.focus();
}

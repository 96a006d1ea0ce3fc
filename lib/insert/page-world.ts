// The part of an insertion that has to run in the helpdesk page's own JavaScript world: CKEditor
// 5's editor object (`editable.ckeditorInstance`, Zendesk) lives only there, and Firefox hides
// clipboard data that an extension put into a DataTransfer from the page's scripts, so Slate's
// paste (Help Scout) is made there too. Only text goes in (model text nodes, text/plain).
//
// The background runs `pageWorldInsert` for one insertion at a time with
// `scripting.executeScript({ world: 'MAIN', func, args })`. That way the page's Content Security
// Policy cannot block it (no <script> element is added), nothing is web-accessible for a page to
// probe, and the answer comes back as the call's result through the browser, a channel no page
// script can write to: a page can neither answer in Gvul's place nor read what is asked. The
// browser sends the function's source text, so it must use nothing from outside its own body.

export const TARGET_ATTRIBUTE = 'data-gvul-insert-target';

import type { PageInsertRequest, PageInsertResult } from '../protocol/page-insert';

export function pageWorldInsert(request: PageInsertRequest, targetAttribute: string): PageInsertResult {
  interface CkPosition {
    isAtStart: boolean;
    isAtEnd: boolean;
  }
  interface CkNode {
    childCount: number;
    getChild(i: number): CkNode | null;
  }
  interface CkWriter {
    createDocumentFragment(): unknown;
    createElement(name: string): unknown;
    insertText(text: string, parent: unknown): void;
    append(item: unknown, parent: unknown): void;
    createPositionAt(parent: unknown, offset: 'end'): CkPosition;
    setSelection(where: unknown): void;
  }
  interface CkEditor {
    model: {
      document: { getRoot(): CkNode; selection: { isCollapsed: boolean; getLastPosition(): CkPosition | null } };
      change(cb: (writer: CkWriter) => void): void;
      insertContent(content: unknown, where?: unknown): void;
    };
    editing: { view: { focus(): void } };
  }
  try {
    // The editable's parent carries the mark: editors re-render their own root's attributes
    // (CKEditor removes any it did not set), not those of the element around it.
    const editable = document.querySelector(`[${targetAttribute}="${CSS.escape(request.target)}"]`)?.children[request.child];
    if (!editable) return { ok: false, problem: 'not-ready' };
    if (request.kind === 'paste') {
      // Chromium takes the init dictionary's clipboardData; Gecko fills the event's own
      // DataTransfer from its non-standard dataType/data members.
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', request.text);
      const init = { clipboardData, dataType: 'text/plain', data: request.text, bubbles: true, cancelable: true };
      editable.dispatchEvent(new ClipboardEvent('paste', init as ClipboardEventInit));
      return { ok: true };
    }
    const editor = (editable as Element & { ckeditorInstance?: CkEditor }).ckeditorInstance;
    if (!editor) return { ok: false, problem: 'not-ready' };
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
      // insertContent merges the first paragraph into the one at the caret and the last into the
      // rest of it: an empty paragraph at either end absorbs that merge, one more leaves a blank
      // line between the reply and the draft.
      const pad = (needed: boolean) => (needed ? ['', ''] : []);
      const lines = [...pad(Boolean(where && !where.isAtStart)), ...request.paragraphs, ...pad(Boolean(where && !where.isAtEnd))];
      const fragment = writer.createDocumentFragment();
      for (const line of lines) {
        const paragraph = writer.createElement('paragraph');
        if (line) writer.insertText(line, paragraph);
        writer.append(paragraph, fragment);
      }
      // Inserting at the document selection moves the caret to the end of the reply.
      model.insertContent(fragment, selection);
    });
    editor.editing.view.focus();
    return { ok: true };
  } catch {
    return { ok: false, problem: 'refused' };
  }
}

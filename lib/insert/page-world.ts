// The part of an insertion that has to run in the helpdesk page's own JavaScript world: CKEditor
// 5's editor object (`editable.ckeditorInstance`, Zendesk) lives only there, and Firefox hides
// clipboard data that an extension put into a DataTransfer from the page's scripts, so Slate's
// paste (Help Scout) is made there too. Only text goes in (model text nodes, text/plain, or
// Slate's own clipboard fragment of paragraphs holding text).
//
// A Hebrew reply is right to left in the editor's own model, not only on screen: CKEditor 5
// keeps a paragraph's `dir` in General HTML Support's `htmlPAttributes` (where the editor's
// schema allows it), Slate in a property of the paragraph element, which the paste gives each
// paragraph through Slate's own fragment format (`application/x-slate-fragment`, what copying
// between Slate editors carries).
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
  interface CkPath {
    path: number[];
  }
  interface CkNode {
    childCount: number;
    getChild(i: number): CkNode | null;
    getChildren(): Iterable<CkNode & { data?: string }>;
    is(type: string, name?: string): boolean;
  }
  interface CkWriter {
    createDocumentFragment(): unknown;
    createElement(name: string): unknown;
    insertText(text: string, parent: unknown): void;
    append(item: unknown, parent: unknown): void;
    createPositionAt(parent: unknown, offset: 'end'): CkPosition;
    setSelection(where: unknown): void;
    setAttribute(key: string, value: unknown, item: unknown): void;
  }
  interface CkEditor {
    model: {
      document: { getRoot(): CkNode; selection: { isCollapsed: boolean; getLastPosition(): CkPosition | null } };
      schema: { checkAttribute(context: string[], attribute: string): boolean };
      change(cb: (writer: CkWriter) => void): void;
      insertContent(content: unknown, where?: unknown): { start: CkPath; end: CkPath };
    };
    editing: { view: { focus(): void } };
  }
  try {
    // The editable's parent carries the mark: editors re-render their own root's attributes
    // (CKEditor removes any it did not set), not those of the element around it.
    const editable = document.querySelector(`[${targetAttribute}="${CSS.escape(request.target)}"]`)?.children[request.child];
    if (!editable) return { ok: false, problem: 'not-ready' };
    if (request.kind === 'paste') {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', request.text);
      if (request.rtl) {
        // Slate reads its own fragment before the plain text: the same lines, each a paragraph
        // with its direction (Slate's encoding: base64 of the URI-encoded JSON). Where the browser
        // has `beforeinput`, Slate takes a paste with more than plain text only from
        // `beforeinput` (insertFromPaste), not from the `paste` event.
        const blocks = request.text.split('\n').map((text) => ({ type: 'paragraph', dir: 'rtl', children: [{ text }] }));
        clipboardData.setData('application/x-slate-fragment', btoa(encodeURIComponent(JSON.stringify(blocks))));
        const init = { inputType: 'insertFromPaste', dataTransfer: clipboardData, bubbles: true, cancelable: true };
        editable.dispatchEvent(new InputEvent('beforeinput', init));
        return { ok: true };
      }
      // Chromium takes the init dictionary's clipboardData; Gecko fills the event's own
      // DataTransfer from its non-standard dataType/data members.
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
      const inserted = model.insertContent(fragment, selection);
      // The paragraphs the reply now fills, between the inserted range's first and last
      // top-level blocks (insertContent may have merged the first and last into the ones at the
      // caret): those whose text is a line of the reply, never a draft line around it.
      if (request.rtl && model.schema.checkAttribute(['$root', 'paragraph'], 'htmlPAttributes')) {
        const replyLines = new Set(request.paragraphs);
        for (let i = inserted.start.path[0] ?? 0; i <= (inserted.end.path[0] ?? -1); i++) {
          const block = root.getChild(i);
          if (!block?.is('element', 'paragraph')) continue;
          let text = '';
          for (const node of block.getChildren()) if (node.is('$text')) text += node.data ?? '';
          if (replyLines.has(text)) writer.setAttribute('htmlPAttributes', { attributes: { dir: 'rtl' } }, block);
        }
      }
    });
    editor.editing.view.focus();
    return { ok: true };
  } catch {
    return { ok: false, problem: 'refused' };
  }
}

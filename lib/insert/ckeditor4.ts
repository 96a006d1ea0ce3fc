// CKEditor 4 (Request Tracker's reply box), run in the page's own world by the bridge, where the
// editor object is `CKEDITOR.instances[<textarea id>]`. Inserting through the editor is what
// makes the reply part of what RT sends (RT submits the editor's data, not what was typed into
// the hidden textarea), and one snapshot before and after is one undo step. Only escaped text
// goes in: the HTML is built from the reply's lines by `replyHtml`.
import { replyHtml } from './blocks';
import type { Lang } from '../ticket';

// The small part of CKEditor 4's API used here.
interface Ck4Range {
  collapsed: boolean;
  root: unknown;
  collapse(toStart?: boolean): void;
  moveToElementEditEnd(element: unknown): boolean;
  checkStartOfBlock(): boolean;
  checkEndOfBlock(): boolean;
  select(): void;
}
interface Ck4Editor {
  mode: string;
  readOnly: boolean;
  editable(): unknown;
  focus(): void;
  fire(event: string): void;
  getSelection(): { getRanges(): Ck4Range[] } | null;
  createRange(): Ck4Range;
  insertHtml(html: string, mode?: string): void;
  getData(): string;
}

export interface Ck4Request {
  text: string;
  lang: Lang;
  /** Insert at the agent's caret (they had put it in the editor) rather than after the draft. */
  atCaret: boolean;
}

/** The CKEditor 4 instance that replaced `textarea`, or undefined. */
export function ckeditor4Of(win: Window, textarea: Element): Ck4Editor | undefined {
  const instances = (win as Window & { CKEDITOR?: { instances?: Record<string, Ck4Editor> } }).CKEDITOR?.instances;
  const key = textarea.id || textarea.getAttribute('name') || '';
  return instances && Object.hasOwn(instances, key) ? instances[key] : undefined;
}

/** Insert the reply; returns an error in the agent's words, or undefined when it went in. */
export function insertIntoCkEditor4(editor: Ck4Editor, request: Ck4Request): string | undefined {
  if (editor.readOnly || editor.mode !== 'wysiwyg') return 'The reply editor is not ready yet: open the reply box and try again.';
  editor.focus();
  const caret = request.atCaret ? editor.getSelection()?.getRanges()[0] : undefined;
  const range = caret ?? editor.createRange();
  if (!caret) range.moveToElementEditEnd(editor.editable());
  // Collapsed: a selection the agent left is never replaced.
  range.collapse(false);
  range.select();
  const around = { textBefore: !range.checkStartOfBlock(), textAfter: !range.checkEndOfBlock() };
  const before = editor.getData();
  editor.fire('saveSnapshot');
  editor.insertHtml(replyHtml(request.text, request.lang, around), 'html');
  editor.fire('saveSnapshot');
  return editor.getData() === before ? 'The editor did not take the reply. Use "Copy" and paste it instead.' : undefined;
}

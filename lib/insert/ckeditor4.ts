// CKEditor 4 (Request Tracker's reply box), in the page's own world, where the editor object is
// `CKEDITOR.instances[<textarea id>]`. RT submits the editor's data, not the hidden textarea
// behind it, so the reply must go in through the editor; one snapshot before and one after make
// it one undo step. Run by the background like pageWorldInsert (page-world.ts), so it too uses
// nothing from outside its own body. Only escaped text goes in: the HTML is built here from the
// reply's lines, one <p> each, every character escaped.
import type { PageInsertRequest, PageInsertResult } from '../protocol/page-insert';

export function pageWorldInsertCk4(request: PageInsertRequest, targetAttribute: string): PageInsertResult {
  interface Ck4Range {
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
  if (request.kind !== 'ckeditor4') return { ok: false, problem: 'refused' };
  try {
    const area = document.querySelector(`[${targetAttribute}="${CSS.escape(request.target)}"]`)?.children[request.child];
    const instances = (window as Window & { CKEDITOR?: { instances?: Record<string, Ck4Editor> } }).CKEDITOR?.instances;
    const key = area?.id || area?.getAttribute('name') || '';
    const editor = instances && Object.hasOwn(instances, key) ? instances[key] : undefined;
    if (!editor || editor.readOnly || editor.mode !== 'wysiwyg') return { ok: false, problem: 'not-ready' };
    editor.focus();
    const caret = request.atCaret ? editor.getSelection()?.getRanges()[0] : undefined;
    const range = caret ?? editor.createRange();
    if (!caret) range.moveToElementEditEnd(editor.editable());
    // Collapsed: a selection the agent left is never replaced.
    range.collapse(false);
    range.select();
    const escape = (line: string) => line.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const dir = request.rtl ? ' dir="rtl"' : '';
    const block = (line: string) => (line ? `<p${dir}>${escape(line)}</p>` : `<p${dir}><br></p>`);
    // An empty paragraph sets the reply off from draft text on the caret's own line.
    const blank = '<p><br></p>';
    const html = (range.checkStartOfBlock() ? '' : blank) + request.paragraphs.map(block).join('') + (range.checkEndOfBlock() ? '' : blank);
    const before = editor.getData();
    editor.fire('saveSnapshot');
    editor.insertHtml(html, 'html');
    editor.fire('saveSnapshot');
    return editor.getData() === before ? { ok: false, problem: 'refused' } : { ok: true };
  } catch {
    return { ok: false, problem: 'refused' };
  }
}

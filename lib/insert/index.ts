// Putting a reply into the helpdesk's reply editor through the editor's own way in, so that what
// the helpdesk sends (its model) holds the reply and the editor's own undo removes it in one step.
// One function per kind of editor (see EditorKind in ../adapters/types.ts):
//   - CKEditor 5 (Zendesk): its model API, run in the page's world (page-world.ts);
//   - CKEditor 4 (Request Tracker): its `insertHtml`, run in the page's world (ckeditor4.ts);
//   - plain contenteditable editors (Froala, Zoho's iframe editor, custom helpdesks):
//     execCommand('insertHTML') in the editor's own document, which fires a trusted `input`
//     event (Froala syncs its model from it) and is one step of the browser's native undo;
//   - Slate (Help Scout): a `paste` event, since Slate ignores DOM changes and Chromium fires no
//     `beforeinput` for execCommand;
// Hebrew paragraphs go in right to left in each editor's own model (dir="rtl" blocks, CKEditor
// 5's paragraph attribute, Slate's paragraph property: see page-world.ts and ckeditor4.ts).
//   - textareas: execCommand('insertText'), with a fallback for React-controlled fields.
// The reply goes at the agent's caret if they were in the editor, otherwise after their draft,
// always as paragraphs of its own; it never replaces what they wrote.
import type { Lang } from '../ticket';
import type { EditorTarget } from '../adapters/types';
import { firstLine, paragraphs, replyHtml, replyPasteText, withoutRepeats } from './blocks';
import { CaretMemory, draftLines, placeCaret, surroundings } from './caret';
import { requestPageInsert } from './page-world-client';
import type { PageInsertResult } from '../protocol/page-insert';
import type { InsertProblem } from '../problems';
import { dirOf } from '../i18n/messages';

export { CaretMemory };

export interface InsertOutcome {
  ok: boolean;
  /** What went wrong, when it did not work (the sidebar says it in the agent's language). */
  problem?: InsertProblem;
}

const NOT_READY: InsertOutcome = { ok: false, problem: { code: 'editor-not-ready' } };
const NOT_TAKEN: InsertOutcome = { ok: false, problem: { code: 'editor-not-taken' } };

/** What a page-world insertion's status means, in Gvul's words (the page never supplies them). */
function outcomeOf(result: PageInsertResult): InsertOutcome | null {
  if (result.ok) return null;
  return result.problem === 'not-ready' ? NOT_READY : NOT_TAKEN;
}

export async function insertReply(
  target: EditorTarget,
  reply: string,
  lang: Lang,
  caret: CaretMemory,
): Promise<InsertOutcome> {
  try {
    // A draft that already greets the customer (or signs off) gets only what it lacks.
    const text = withoutRepeats(reply, draftOf(target).join('\n'));
    switch (target.kind) {
      case 'ckeditor5':
        return await insertIntoCkEditor(target.element, text, lang, caret);
      case 'ckeditor4':
        return await insertIntoCkEditor4(target.element, text, lang, caret);
      case 'slate':
        return await insertIntoSlate(target.element, text, lang, caret);
      case 'zoho-iframe':
        return insertIntoZohoFrame(target.element as HTMLIFrameElement, text, lang, caret);
      case 'textarea':
        return insertIntoTextarea(target.element as HTMLTextAreaElement, text);
      // Froala syncs its model (what Freshdesk sends) from the trusted `input` that execCommand
      // fires, so the plain contenteditable way is the right one; its DOM is never rebuilt.
      case 'froala':
      case 'contenteditable':
        return insertIntoEditable(target.element, text, lang, caret);
    }
  } catch (err) {
    return { ok: false, problem: { code: 'editor-refused', detail: err instanceof Error ? err.message : String(err) } };
  }
}

/** The lines of the agent's draft in the editor. */
function draftOf(target: EditorTarget): string[] {
  switch (target.kind) {
    case 'textarea':
      return (target.element as HTMLTextAreaElement).value.split('\n');
    case 'zoho-iframe': {
      const body = (target.element as HTMLIFrameElement).contentDocument?.body;
      return body ? draftLines(body) : [];
    }
    case 'ckeditor4': {
      const body = ckEditor4Body(target.element);
      return body ? draftLines(body) : [];
    }
    default:
      return draftLines(target.element);
  }
}

/** Whether the editable shows the reply's first line, i.e. the insert took. */
function shows(editable: HTMLElement, text: string): boolean {
  return (editable.textContent ?? '').includes(firstLine(text).slice(0, 30));
}

/**
 * A contenteditable element (in the page or in an iframe's document): execCommand in the
 * element's own document, as one native undo step. The HTML is built only from escaped text.
 */
function insertIntoEditable(editable: HTMLElement, text: string, lang: Lang, caret: CaretMemory): InsertOutcome {
  const before = editable.innerHTML;
  const at = placeCaret(editable, caret);
  const ok = editable.ownerDocument.execCommand('insertHTML', false, replyHtml(text, lang, surroundings(editable, at)));
  if (!ok || editable.innerHTML === before || !shows(editable, text)) return NOT_TAKEN;
  return { ok: true };
}

/**
 * Zoho's editor is the body of a same-origin iframe; the command has to run in that iframe's
 * document (the page's document has no selection there). The caret is the iframe's own
 * selection, which survives the click in the sidebar (see CaretMemory.inside).
 */
function insertIntoZohoFrame(frame: HTMLIFrameElement, text: string, lang: Lang, caret: CaretMemory): InsertOutcome {
  const body = frame.contentDocument?.body;
  if (!body?.isContentEditable) return NOT_READY;
  return insertIntoEditable(body, text, lang, caret);
}

function insertIntoTextarea(area: HTMLTextAreaElement, text: string): InsertOutcome {
  // A textarea keeps its caret while unfocused; a caret at 0 in a draft is taken as "not placed".
  const draft = area.value;
  const start = area.selectionEnd > 0 ? area.selectionEnd : draft.length;
  area.focus();
  area.setSelectionRange(start, start);
  const textBefore = draft.slice(0, start).split('\n').pop()?.trim() !== '';
  const textAfter = draft.slice(start).split('\n')[0]?.trim() !== '';
  const insert = (textBefore ? '\n\n' : '') + text + (textAfter ? '\n\n' : '');
  if (!area.ownerDocument.execCommand('insertText', false, insert)) {
    // React-controlled fields need the native setter plus an input event to see the change.
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(area, draft.slice(0, start) + insert + draft.slice(start));
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return area.value.includes(firstLine(text)) ? { ok: true } : NOT_TAKEN;
}

// Timers, not requestAnimationFrame: a tab in the background gets no animation frames at all.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wait (up to `ms`) until the editable shows the reply: React editors render on a later tick. */
async function showsSoon(editable: HTMLElement, text: string, ms = 1000): Promise<boolean> {
  for (const until = Date.now() + ms; !shows(editable, text) && Date.now() < until; ) await sleep(25);
  return shows(editable, text);
}

/**
 * Slate keeps its own model and ignores DOM changes; a `paste` with plain text goes through its
 * own insertData (one undo step in slate-history). Slate pastes at *its* selection, which it
 * copies from the DOM on `selectionchange` (throttled to 100 ms), so the DOM caret is placed
 * first and given time to arrive. The paste itself is made in the page world by the bridge:
 * Firefox hides data an extension put in a DataTransfer from the page (the paste arrives empty).
 */
async function insertIntoSlate(editable: HTMLElement, text: string, lang: Lang, caret: CaretMemory): Promise<InsertOutcome> {
  const at = placeCaret(editable, caret);
  const pasted = replyPasteText(text, surroundings(editable, at));
  await sleep(150);
  const failed = outcomeOf(await requestPageInsert(editable, { kind: 'paste', text: pasted, rtl: dirOf(lang) === 'rtl' }));
  if (failed) return failed;
  return (await showsSoon(editable, text)) ? { ok: true } : NOT_TAKEN;
}

/**
 * CKEditor 5's model lives in the page's world; the insertion there goes through
 * `model.insertContent` in one `model.change` (one undo step). It reads the caret from the
 * editor's own model selection, which CKEditor keeps while the editor is unfocused; this side
 * only says whether the agent had put it in the editor. Done means the editor shows the reply:
 * a page script could have made the insertion claim success and do something else.
 */
async function insertIntoCkEditor(editable: HTMLElement, text: string, lang: Lang, caret: CaretMemory): Promise<InsertOutcome> {
  const request = { kind: 'ckeditor5' as const, paragraphs: paragraphs(text), rtl: dirOf(lang) === 'rtl', atCaret: Boolean(caret.inside(editable)) };
  const failed = outcomeOf(await requestPageInsert(editable, request));
  if (failed) return failed;
  return (await showsSoon(editable, text)) ? { ok: true } : NOT_TAKEN;
}

/**
 * CKEditor 4 edits in an iframe next to the textarea it hid; the insertion runs in the page's
 * world, keyed by that textarea. The agent's caret counts when it is in the editor's iframe;
 * done means the editor's iframe shows the reply.
 */
async function insertIntoCkEditor4(area: HTMLElement, text: string, lang: Lang, caret: CaretMemory): Promise<InsertOutcome> {
  const body = ckEditor4Body(area);
  if (!body) return NOT_READY;
  const request = { kind: 'ckeditor4' as const, paragraphs: paragraphs(text), rtl: dirOf(lang) === 'rtl', atCaret: Boolean(caret.inside(body)) };
  const failed = outcomeOf(await requestPageInsert(area, request));
  if (failed) return failed;
  return (await showsSoon(body, text)) ? { ok: true } : NOT_TAKEN;
}

/** The body of the iframe CKEditor 4 edits in, next to the textarea it hid. */
function ckEditor4Body(area: HTMLElement): HTMLElement | null {
  const frame = area.ownerDocument.querySelector<HTMLIFrameElement>(`#cke_${CSS.escape(area.id)} iframe`);
  try {
    return frame?.contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

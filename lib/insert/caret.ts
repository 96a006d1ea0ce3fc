// Where the agent's caret is in an editor, and what draft text lies around it. Clicking the
// sidebar moves focus out of the editor, so the caret is remembered before the click.
import { hasWords, type Surroundings } from './blocks';

/** Where the agent's caret last was inside an editor, kept across the click on the sidebar. */
export class CaretMemory {
  private range: Range | undefined;

  /** Call on every selectionchange of the page. */
  remember(doc: Document): void {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const node = range.endContainer;
    const el = node instanceof Element ? node : node.parentElement;
    if (el?.closest('[contenteditable="true"], [contenteditable=""], textarea')) this.range = range.cloneRange();
  }

  /**
   * The agent's caret, if it is inside this editable. A document keeps its selection while focus
   * moves to a button (and an editor in an iframe has a document of its own that a click in the
   * sidebar does not touch), so the live selection comes first; the remembered one covers pages
   * that clear the selection on blur. Firefox coalesces selectionchange events, so the last one
   * remembered can lag behind the last keys typed.
   */
  inside(editable: Node): Range | undefined {
    const sel = editable.ownerDocument?.getSelection();
    const live = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : undefined;
    if (live && editable.contains(live.endContainer)) return live.cloneRange();
    const r = this.range;
    return r && r.endContainer.isConnected && editable.contains(r.endContainer) ? r : undefined;
  }
}

/** What an editor shows inside its editable that the agent did not write. */
const NOT_DRAFT = '[contenteditable="false"], [data-slate-placeholder]';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'BODY']);

/** The paragraph the caret is in: its nearest block ancestor inside the editable, or the editable. */
function blockOf(node: Node, editable: Node): Node {
  for (let n: Node | null = node; n && n !== editable; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((n as Element).tagName)) return n;
  }
  return editable;
}

/** Whether the draft has words before and after a collapsed caret, within the caret's paragraph. */
export function surroundings(editable: Node, caret: Range): Surroundings {
  const block = blockOf(caret.startContainer, editable);
  const doc = editable.ownerDocument ?? document;
  const before = doc.createRange();
  before.selectNodeContents(block);
  before.setEnd(caret.startContainer, caret.startOffset);
  const after = doc.createRange();
  after.selectNodeContents(block);
  after.setStart(caret.startContainer, caret.startOffset);
  return { textBefore: hasWords(draftIn(before)), textAfter: hasWords(draftIn(after)) };
}

/**
 * The agent's text in a range: without what the editor shows that is not part of the draft
 * (Slate's placeholder "Reply…" is text in a non-editable span inside the empty paragraph).
 */
function draftIn(range: Range): string {
  const part = range.cloneContents();
  for (const shown of Array.from(part.querySelectorAll(NOT_DRAFT))) shown.remove();
  return part.textContent ?? '';
}

/**
 * Focus the editable and put a collapsed selection where the reply goes: the agent's caret, or
 * else the end of the draft. Collapsed, so a selection the agent left is never replaced.
 */
export function placeCaret(editable: HTMLElement, caret: CaretMemory): Range {
  const doc = editable.ownerDocument;
  const saved = caret.inside(editable);
  editable.focus();
  const range = saved ? saved.cloneRange() : doc.createRange();
  if (!saved) range.selectNodeContents(editable);
  range.collapse(false);
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return range;
}

/** The draft's lines as the agent sees them: a line per paragraph or line break, without what is not the agent's (placeholders). */
export function draftLines(editable: Node): string[] {
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    lines.push(line);
    line = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) line += child.nodeValue ?? '';
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (el.matches(NOT_DRAFT)) continue;
      if (el.tagName === 'BR') breakLine();
      else if (BLOCK_TAGS.has(el.tagName)) {
        breakLine();
        walk(el);
        breakLine();
      } else walk(el);
    }
  };
  walk(editable);
  breakLine();
  return lines.filter((l) => hasWords(l));
}

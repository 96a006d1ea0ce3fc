// @vitest-environment happy-dom
// The page-world insertion is sent to the page as source text: it must run from its own source
// alone, as the browser will run it.
import { expect, test } from 'vitest';
import { TARGET_ATTRIBUTE, pageWorldInsert } from '../../../lib/insert/page-world';
import type { PageInsertRequest, PageInsertResult } from '../../../lib/protocol/page-insert';

/** What scripting.executeScript does with `func`: its source, evaluated with no surrounding module. */
const fromSource = new Function(`return (${pageWorldInsert.toString()})`)() as typeof pageWorldInsert;

/** A CKEditor 5 stand-in: a root of paragraphs (strings), a caret, and the writer calls used. */
function fakeCkEditor(draft: string[], caret: { block: number; offset: number } | null) {
  const blocks = [...draft];
  const node = (i: number) => ({ childCount: 0, getChild: () => null, index: i });
  const position = (block: number, offset: number) => ({ block, offset, isAtStart: offset === 0, isAtEnd: offset === (blocks[block] ?? '').length });
  let selection = caret ? position(caret.block, caret.offset) : null;
  const editor = {
    focused: false,
    model: {
      document: {
        getRoot: () => ({ childCount: blocks.length, getChild: (i: number) => node(i) }),
        selection: { isCollapsed: true, getLastPosition: () => selection },
      },
      change(cb: (w: unknown) => void) {
        const writer = {
          createDocumentFragment: () => [] as string[],
          createElement: () => ({ text: '' }),
          insertText: (t: string, p: { text: string }) => (p.text = t),
          append: (p: { text: string }, f: string[]) => f.push(p.text),
          createPositionAt: (n: { index: number }) => position(n.index, (blocks[n.index] ?? '').length),
          setSelection: (where: ReturnType<typeof position>) => (selection = where),
        };
        cb(writer);
      },
      insertContent(fragment: string[]) {
        // insertContent merges the first and last inserted paragraphs into the caret's block.
        const at = selection ?? position(blocks.length - 1, 0);
        const block = blocks[at.block] ?? '';
        const [first, ...rest] = fragment;
        const merged = [block.slice(0, at.offset) + first, ...rest];
        merged[merged.length - 1] += block.slice(at.offset);
        blocks.splice(at.block, 1, ...merged);
      },
    },
    editing: { view: { focus: () => (editor.focused = true) } },
  };
  return { editor, blocks };
}

function run(request: Omit<PageInsertRequest & { kind: 'ckeditor5' }, 'target' | 'kind' | 'child'>, editor: unknown): PageInsertResult {
  document.body.innerHTML = `<div ${TARGET_ATTRIBUTE}="t1"><span></span><div contenteditable="true"></div></div>`;
  (document.querySelector('[contenteditable]') as unknown as { ckeditorInstance: unknown }).ckeditorInstance = editor;
  return fromSource({ kind: 'ckeditor5', target: 't1', child: 1, ...request }, TARGET_ATTRIBUTE);
}

test('after the draft, the reply is its own paragraphs set off by a blank line', () => {
  const { editor, blocks } = fakeCkEditor(['Draft line'], null);
  expect(run({ paragraphs: ['Hello Dana,', '', 'Bye'], rtl: false, atCaret: false }, editor)).toEqual({ ok: true });
  expect(blocks).toEqual(['Draft line', '', 'Hello Dana,', '', 'Bye']);
  expect(editor.focused).toBe(true);
});

test('at a caret inside a line, the line is split around the reply', () => {
  const { editor, blocks } = fakeCkEditor(['Before after'], { block: 0, offset: 7 });
  expect(run({ paragraphs: ['R'], rtl: false, atCaret: true }, editor)).toEqual({ ok: true });
  expect(blocks).toEqual(['Before ', '', 'R', '', 'after']);
});

test('an editable without an editor, or none marked, is "not ready"; an editor that throws "refused"', () => {
  expect(run({ paragraphs: ['R'], rtl: false, atCaret: false }, undefined)).toEqual({ ok: false, problem: 'not-ready' });
  expect(fromSource({ kind: 'paste', target: 'nobody', child: 0, text: 'x', rtl: false }, TARGET_ATTRIBUTE)).toEqual({ ok: false, problem: 'not-ready' });
  const throwing = { model: { change: () => { throw new Error('page words'); } } };
  expect(run({ paragraphs: ['R'], rtl: false, atCaret: false }, throwing)).toEqual({ ok: false, problem: 'refused' });
});

test('a paste carries the text as text/plain to the marked editable', () => {
  document.body.innerHTML = `<div ${TARGET_ATTRIBUTE}="t2"><div></div></div>`;
  let pasted = '';
  document.body.firstElementChild!.firstElementChild!.addEventListener('paste', (e) => (pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? ''));
  expect(fromSource({ kind: 'paste', target: 't2', child: 0, text: 'Hello\nBye', rtl: false }, TARGET_ATTRIBUTE)).toEqual({ ok: true });
  expect(pasted).toBe('Hello\nBye');
});

test('a Hebrew paste is Slate\'s own fragment (beforeinput insertFromPaste): the same lines, each a right-to-left paragraph', () => {
  document.body.innerHTML = `<div ${TARGET_ATTRIBUTE}="t3"><div></div></div>`;
  let data: DataTransfer | null = null;
  document.body.firstElementChild!.firstElementChild!.addEventListener('beforeinput', (e) => {
    const input = e as InputEvent;
    if (input.inputType === 'insertFromPaste') data = input.dataTransfer;
  });
  expect(fromSource({ kind: 'paste', target: 't3', child: 0, text: 'שלום דנה,\n\nתודה', rtl: true }, TARGET_ATTRIBUTE)).toEqual({ ok: true });
  const got = data as DataTransfer | null;
  expect(got?.getData('text/plain')).toBe('שלום דנה,\n\nתודה');
  const fragment = JSON.parse(decodeURIComponent(atob(got?.getData('application/x-slate-fragment') ?? ''))) as unknown;
  expect(fragment).toEqual(['שלום דנה,', '', 'תודה'].map((text) => ({ type: 'paragraph', dir: 'rtl', children: [{ text }] })));
});

// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { CaretMemory, draftLines, surroundings } from '../../../lib/insert/caret';

function editor(html: string) {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

function caretAt(node: Node, offset: number) {
  const r = document.createRange();
  r.setStart(node, offset);
  r.collapse(true);
  return r;
}

test('what lies around the caret is judged within its own paragraph', () => {
  const el = editor('<p>Hi there,</p><p>Best, Noa</p>');
  const [first, second] = Array.from(el.querySelectorAll('p'));
  expect(surroundings(el, caretAt(first!.firstChild!, 9))).toEqual({ textBefore: true, textAfter: false });
  expect(surroundings(el, caretAt(second!.firstChild!, 0))).toEqual({ textBefore: false, textAfter: true });
  expect(surroundings(el, caretAt(first!.firstChild!, 3))).toEqual({ textBefore: true, textAfter: true });
});

test('an empty editor has nothing around the caret', () => {
  const el = editor('<p><br></p>');
  expect(surroundings(el, caretAt(el.firstChild!, 0))).toEqual({ textBefore: false, textAfter: false });
});

test('an empty Slate paragraph showing its placeholder has nothing around the caret', () => {
  const el = editor('<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Reply…</span><span data-slate-zero-width="n">\ufeff<br></span></span></span></div>');
  const zeroWidth = el.querySelector('[data-slate-zero-width]')!.firstChild!;
  expect(surroundings(el, caretAt(zeroWidth, 1))).toEqual({ textBefore: false, textAfter: false });
});

test('the caret counts only inside the editable it is asked about', () => {
  const el = editor('<p>Hi</p>');
  const outside = document.createElement('p');
  outside.textContent = 'elsewhere';
  document.body.append(outside);
  const memory = new CaretMemory();
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(caretAt(outside.firstChild!, 2));
  expect(memory.inside(el)).toBeUndefined();
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(caretAt(el.querySelector('p')!.firstChild!, 1));
  expect(memory.inside(el)?.startOffset).toBe(1);
});

test('the draft\'s lines: one per paragraph or line break, without placeholders', () => {
  const el = editor('Typed loose<p>Hello <b>Dana</b>,</p><p><br></p><div>Best regards,<br>Noa</div><span contenteditable="false">Reply…</span>');
  expect(draftLines(el)).toEqual(['Typed loose', 'Hello Dana,', 'Best regards,', 'Noa']);
});

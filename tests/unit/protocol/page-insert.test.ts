import { expect, test } from 'vitest';
import { PAGE_INSERT_MESSAGE, pageInsertRequestOf, pageInsertResultOf } from '../../../lib/protocol/page-insert';

const message = (request: unknown) => ({ type: PAGE_INSERT_MESSAGE, request });

test('requests: well-formed ones parse, with only the known fields', () => {
  const ck = { kind: 'ckeditor5', target: 't1', child: 0, paragraphs: ['Hi', '', 'Bye'], atCaret: true, extra: '<script>' };
  expect(pageInsertRequestOf(message(ck))).toEqual({ kind: 'ckeditor5', target: 't1', child: 0, paragraphs: ['Hi', '', 'Bye'], rtl: false, atCaret: true });
  expect(pageInsertRequestOf(message({ kind: 'ckeditor5', target: 't1', child: 0, paragraphs: ['שלום'], rtl: true, atCaret: false }))).toMatchObject({ rtl: true });
  expect(pageInsertRequestOf(message({ kind: 'paste', target: 't2', child: 2, text: 'x' }))).toEqual({ kind: 'paste', target: 't2', child: 2, text: 'x', rtl: false });
  expect(pageInsertRequestOf(message({ kind: 'paste', target: 't2', child: 2, text: 'שלום', rtl: true }))).toMatchObject({ rtl: true });
  expect(pageInsertRequestOf(message({ kind: 'paste', target: 't2', child: 2, text: 'x', rtl: 'yes' }))).toMatchObject({ rtl: false });
  expect(pageInsertRequestOf(message({ kind: 'ckeditor5', target: 't3', child: 1, paragraphs: [], atCaret: 'yes' }))).toMatchObject({ atCaret: false });
  const ck4 = { kind: 'ckeditor4', target: 't4', child: 3, paragraphs: ['שלום'], rtl: true, atCaret: false, html: '<img onerror=x>' };
  expect(pageInsertRequestOf(message(ck4))).toEqual({ kind: 'ckeditor4', target: 't4', child: 3, paragraphs: ['שלום'], rtl: true, atCaret: false });
});

test('requests: anything else is ignored', () => {
  for (const bad of [
    undefined,
    42,
    { type: 'other', request: { kind: 'paste', target: 't', child: 0, text: 'x' } },
    message(null),
    message({ kind: 'innerHTML', target: 't', child: 0, text: 'x' }),
    message({ kind: 'paste', target: 1, child: 0, text: 'x' }),
    message({ kind: 'paste', target: 't', child: -1, text: 'x' }),
    message({ kind: 'paste', target: 't', text: 'x' }),
    message({ kind: 'ckeditor5', target: 't', child: 0, paragraphs: [1] }),
    message({ kind: 'ckeditor4', target: 't', child: 0, paragraphs: 'not a list' }),
    message({ kind: 'paste', target: 't', child: 0, text: 'x'.repeat(100_001) }),
  ]) {
    expect(pageInsertRequestOf(bad)).toBeUndefined();
  }
});

test('results: only the known statuses, never text from the page', () => {
  expect(pageInsertResultOf({ ok: true, error: 'page words' })).toEqual({ ok: true });
  expect(pageInsertResultOf({ ok: false, problem: 'not-ready' })).toEqual({ ok: false, problem: 'not-ready' });
  for (const other of [undefined, null, 'ok', { ok: 'true' }, { ok: false, problem: 'Inserted! (from the page)' }]) {
    expect(pageInsertResultOf(other)).toEqual({ ok: false, problem: 'refused' });
  }
});

import { expect, test } from 'vitest';
import { parseRequest, parseResponse } from '../../../lib/insert/bridge-protocol';

// Any script on the helpdesk page can fire these events: only well-formed messages count.
test('requests: well-formed ones parse, with only the known fields', () => {
  const ck = { requestId: 'r1', kind: 'ckeditor5', text: 'Hi', lang: 'he', atCaret: true, extra: '<script>' };
  expect(parseRequest(JSON.stringify(ck))).toEqual({ requestId: 'r1', kind: 'ckeditor5', text: 'Hi', lang: 'he', atCaret: true });
  expect(parseRequest(JSON.stringify({ requestId: 'r2', kind: 'paste', text: 'x' }))).toEqual({ requestId: 'r2', kind: 'paste', text: 'x' });
  expect(parseRequest(JSON.stringify({ requestId: 'r3', kind: 'ckeditor5', text: 'x', lang: 'fr', atCaret: 'yes' }))).toMatchObject({ lang: 'en', atCaret: false });
});

test('requests: anything else is ignored', () => {
  for (const bad of [undefined, 42, '', 'not json', 'null', '{}', JSON.stringify({ requestId: 'r', kind: 'innerHTML', text: 'x' }), JSON.stringify({ requestId: 1, kind: 'paste', text: 'x' })]) {
    expect(parseRequest(bad)).toBeUndefined();
  }
});

test('responses: ok and the problem codes the bridge may send parse, anything else is ignored', () => {
  expect(parseResponse(JSON.stringify({ requestId: 'r1', ok: true }))).toEqual({ requestId: 'r1', ok: true });
  const refused = { code: 'editor-refused', detail: 'read-only' };
  expect(parseResponse(JSON.stringify({ requestId: 'r1', ok: false, problem: refused }))).toEqual({ requestId: 'r1', ok: false, problem: refused });
  const notReady = { requestId: 'r1', ok: false, problem: { code: 'editor-not-ready' } };
  expect(parseResponse(JSON.stringify(notReady))).toEqual(notReady);
  // A page script cannot make the sidebar say something of its own.
  expect(parseResponse(JSON.stringify({ requestId: 'r1', ok: false, problem: { code: 'pwned' } }))).toEqual({ requestId: 'r1', ok: false });
  expect(parseResponse(JSON.stringify({ requestId: 'r1', ok: false, error: 'no' }))).toEqual({ requestId: 'r1', ok: false });
  expect(parseResponse(JSON.stringify({ requestId: 'r1', ok: 'true' }))).toBeUndefined();
  expect(parseResponse({ requestId: 'r1', ok: true })).toBeUndefined();
});

import { expect, test } from 'vitest';
import { escapeHtml, firstLine, hasWords, paragraphs, replyHtml, replyPasteText, toHtml, withoutRepeats } from '../../../lib/insert/blocks';

test('reply text becomes escaped paragraphs; markup in it stays text', () => {
  expect(toHtml('Hello <b>Dana</b>,\n\nsee "this" & that', 'en')).toBe(
    '<p>Hello &#60;b&#62;Dana&#60;/b&#62;,</p><p><br></p><p>see &#34;this&#34; &#38; that</p>',
  );
});

test('Hebrew paragraphs get an explicit dir="rtl", even when they start with a Latin word', () => {
  expect(toHtml('Outlook לא עובד', 'he')).toBe('<p dir="rtl">Outlook לא עובד</p>');
});

test('line endings of every kind split paragraphs', () => {
  expect(paragraphs('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  expect(escapeHtml(`'`)).toBe('&#39;');
});

test('at a caret with draft text before it, the reply starts after a blank paragraph; with text after, one follows', () => {
  expect(replyHtml('A\nB', 'en', { textBefore: false, textAfter: false })).toBe('<p>A</p><p>B</p>');
  expect(replyHtml('A', 'en', { textBefore: true, textAfter: false })).toBe('<p><br></p><p>A</p>');
  expect(replyHtml('A', 'he', { textBefore: true, textAfter: true })).toBe('<p><br></p><p dir="rtl">A</p><p><br></p>');
  expect(replyHtml('<img src=x onerror=alert(1)>', 'en', { textBefore: false, textAfter: false })).not.toContain('<img');
});

test('the pasted text is the reply with a blank line towards the draft on either side', () => {
  expect(replyPasteText('A\r\nB', { textBefore: false, textAfter: false })).toBe('A\nB');
  expect(replyPasteText('A', { textBefore: true, textAfter: true })).toBe('\n\nA\n\n');
});


test('the first line with words, and words ignoring the zero-width characters editors keep', () => {
  expect(firstLine('\n  \nHello Dana,\nmore')).toBe('Hello Dana,');
  expect(hasWords('\ufeff\u200b  ')).toBe(false);
  expect(hasWords('\ufeffx')).toBe(true);
});

const REPLY = 'Hello Dana,\n\nWe checked our side.\nIt works.\n\nBest regards,\nNoa Barak';

test('a draft that already has the greeting and the sign-off gets only the body', () => {
  expect(withoutRepeats(REPLY, '')).toBe(REPLY);
  expect(withoutRepeats(REPLY, 'Hello Dana,\nSomething first\nBest regards,\nNoa Barak')).toBe('We checked our side.\nIt works.');
  expect(withoutRepeats(REPLY, '  Hello Dana,\u200b ')).toBe('We checked our side.\nIt works.\n\nBest regards,\nNoa Barak');
  // Only part of the sign-off is there (another agent's name): the whole sign-off stays.
  expect(withoutRepeats(REPLY, 'Best regards,\nDana')).toBe(REPLY);
  // A reply without a separate greeting and sign-off is never cut.
  expect(withoutRepeats('Just one line.\n\nAnd another.', 'Just one line.\nAnd another.')).toBe('Just one line.\n\nAnd another.');
});

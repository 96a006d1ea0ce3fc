import { expect, test } from 'vitest';
import { escapeHtml, paragraphs, toHtml } from '../../../lib/insert/blocks';

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

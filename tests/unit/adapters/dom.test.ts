// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText, fieldText, isoInstant, lineText, nameAndEmail, ticketNumber } from '../../../lib/adapters/dom.ts';
import { parse } from './fixtures.ts';

const el = (html: string) => parse(`<div id="x">${html}</div>`).getElementById('x');

describe('blockText', () => {
  it('keeps the line breaks of text shown with white-space: pre-wrap, as the demo pages do', () => {
    const div = parse('<div id="x"></div>').getElementById('x')!;
    div.textContent = 'Hi,\n\nMy internet is down since 9:00.\nThanks,\n  Dana  ';
    expect(blockText(div)).toBe('Hi,\n\nMy internet is down since 9:00.\nThanks,\nDana');
  });

  it('breaks lines at blocks and <br>, ignores layout whitespace, keeps one blank line at most', () => {
    expect(blockText(el('\n  <p>One</p>\n  <p>Two <b>bold</b>\n  text</p><div><br></div><div><br></div><p>Three</p>'))).toBe(
      'One\nTwo bold\ntext\n\nThree',
    );
    expect(blockText(el('a<br><br><br><br>b<br>'))).toBe('a\n\nb');
    expect(blockText(el('<span>x</span> <span>y</span>'))).toBe('x y');
  });

  it('returns markup as literal text and skips scripts and styles', () => {
    expect(blockText(el('&lt;img src=x onerror=alert(1)&gt;<script>evil()</script><style>p{}</style>'))).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('gives an empty string for nothing', () => {
    expect(blockText(null)).toBe('');
    expect(lineText(undefined)).toBe('');
    expect(fieldText(null)).toBe('');
  });
});

describe('small readers', () => {
  it('lineText puts everything on one line', () => {
    expect(lineText(el('<p>a</p><p>b\nc</p>'))).toBe('a b c');
  });

  it('fieldText reads an input by its value', () => {
    expect(fieldText(el('<input value="  Subject   here ">')?.querySelector('input'))).toBe('Subject here');
  });

  it('isoInstant accepts instants with Z or an offset only', () => {
    expect(isoInstant('2024-05-12T07:14:00Z')).toBe('2024-05-12T07:14:00Z');
    expect(isoInstant(' 2024-05-12T07:14:00.123+03:00 ')).toBe('2024-05-12T07:14:00.123+03:00');
    for (const bad of ['2024-05-12T07:14:00', '2024-05-12', 'yesterday', '2024-13-45T99:99Z', '', null, undefined]) {
      expect(isoInstant(bad), String(bad)).toBeUndefined();
    }
  });

  it('nameAndEmail splits "Name <email>"', () => {
    expect(nameAndEmail('Mark Thompson <mark@example.org>')).toEqual({ name: 'Mark Thompson', email: 'mark@example.org' });
    expect(nameAndEmail('"Levi, Dana" <dana@example.org>')).toEqual({ name: 'Levi, Dana', email: 'dana@example.org' });
    expect(nameAndEmail('<only@example.org>')).toEqual({ email: 'only@example.org' });
    expect(nameAndEmail('only@example.org')).toEqual({ email: 'only@example.org' });
    expect(nameAndEmail('Just A Name')).toEqual({ name: 'Just A Name' });
    expect(nameAndEmail('  ')).toEqual({});
  });

  it('ticketNumber reads "#123"', () => {
    expect(ticketNumber('#1043')).toBe('1043');
    expect(ticketNumber(' # 2210 ')).toBe('2210');
    expect(ticketNumber('Ticket 12')).toBeNull();
  });
});

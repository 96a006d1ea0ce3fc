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

  it('with a limit, reads only the start of a long message: a start of the whole text, at least that long', () => {
    const html = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i}:   the   mail server <b>rejects</b>\n our   messages.</p>\n  `).join('');
    const whole = blockText(el(html));
    for (const limit of [1, 7, 50, 333, 1000, whole.length, whole.length + 10]) {
      const start = blockText(el(html), limit);
      expect(whole.startsWith(start)).toBe(true);
      expect(start.length).toBeGreaterThanOrEqual(Math.min(limit, whole.length));
    }
  });

  it('with a limit, never looks at the text past it', () => {
    const div = el(Array.from({ length: 1000 }, (_, i) => `<p>Message line ${i}</p>`).join(''))!;
    // Reading a text node past the first few paragraphs would throw.
    for (const p of Array.from(div.querySelectorAll('p')).slice(20)) {
      Object.defineProperty(p.firstChild, 'nodeValue', { get: () => { throw new Error('read past the limit'); } });
    }
    expect(blockText(div, 100)).toMatch(/^Message line 0\nMessage line 1\n/);
    const huge = el('')!;
    huge.textContent = 'x'.repeat(5_000_000);
    expect(blockText(huge, 8000)).toHaveLength(8000);
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

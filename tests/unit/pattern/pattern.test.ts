import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePattern, type SafePattern } from '../../../lib/pattern';
import { DEFAULT_CLASSIFICATION_POLICY } from '../../../lib/policy/classification';

function compiled(source: string): SafePattern {
  const r = compilePattern(source);
  if (!r.ok) throw new Error(`${source}: ${r.problem}`);
  return r.pattern;
}

/** Every match of `source` in `text` as [start, end, ...groups], by the browser's engine. */
function nativeMatches(source: string, text: string): unknown[] {
  const re = new RegExp(source, 'gu');
  const out: unknown[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length, ...m.slice(1)]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function ourMatches(source: string, text: string): unknown[] {
  const p = compiled(source);
  const out: unknown[] = [];
  for (let at = 0, m = p.exec(text, at); m; m = p.exec(text, at)) {
    out.push([m.start, m.end, ...m.groups]);
    at = m.end > m.start ? m.end : m.end + 1;
    if (at > text.length) break;
  }
  return out;
}

const SAMPLES: [string, string[]][] = [
  ['abc', ['xxabcabc', 'ab', '']],
  ['a|ab|abc', ['abc', 'xab']],
  ['(a|ab)(c|bcd)', ['abcd', 'abc']],
  ['\\b[45]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d{1,3}\\b', ['550 5.1.1 user unknown', '421-4.7.0 x', '5500 5.1.1']],
  ['\\b(?:net::)?err_cert_[a-z_]+|not private', ['net::err_cert_date_invalid here', 'your connection is not private']],
  ['\\* {1,3}\\* {1,3}\\*', ['1 * * * 2', '* *  *']],
  ['(\\d+)\\D*$', ['/tickets/123/view', '/agent/tickets/45?x=1', 'none']],
  ['tickets/(\\d+)', ['/a/tickets/9001', '/tickets/']],
  ['(?<id>[A-Z]{2,4}-\\d+)', ['see ABC-12 and XY-3', 'ab-1']],
  ['a*?b', ['aaab', 'b']],
  ['x{2,}', ['x xx xxxx']],
  ['^\\s*#?(\\d+)', ['  #77 subject', 'no']],
  ['[^\\]a]+', ['ab]cd']],
  ['\\u05d0+|\\p{Script=Hebrew}{2}', ['שלום אאא', 'abc']],
  ['colou?r', ['color colour colr']],
  ['(a)|b', ['b a']],
  ['\\Bx\\B', ['axa x ax']],
];

describe('settings patterns run in linear time with RegExp semantics', () => {
  it.each(SAMPLES)('%s finds what RegExp finds', (source, texts) => {
    for (const text of texts) expect(ourMatches(source, text), text).toEqual(nativeMatches(source, text));
  });

  it('every default pasted-output recogniser is accepted and matches as before', () => {
    const text = 'the bounce said 550 5.1.1 mailbox unavailable; browser shows NET::ERR_CERT_DATE_INVALID and 502 bad gateway; ping: request timeout for icmp_seq 3';
    for (const p of DEFAULT_CLASSIFICATION_POLICY.pastedOutput) {
      expect(ourMatches(p.pattern, text.toLowerCase()), p.id).toEqual(nativeMatches(p.pattern, text.toLowerCase()));
    }
  });

  it('agrees with RegExp on random texts over a small alphabet', () => {
    const sources = ['a+b', '(ab|a)c?', '(?:b|c)a{1,2}', '\\ba\\w', '(a)(b)?c', 'ab*?c', '[bc]{2}$'];
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.stringMatching(/^[abc !]{0,12}$/), (source, text) => {
        expect(ourMatches(source, text)).toEqual(nativeMatches(source, text));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['(a+)+$', 'nested-repeat'],
    ['(a*)*b', 'nested-repeat'],
    ['(?:\\w+\\s?)+$', 'nested-repeat'],
    ['(a{1,3})+', 'nested-repeat'],
    ['(a|a)+$', 'overlapping-alternatives'],
    ['(?:\\d|1)*x', 'overlapping-alternatives'],
    ['(a|)+', 'overlapping-alternatives'],
    ['(a)\\1', 'backreference'],
    ['(?<n>a)\\k<n>', 'backreference'],
    ['a(?=b)', 'lookaround'],
    ['(?<!x)a', 'lookaround'],
    ['(abc', 'syntax'],
    ['a{5000}', 'too-big'],
    ['(?:abcdefghij){201}', 'too-big'],
  ])('refuses %s (%s)', (source, problem) => {
    expect(compilePattern(source)).toEqual({ ok: false, problem });
  });

  it('accepts bounded repetitions of bounded parts', () => {
    expect(compilePattern('(?:\\d{1,3}\\.){3}\\d{1,3}').ok).toBe(true);
    expect(ourMatches('(?:\\d{1,3}\\.){3}\\d{1,3}', 'ip 10.0.12.255 ok')).toEqual([[3, 14]]);
  });

  it('a pattern that backtracks for ages elsewhere meets its trigger text and simply fails', () => {
    // \w*\w*\w*\w*! on 8,000 letters is about 10^14 steps for a backtracking engine.
    expect(compiled('\\w*\\w*\\w*\\w*!').exec('a'.repeat(8000))).toBeNull();
  });
});

// Finding a phrase by its first word: word-ending phrases (`word*`) are looked up by every
// length of their key, after glued Hebrew prefixes too, and a word whose first two letters begin
// no such key is passed over without missing an exact phrase.
import { describe, expect, it } from 'vitest';
import { analyseTicket } from '../../../lib/classifier/features';
import { DEFAULT_CLASSIFICATION_POLICY, type ClassificationPolicy } from '../../../lib/policy/classification';

const policy: ClassificationPolicy = structuredClone(DEFAULT_CLASSIFICATION_POLICY);
const clause = policy.clauses[0]!.id;
policy.signals.push(
  { id: 'test.short-key', phrases: { he: ['חס*'], en: ['zq*'] }, parties: { isp: 1 }, clause },
  { id: 'test.long-key', phrases: { he: ['חסימ*'], en: ['zqxw*'] }, parties: { isp: 1 }, clause },
  { id: 'test.exact', phrases: { he: [], en: ['qz'] }, parties: { isp: 1 }, clause },
  // Phrases that share their first word, told apart by the characters after it.
  { id: 'test.then-k', phrases: { he: [], en: ['qz k'] }, parties: { isp: 1 }, clause },
  { id: 'test.then-ka', phrases: { he: [], en: ['qz ka'] }, parties: { isp: 1 }, clause },
  { id: 'test.then-dot', phrases: { he: [], en: ['qz.'] }, parties: { isp: 1 }, clause },
);

const hitsOf = (body: string) => {
  const a = analyseTicket({ id: 't', subject: '', body }, policy, 64);
  return a.hits
    .filter((h) => a.compiled.signals[h.signal]!.id.startsWith('test.'))
    .map((h) => [a.compiled.signals[h.signal]!.id, body.slice(h.start, h.end), h.negated]);
};

describe('phrases are found by their first word', () => {
  it('a word-ending phrase matches at each key length, shortest key first, glued prefixes shown', () => {
    expect(hitsOf('יש שבחסימות קשות')).toEqual([
      ['test.short-key', 'שבחסימות', false],
      ['test.long-key', 'שבחסימות', false],
    ]);
    expect(hitsOf('see zqxwvut, zqa')).toEqual([
      ['test.short-key', 'zqxwvut', false],
      ['test.long-key', 'zqxwvut', false],
      ['test.short-key', 'zqa', false],
    ]);
  });

  it('words that start no key are passed over, exact phrases and negation still count', () => {
    expect(hitsOf('zz zx qq z')).toEqual([]);
    expect(hitsOf('qz, not zqxw')).toEqual([
      ['test.exact', 'qz', false],
      ['test.short-key', 'zqxw', true],
      ['test.long-key', 'zqxw', true],
    ]);
  });

  it('phrases with the same first word are each found by what follows it, up to the end of the text', () => {
    expect(hitsOf('qz k')).toEqual([
      ['test.exact', 'qz', false],
      ['test.then-k', 'qz k', false],
    ]);
    expect(hitsOf('qz ka qz. qz kb')).toEqual([
      ['test.exact', 'qz', false],
      ['test.then-ka', 'qz ka', false],
      ['test.exact', 'qz', false],
      ['test.then-dot', 'qz.', false],
      ['test.exact', 'qz', false],
    ]);
    expect(hitsOf('and qz')).toEqual([['test.exact', 'qz', false]]);
    expect(hitsOf('qz.')).toEqual([
      ['test.exact', 'qz', false],
      ['test.then-dot', 'qz.', false],
    ]);
  });
});

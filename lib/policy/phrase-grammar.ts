// The one limit of the policy's phrase grammar that both sides must agree on: a line of phrases
// with `{a|b|c}` alternatives stands for every combination of them, and the classifier compiles
// each. The settings schema refuses a line that stands for more (with a message that says to split
// it) instead of the classifier quietly keeping only the first combinations, which is what once
// hid "need 10 more mailboxes" behind "add 10 more mailboxes" in the default policy.

/** At most this many phrases come from one line. */
export const MAX_PHRASE_EXPANSIONS = 4096;

/**
 * A line read as its `{a|b|c}` groups: each group's alternatives with the text before it, and the
 * text after the last one. An unclosed `{` is plain text. Both the count below and the classifier's
 * expansion read a line through this one reading, so they cannot disagree on what a line means.
 */
export function alternativeGroups(raw: string): { groups: { head: string; options: string[] }[]; tail: string } {
  const groups: { head: string; options: string[] }[] = [];
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('{', i);
    const close = open >= 0 ? raw.indexOf('}', open) : -1;
    if (open < 0 || close < 0) break;
    groups.push({ head: raw.slice(i, open), options: raw.slice(open + 1, close).split('|') });
    i = close + 1;
  }
  return { groups, tail: raw.slice(i) };
}

/** How many phrases one line stands for: the product of its groups' alternatives. */
export function phraseExpansions(raw: string): number {
  let count = 1;
  for (const { options } of alternativeGroups(raw).groups) {
    count *= options.length;
    if (count > Number.MAX_SAFE_INTEGER / 64) return Number.POSITIVE_INFINITY;
  }
  return count;
}

// A reply as blocks of text, and as safe HTML for editors that take HTML. Every character of
// the reply is escaped: a requester named "<img onerror=…>" stays text.
import type { Lang } from '../ticket';
import { dirOf } from '../i18n/messages';

export function paragraphs(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One <p> per line. Hebrew blocks get an explicit dir="rtl": dir="auto" would pick left-to-right
 * for a Hebrew paragraph that starts with a Latin word ("Outlook …").
 */
export function toHtml(text: string, lang: Lang): string {
  const dir = dirOf(lang) === 'rtl' ? ' dir="rtl"' : '';
  return paragraphs(text)
    .map((line) => (line ? `<p${dir}>${escapeHtml(line)}</p>` : `<p${dir}><br></p>`))
    .join('');
}

/**
 * What lies around the insertion point inside its own paragraph. The reply always becomes
 * paragraphs of its own, set off by a blank line from draft text on the same line: it never
 * glues onto the agent's words, and the draft is never replaced.
 */
export interface Surroundings {
  /** Draft text before the caret in the caret's paragraph. */
  textBefore: boolean;
  /** Draft text after the caret in the caret's paragraph. */
  textAfter: boolean;
}

/**
 * The reply as HTML for execCommand('insertHTML') at a collapsed caret. Browsers merge the first
 * inserted block into the caret's paragraph, so an empty paragraph first splits off the draft
 * text before the caret (and leaves a blank line); one last keeps the text after it apart.
 */
export function replyHtml(text: string, lang: Lang, around: Surroundings): string {
  const blank = '<p><br></p>';
  return (around.textBefore ? blank : '') + toHtml(text, lang) + (around.textAfter ? blank : '');
}

/**
 * The reply as pasted plain text, for editors that split pasted lines into paragraphs (Slate):
 * a blank line between it and the draft text on either side.
 */
export function replyPasteText(text: string, around: Surroundings): string {
  const body = paragraphs(text).join('\n');
  return (around.textBefore ? '\n\n' : '') + body + (around.textAfter ? '\n\n' : '');
}

/** The first line with words in it: what an editor must show afterwards if the insert worked. */
export function firstLine(text: string): string {
  return (paragraphs(text).find((l) => l.trim()) ?? '').trim();
}

// Editors keep zero-width characters in empty lines (Slate: U+FEFF; others: U+200B).
export function hasWords(text: string): boolean {
  return text.replace(/[\u200b\ufeff]/g, '').trim() !== '';
}

/**
 * The reply without the greeting and the sign-off the agent's draft already has, so that a second
 * insert (or one after the agent greeted the customer) adds only the body. The greeting is the
 * reply's first paragraph group, the sign-off its last (groups are separated by a blank line);
 * a group counts as present when each of its lines is a line of the draft.
 */
export function withoutRepeats(reply: string, draft: string): string {
  const groups = paragraphs(reply).join('\n').split(/\n\s*\n/);
  if (groups.length < 3) return reply;
  const draftLines = new Set(paragraphs(draft).map((l) => l.replace(/[\u200b\ufeff]/g, '').trim()).filter(Boolean));
  const present = (group: string) => group.split('\n').every((l) => !l.trim() || draftLines.has(l.trim()));
  const start = present(groups[0]!) ? 1 : 0;
  const end = present(groups[groups.length - 1]!) ? groups.length - 1 : groups.length;
  return groups.slice(start, end).join('\n\n');
}

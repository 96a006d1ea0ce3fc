// A reply as blocks of text, and as safe HTML for editors that take HTML. Every character of
// the reply is escaped: a requester named "<img onerror=…>" stays text.
import type { Lang } from '../ticket';

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
  const dir = lang === 'he' ? ' dir="rtl"' : '';
  return paragraphs(text)
    .map((line) => (line ? `<p${dir}>${escapeHtml(line)}</p>` : `<p${dir}><br></p>`))
    .join('');
}

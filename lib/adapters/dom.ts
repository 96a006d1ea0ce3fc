// Small, defensive DOM readers shared by the adapters. Text is read from text nodes (what
// `textContent` gives), never from HTML, so markup in a ticket comes back as literal text.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Lines of text being gathered: a hard break always ends a line, a soft one only a non-empty line.
 * Gathering stops (`cut`) once `limit` characters are in.
 */
class Lines {
  readonly done: string[] = [];
  current = '';
  size = 0;
  cut = false;
  constructor(readonly limit: number) {}
  hard(): void {
    this.done.push(this.current);
    this.current = '';
  }
  soft(): void {
    if (this.current.trim() !== '') this.hard();
    else this.current = '';
  }
}

function collectText(node: Node, out: Lines): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (out.size >= out.limit) {
      out.cut = true;
      return;
    }
    if (child.nodeType === TEXT_NODE) {
      const whole = child.nodeValue ?? '';
      const room = out.limit - out.size;
      const text = whole.length > room ? whole.slice(0, room) : whole;
      out.size += Math.max(1, text.length);
      // Whitespace between elements is layout, not text; line breaks inside text are the
      // writer's (helpdesks show message text with `white-space: pre-wrap`).
      if (text.trim() === '') out.current += ' ';
      else {
        text.split('\n').forEach((segment, i) => {
          if (i > 0) out.hard();
          out.current += segment;
        });
      }
      if (text.length < whole.length) {
        out.cut = true;
        return;
      }
    } else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        out.hard();
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) out.soft();
      collectText(child, out);
      if (out.cut) return;
      if (block) out.soft();
    }
  }
}

function tidy(lines: readonly string[]): string {
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  if (kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/**
 * A message's text: one line per paragraph (block elements, `<br>` and line breaks in the text
 * break lines), spaces tidied, at most one blank line in a row, none at either end. '' for a
 * missing element. With a `limit`, only the start of the text is read: the result is the whole
 * text or a start of it at least `limit` characters long, however long the message is.
 */
export function blockText(el: Element | null | undefined, limit = Infinity): string {
  if (!el) return '';
  // Tidying only takes spaces out, so a cut reading is a start of the whole text; read further
  // only when the spaces it took out leave it short.
  for (let budget = Math.max(1, limit); ; budget *= 2) {
    const lines = new Lines(budget);
    collectText(el, lines);
    lines.hard();
    const text = tidy(lines.done);
    if (!lines.cut || text.length >= limit) return text;
  }
}

/** A message's text read lazily, only as far as it is needed (see `blockText`); null for a missing element. */
export function messageText(el: Element | null | undefined): ((limit: number) => string) | null {
  return el ? (limit) => blockText(el, limit) : null;
}

/** An element's text on one line, whitespace tidied. '' for a missing element. */
export function lineText(el: Element | null | undefined): string {
  return blockText(el).replace(/\n/g, ' ');
}

/** The text of a form field (its current value) or of any other element. */
export function fieldText(el: Element | null | undefined): string {
  if (!el) return '';
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    const value = (el as HTMLInputElement).value ?? el.getAttribute('value') ?? '';
    return String(value).replace(/\s+/g, ' ').trim();
  }
  return lineText(el);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** An ISO 8601 instant (with Z or an offset) as written, or undefined for anything else. */
export function isoInstant(value: string | null | undefined): string | undefined {
  const s = value?.trim();
  if (!s || !ISO_INSTANT.test(s) || Number.isNaN(Date.parse(s))) return undefined;
  return s;
}

/** The instant of `el` itself when it has a `datetime`, else of its first `time[datetime]`. */
export function timeIn(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const time = el.hasAttribute('datetime') ? el : el.querySelector('time[datetime]');
  return isoInstant(time?.getAttribute('datetime'));
}

function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Does one of `el`'s classes end with `suffix`? (Hashed CSS-module names: `zd_<hash>-<suffix>`.) */
export function hasClassSuffix(el: Element, suffix: string): boolean {
  return classTokens(el).some((c) => c.endsWith(suffix));
}

/** Elements under `root` with a class ending in `suffix` (`suffix` must be a plain word chain). */
export function allByClassSuffix(root: ParentNode, suffix: string): Element[] {
  return Array.from(root.querySelectorAll(`[class*="${suffix}"]`)).filter((el) => hasClassSuffix(el, suffix));
}

export function firstByClassSuffix(root: ParentNode, suffix: string): Element | null {
  return allByClassSuffix(root, suffix)[0] ?? null;
}

/** A ticket number shown as `#123` (or `123`), as its digits; null when it is not one. */
export function ticketNumber(text: string): string | null {
  const m = /^#?\s*(\d+)$/.exec(text.trim());
  return m ? m[1]! : null;
}

/** Parse `Name <email>` (or just a name, or just an address) into its parts. */
export function nameAndEmail(text: string): { name?: string; email?: string } {
  const t = text.trim();
  const m = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>$/.exec(t);
  if (m) return { ...(m[1] ? { name: m[1].replace(/^"|"$/g, '').trim() } : {}), email: m[2]! };
  if (/^[^\s@<>]+@[^\s@<>]+$/.test(t)) return { email: t };
  return t ? { name: t } : {};
}

/**
 * The labels `elements` show (tags, field values), each on one line, without the text of
 * controls inside them (a tag's "×" remove button), blanks and repeats dropped, in order.
 */
export function labelsOf(elements: readonly (Element | null)[], controls = 'button, [role="button"]'): string[] {
  const out: string[] = [];
  for (const el of elements) {
    if (!el) continue;
    const copy = el.cloneNode(true) as Element;
    for (const control of Array.from(copy.querySelectorAll(controls))) control.remove();
    const label = lineText(copy);
    if (label && !out.includes(label)) out.push(label);
  }
  return out;
}

/** `labelsOf` the elements `selector` finds under `root`, in page order. */
export function labelsIn(root: ParentNode, selector: string, controls?: string): string[] {
  return labelsOf(Array.from(root.querySelectorAll(selector)), controls);
}

/** A name held in an attribute (an avatar's accessible name or tooltip), tidied; null when absent. */
export function nameIn(el: Element | null, attribute: string): string | null {
  const name = el?.getAttribute(attribute)?.replace(/\s+/g, ' ').trim();
  return name || null;
}

// Plain text of a contenteditable region as an editor's model holds it: one line per paragraph
// (block element or <br>), joined by "\n". A <br> that only keeps an empty block open counts
// for nothing, as in the editors themselves.

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR']);

export function editableText(root: Node): string {
  const lines: string[] = [];
  let line: string | null = null;

  function walk(node: Node) {
    const children = Array.from(node.childNodes);
    children.forEach((child, i) => {
      if (child.nodeType === Node.TEXT_NODE) {
        line = (line ?? '') + (child.nodeValue ?? '').replace(/\u200B/g, '');
      } else if (child.nodeName === 'BR') {
        const placeholder = i === children.length - 1 && (node === root || BLOCKS.has(node.nodeName));
        if (placeholder) {
          line ??= '';
        } else {
          lines.push(line ?? '');
          line = '';
        }
      } else if (BLOCKS.has(child.nodeName)) {
        if (line !== null) lines.push(line);
        line = null;
        const before = lines.length;
        walk(child);
        if (line !== null) lines.push(line);
        else if (lines.length === before) lines.push('');
        line = null;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        walk(child);
      }
    });
  }

  walk(root);
  if (line !== null) lines.push(line);
  return lines.join('\n');
}

/**
 * Each top-level paragraph of a contenteditable region: its text and its own `dir`, if any. Text
 * typed straight into the region (no paragraph around it) counts as one paragraph without a dir.
 */
export function editableBlocks(root: Node): { text: string; dir: string | null }[] {
  const blocks: { text: string; dir: string | null }[] = [];
  let loose: string | null = null;
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === Node.ELEMENT_NODE && BLOCKS.has(child.nodeName)) {
      if (loose !== null) blocks.push({ text: loose, dir: null });
      loose = null;
      blocks.push({ text: editableText(child), dir: (child as Element).getAttribute('dir') });
    } else if (child.nodeName !== 'BR' || loose !== null) {
      loose = (loose ?? '') + (child.textContent ?? '').replace(/\u200B/g, '');
    }
  }
  if (loose !== null) blocks.push({ text: loose, dir: null });
  return blocks;
}

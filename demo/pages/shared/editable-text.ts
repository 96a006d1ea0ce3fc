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

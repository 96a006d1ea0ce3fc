// The parts of a helpdesk page whose changes say nothing about the ticket: the reply editors with
// their toolbars and pop-ups, and Gvul's own sidebar. Typing a reply changes them on every key
// (CKEditor 5 toggles its toolbar buttons' classes and shows a balloon at the end of <body>), so
// the watchers that re-read the page or re-dock the sidebar pass over them.

const QUIET = [
  '[contenteditable]:not([contenteditable="false"])',
  'textarea',
  // CKEditor 5's frame (toolbar and editing area) and its balloons and tooltips.
  '.ck.ck-editor',
  '.ck-body-wrapper',
  // CKEditor 4's frame (its editing area is an iframe, whose changes no observer here sees).
  '.cke',
  // Froala's frame: toolbar and editing area.
  '.fr-box',
  'gvul-sidebar',
].join(', ');

const ELEMENT_NODE = 1;

/** Whether `node` is inside a quiet part of the page. */
export function quietNode(node: Node): boolean {
  const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(QUIET) != null;
}

/**
 * Whether a mutation happened inside a quiet part, or only added or removed quiet parts (a
 * balloon put at the end of <body>).
 */
export function quietMutation(record: MutationRecord): boolean {
  if (quietNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === ELEMENT_NODE && (n as Element).matches(QUIET));
}

// Where the agent's caret was in the reply editor, so that a reply inserted from the sidebar
// (whose click moves the focus away) goes where they were writing.
import type { Concern } from '../session';

export const caret: Concern = {
  name: 'caret',
  start({ doc, signal, caret }) {
    doc.addEventListener('selectionchange', () => caret.remember(doc), { signal });
  },
};

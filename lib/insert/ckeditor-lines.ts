// The paragraphs handed to CKEditor 5's `model.insertContent`, which merges the first inserted
// paragraph into the one at the caret and the last into the rest of it. An empty paragraph at
// either end absorbs that merge, and one more leaves a blank line between reply and draft.
import { paragraphs, type Surroundings } from './blocks';

export function ckeditorLines(text: string, around: Surroundings): string[] {
  return [...(around.textBefore ? ['', ''] : []), ...paragraphs(text), ...(around.textAfter ? ['', ''] : [])];
}

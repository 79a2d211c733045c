import { $unwrapMarkNode } from '@lexical/mark';
import { $getRoot } from 'lexical';
import { $marksIn } from './marksIn';

/** Takes one highlight's id off every mark of the note; a mark left with no id goes, its words stay. */
export function $removeMark(id: string): void {
  for (const mark of $marksIn($getRoot())) {
    if (!mark.hasID(id)) continue;
    mark.deleteID(id);
    if (mark.isAttached() && mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
}

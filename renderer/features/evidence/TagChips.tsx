import type { Tag } from '../../../shared/schema/evidence';
import { TagSwatch } from './TagSwatch';

/** A highlight's tags, in the project's tag order (the board's and the tag list's), whatever order they were stored in. */
export function TagChips({ tagIds, tags }: { tagIds: string[]; tags: Tag[] }) {
  const ids = new Set(tagIds);
  const list = tags.filter((tag) => ids.has(tag.id));
  if (list.length === 0) return null;
  return (
    <ul className="tag-chips">
      {list.map((tag) => (
        <li key={tag.id} className="tag-chip" data-testid="tag-chip">
          <TagSwatch colour={tag.colour} />
          {tag.name}
        </li>
      ))}
    </ul>
  );
}

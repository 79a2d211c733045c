import type { Tag } from '../../../shared/schema/evidence';
import { TagSwatch } from './TagSwatch';

export function TagChips({ tagIds, tags }: { tagIds: string[]; tags: Tag[] }) {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const list = tagIds.map((id) => byId.get(id)).filter((tag): tag is Tag => tag !== undefined);
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

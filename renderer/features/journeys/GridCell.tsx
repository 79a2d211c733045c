import { memo } from 'react';
import type { JourneyItem } from '../../../shared/schema/journey';
import { useGrid } from './GridContext';
import { ItemNote } from './ItemNote';
import { NoteComposer } from './NoteComposer';

interface GridCellProps {
  stageId: string;
  laneId: string;
  row: number;
  column: number;
  label: string;
  items: readonly JourneyItem[];
  active: boolean;
  /** The composer's first text when the quick-note field is open in this cell, otherwise null. */
  composing: string | null;
  editingId: string | null;
}

const NO_ITEMS: readonly JourneyItem[] = [];

/** One stage × lane cell. Memoised: only the cells whose notes or focus changed render again. */
export const GridCell = memo(function GridCell({ stageId, laneId, row, column, label, items = NO_ITEMS, active, composing, editingId }: GridCellProps) {
  const grid = useGrid();
  return (
    <div
      role="gridcell"
      className="journey-cell"
      style={{ gridRow: row, gridColumn: column }}
      tabIndex={active ? 0 : -1}
      title={label}
      data-cell={`${stageId}|${laneId}`}
      data-testid="journey-cell"
      onKeyDown={(e) => grid.onCellKeyDown(e, stageId, laneId)}
      onFocus={(e) => {
        if (e.target === e.currentTarget) grid.onCellFocus(stageId, laneId);
      }}
      onDoubleClick={(e) => {
        if (e.target === e.currentTarget) grid.openComposer(stageId, laneId, '');
      }}
    >
      {items.length > 0 && (
        <ul className="journey-notes">
          {items.map((item) => (
            <ItemNote key={item.id} item={item} editing={editingId === item.id} />
          ))}
        </ul>
      )}
      {composing !== null && <NoteComposer stageId={stageId} laneId={laneId} initialText={composing} />}
    </div>
  );
});

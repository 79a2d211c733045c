import { memo, useState, type ReactNode } from 'react';
import type { JourneyLane } from '../../../shared/schema/journey';
import { HeaderMenu } from './HeaderMenu';
import { HeaderNameEditor } from './HeaderNameEditor';
import { useJourneyT } from './useJourneyT';

const LANE_TYPE = 'application/x-journey-lane';

interface LaneHeaderProps {
  lane: JourneyLane;
  /** Place among all lanes, hidden ones included: that is what lane.move counts. */
  position: number;
  row: number;
  isFirst: boolean;
  isLast: boolean;
  itemCount: number;
  hintId: string;
  onRename(id: string, name: string): void;
  onMove(id: string, by: -1 | 1): void;
  onDropLane(id: string, onto: string): void;
  onHide(id: string): void;
  onDelete(id: string, itemCount: number): void;
  children?: ReactNode;
}

export const LaneHeader = memo(function LaneHeader(props: LaneHeaderProps) {
  const { lane, row, isFirst, isLast, itemCount, hintId, onRename, onMove, onDropLane, onHide, onDelete, children } = props;
  const jt = useJourneyT();
  const [renaming, setRenaming] = useState(false);
  const [dropping, setDropping] = useState(false);

  return (
    <div
      role="rowheader"
      className={`journey-lane-head lane-${lane.kind}${dropping ? ' drop' : ''}`}
      style={{ gridRow: row, gridColumn: 1 }}
      data-testid="journey-lane"
      data-lane-id={lane.id}
      data-lane-kind={lane.kind}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(LANE_TYPE)) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false);
        const id = e.dataTransfer.getData(LANE_TYPE);
        if (id && id !== lane.id) onDropLane(id, lane.id);
      }}
    >
      <div className="journey-lane-title">
        {renaming ? (
          <HeaderNameEditor
            value={lane.name}
            label={jt('journey.renameLane')}
            onDone={(name) => {
              setRenaming(false);
              if (name) onRename(lane.id, name);
            }}
          />
        ) : (
          <button
            type="button"
            className="journey-head-name"
            draggable
            aria-describedby={hintId}
            data-testid="journey-lane-name"
            onDragStart={(e) => {
              e.dataTransfer.setData(LANE_TYPE, lane.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDoubleClick={() => setRenaming(true)}
            onKeyDown={(e) => {
              if (e.key === 'F2') setRenaming(true);
              if (!e.altKey) return;
              if (e.key === 'ArrowUp' && !isFirst) onMove(lane.id, -1);
              else if (e.key === 'ArrowDown' && !isLast) onMove(lane.id, 1);
              else return;
              e.preventDefault();
            }}
          >
            {lane.name}
          </button>
        )}
        <HeaderMenu
          label={jt('journey.laneMenu', { name: lane.name })}
          actions={[
            { label: jt('journey.rename'), testId: 'journey-rename', run: () => setRenaming(true) },
            { label: jt('journey.moveUp'), testId: 'journey-move-up', disabled: isFirst, run: () => onMove(lane.id, -1) },
            { label: jt('journey.moveDown'), testId: 'journey-move-down', disabled: isLast, run: () => onMove(lane.id, 1) },
            { label: jt('journey.hide'), testId: 'journey-hide-lane', run: () => onHide(lane.id) },
            { label: jt('journey.deleteLane'), testId: 'journey-delete-lane', danger: true, run: () => onDelete(lane.id, itemCount) },
          ]}
        />
      </div>
      {children}
    </div>
  );
});

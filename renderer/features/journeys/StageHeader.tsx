import { memo, useState } from 'react';
import type { JourneyStage } from '../../../shared/schema/journey';
import { HeaderMenu } from './HeaderMenu';
import { HeaderNameEditor } from './HeaderNameEditor';
import { useJourneyT } from './useJourneyT';

const STAGE_TYPE = 'application/x-journey-stage';

interface StageHeaderProps {
  stage: JourneyStage;
  index: number;
  count: number;
  itemCount: number;
  hintId: string;
  onRename(id: string, name: string): void;
  onMove(id: string, index: number): void;
  onDelete(id: string, itemCount: number): void;
}

export const StageHeader = memo(function StageHeader({ stage, index, count, itemCount, hintId, onRename, onMove, onDelete }: StageHeaderProps) {
  const jt = useJourneyT();
  const [renaming, setRenaming] = useState(false);
  const [dropping, setDropping] = useState(false);

  return (
    <div
      role="columnheader"
      className={dropping ? 'journey-stage-head drop' : 'journey-stage-head'}
      style={{ gridRow: 1, gridColumn: index + 2 }}
      data-testid="journey-stage"
      data-stage-id={stage.id}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(STAGE_TYPE)) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false);
        const id = e.dataTransfer.getData(STAGE_TYPE);
        if (id && id !== stage.id) onMove(id, index);
      }}
    >
      <span className="journey-stage-number" aria-hidden="true">
        {index + 1}
      </span>
      {renaming ? (
        <HeaderNameEditor
          value={stage.name}
          label={jt('journey.renameStage')}
          onDone={(name) => {
            setRenaming(false);
            if (name) onRename(stage.id, name);
          }}
        />
      ) : (
        <button
          type="button"
          className="journey-head-name"
          draggable
          aria-describedby={hintId}
          data-testid="journey-stage-name"
          onDragStart={(e) => {
            e.dataTransfer.setData(STAGE_TYPE, stage.id);
            e.dataTransfer.effectAllowed = 'move';
          }}
          onDoubleClick={() => setRenaming(true)}
          onKeyDown={(e) => {
            if (e.key === 'F2') setRenaming(true);
            if (!e.altKey) return;
            if (e.key === 'ArrowLeft' && index > 0) onMove(stage.id, index - 1);
            else if (e.key === 'ArrowRight' && index < count - 1) onMove(stage.id, index + 1);
            else return;
            e.preventDefault();
          }}
        >
          {stage.name}
        </button>
      )}
      <HeaderMenu
        label={jt('journey.stageMenu', { name: stage.name })}
        actions={[
          { label: jt('journey.rename'), testId: 'journey-rename', run: () => setRenaming(true) },
          { label: jt('journey.moveLeft'), testId: 'journey-move-left', disabled: index === 0, run: () => onMove(stage.id, index - 1) },
          { label: jt('journey.moveRight'), testId: 'journey-move-right', disabled: index === count - 1, run: () => onMove(stage.id, index + 1) },
          { label: jt('journey.deleteStage'), testId: 'journey-delete-stage', danger: true, run: () => onDelete(stage.id, itemCount) },
        ]}
      />
    </div>
  );
});

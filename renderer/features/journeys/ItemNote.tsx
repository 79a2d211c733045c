import { memo, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { channels } from '../../../shared/journey/channels';
import type { JourneyItem, Kpi } from '../../../shared/schema/journey';
import { Icon } from '../../components/Icon';
import { EvidenceTooltip } from './EvidenceTooltip';
import { useGrid } from './GridContext';
import { InlineNoteEditor } from './InlineNoteEditor';
import { JourneyIcon } from './JourneyIcon';
import type { JourneyTranslate } from './useJourneyT';
import { useJourneyT } from './useJourneyT';

const channelNames = new Map(channels.map((c) => [c.id, c]));

function kpiText(kpi: Kpi, jt: JourneyTranslate): string {
  const metric = kpi.metric === 'custom' ? (kpi.label ?? jt('journey.kpi.custom')) : jt(`journey.kpi.${kpi.metric}`);
  const unit = kpi.metric === 'nps' ? '' : kpi.metric === 'custom' ? (kpi.unit ?? '') : '%';
  const value = (v: number | null) => (v === null ? jt('journey.kpiNoValue') : `${v}${unit}`);
  return jt('journey.kpiValue', { metric, actual: value(kpi.actual), target: value(kpi.target) });
}

interface ItemNoteProps {
  item: JourneyItem;
  editing: boolean;
}

/** One sticky note. Memoised: a drag or an edit elsewhere on the map leaves it alone. */
export const ItemNote = memo(function ItemNote({ item, editing }: ItemNoteProps) {
  const jt = useJourneyT();
  const grid = useGrid();
  const tipId = useId();
  const ref = useRef<HTMLLIElement>(null);
  const evidence = item.highlightIds.length;
  // The hover tools and the quote tooltip are invisible until the note is pointed at or focused,
  // and a big map has hundreds of notes: they are mounted on first use rather than up front.
  // Their keyboard equivalents (Enter, Delete) work on every note regardless.
  const [engaged, setEngaged] = useState(false);
  const engage = () => {
    if (!engaged) setEngaged(true);
  };

  useLayoutEffect(() => {
    if (!editing && grid.pendingFocus.current === item.id) {
      grid.pendingFocus.current = null;
      ref.current?.focus();
    }
  });

  const channel = item.channelId ? channelNames.get(item.channelId) : undefined;

  return (
    <li
      ref={ref}
      className={evidence ? 'journey-note has-evidence' : 'journey-note'}
      style={{ '--note-colour': item.colour } as CSSProperties}
      tabIndex={0}
      aria-describedby={evidence && engaged ? tipId : undefined}
      data-testid="journey-note"
      data-item-id={item.id}
      onKeyDown={(e) => grid.onNoteKeyDown(e, item)}
      onDoubleClick={() => grid.startEdit(item.id)}
      onPointerEnter={engage}
      onFocus={engage}
    >
      {editing ? (
        <InlineNoteEditor item={item} />
      ) : (
        <p className="journey-note-text" data-testid="journey-note-text">
          {item.text}
        </p>
      )}
      {(channel || item.kpi || item.owner) && (
        <p className="journey-note-chips">
          {channel && <span className="journey-chip">{channel[grid.lang]}</span>}
          {item.kpi && <span className="journey-chip journey-chip-kpi">{kpiText(item.kpi, jt)}</span>}
          {item.owner && <span className="journey-chip journey-chip-owner">{item.owner}</span>}
        </p>
      )}
      {(engaged || evidence > 0) && (
        <div className="journey-note-tools">
          {evidence > 0 && (
            <span className="journey-evidence-badge" data-testid="journey-evidence-badge" aria-hidden="true">
              <JourneyIcon name="quote" />
              {evidence}
            </span>
          )}
          {engaged && (
            <>
              <button type="button" className="journey-note-btn" tabIndex={-1} aria-label={jt('journey.noteDetails')} title={jt('journey.noteDetails')} data-testid="journey-note-details" onClick={() => grid.openDetails(item.id)}>
                <Icon name="pencil" />
              </button>
              <button type="button" className="journey-note-btn" tabIndex={-1} aria-label={jt('journey.noteDelete')} title={jt('journey.noteDelete')} data-testid="journey-note-delete" onClick={() => grid.deleteItem(item.id)}>
                <Icon name="trash" />
              </button>
            </>
          )}
        </div>
      )}
      {evidence > 0 && engaged && <EvidenceTooltip id={tipId} highlightIds={item.highlightIds} />}
    </li>
  );
});

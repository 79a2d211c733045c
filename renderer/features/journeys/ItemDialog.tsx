import { useId, useState, type FormEvent } from 'react';
import { channels } from '../../../shared/journey/channels';
import { itemColours } from '../../../shared/journey/itemColours';
import type { JourneyItem, JourneyLane } from '../../../shared/schema/journey';
import { Dialog } from '../../components/Dialog';
import { EvidencePicker } from './EvidencePicker';
import { KpiFields } from './KpiFields';
import { checkKpi, draftOf } from './kpiProblem';
import { noteTextProblem } from './noteTextProblem';
import type { ItemPatch } from './useJourneyMap';
import { useJourneyT } from './useJourneyT';
import type { Lang } from '../../../shared/schema/common';

interface ItemDialogProps {
  item: JourneyItem;
  lane: JourneyLane;
  lang: Lang;
  onSave(patch: ItemPatch): Promise<boolean>;
  onCite(highlightId: string): void;
  onUncite(highlightId: string): void;
  onClose(): void;
}

/** Everything about one note: text, colour, owner, and by lane its channel or measure, and its evidence. */
export function ItemDialog({ item, lane, lang, onSave, onCite, onUncite, onClose }: ItemDialogProps) {
  const jt = useJourneyT();
  const id = useId();
  const [text, setText] = useState(item.text);
  const [colour, setColour] = useState(item.colour);
  const [owner, setOwner] = useState(item.owner ?? '');
  const [channelId, setChannelId] = useState(item.channelId ?? '');
  const [hasKpi, setHasKpi] = useState(item.kpi !== null || lane.kind === 'kpis');
  const [kpi, setKpi] = useState(() => draftOf(item.kpi));
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const channelLane = lane.kind === 'channels' || lane.kind === 'touchpoints';
  const kpiLane = lane.kind === 'kpis';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const textKey = noteTextProblem(text);
    if (textKey) return setProblem({ field: 'text', message: jt(textKey) });
    if (owner.trim().length > 200) return setProblem({ field: 'owner', message: jt('journey.ownerTooLong') });
    const patch: ItemPatch = {};
    if (text.trim() !== item.text) patch.text = text.trim();
    if (colour !== item.colour) patch.colour = colour;
    const nextOwner = owner.trim() || null;
    if (nextOwner !== item.owner) patch.owner = nextOwner;
    if (channelLane && (channelId || null) !== item.channelId) patch.channelId = (channelId || null) as ItemPatch['channelId'];
    if (kpiLane) {
      if (hasKpi) {
        const checked = checkKpi(kpi);
        if (!checked.ok) {
          const field = jt(checked.field === 'target' ? 'journey.kpiTarget' : 'journey.kpiActual');
          return setProblem({ field: checked.field, message: jt(checked.key, { field }) });
        }
        if (JSON.stringify(checked.kpi) !== JSON.stringify(item.kpi)) patch.kpi = checked.kpi;
      } else if (item.kpi) patch.kpi = null;
    }
    setProblem(null);
    if (Object.keys(patch).length === 0) return onClose();
    setBusy(true);
    const ok = await onSave(patch);
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Dialog title={jt('journey.noteDetails')} closeLabel={jt('journey.close')} onClose={onClose} wide>
      <form className="journey-form" onSubmit={submit} noValidate data-testid="journey-item-dialog">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-text`}>
            {jt('journey.noteEditLabel')}
          </label>
          <textarea
            id={`${id}-text`}
            className="input journey-textarea"
            rows={3}
            value={text}
            aria-invalid={problem?.field === 'text'}
            data-testid="journey-item-text"
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <fieldset className="journey-fieldset">
          <legend className="field-label">{jt('journey.noteColour')}</legend>
          <div className="journey-swatches">
            {itemColours.map((c, index) => (
              <label key={c} className="journey-swatch" style={{ background: c }} title={jt('journey.colourName', { index })}>
                <input type="radio" name={`${id}-colour`} value={c} checked={colour === c} onChange={() => setColour(c)} aria-label={jt('journey.colourName', { index })} />
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-owner`}>
            {jt('journey.ownerLabel')}
          </label>
          <input id={`${id}-owner`} className="input" value={owner} aria-invalid={problem?.field === 'owner'} data-testid="journey-item-owner" onChange={(e) => setOwner(e.target.value)} />
        </div>
        {channelLane && (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-channel`}>
              {jt('journey.channelLabel')}
            </label>
            <select id={`${id}-channel`} className="select" value={channelId} data-testid="journey-item-channel" onChange={(e) => setChannelId(e.target.value)}>
              <option value="">{jt('journey.channelNone')}</option>
              {channels.map((c) => (
                <option key={c.id} value={c.id}>
                  {c[lang]}
                </option>
              ))}
            </select>
          </div>
        )}
        {kpiLane && (
          <fieldset className="journey-fieldset">
            <legend className="field-label">{jt('journey.kpiLabel')}</legend>
            <label className="journey-check">
              <input type="checkbox" checked={hasKpi} onChange={(e) => setHasKpi(e.target.checked)} data-testid="journey-kpi-enabled" />
              {jt('journey.kpiLabel')}
            </label>
            {hasKpi && <KpiFields draft={kpi} problemField={problem?.field ?? null} onChange={setKpi} />}
          </fieldset>
        )}
        <EvidencePicker item={item} onCite={onCite} onUncite={onUncite} />
        <p className="field-error" role="alert" data-testid="journey-item-error">
          {problem?.message ?? ''}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {jt('journey.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="journey-item-save">
            {jt('journey.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

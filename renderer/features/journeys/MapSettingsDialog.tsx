import { useId, useState, type FormEvent } from 'react';
import type { JourneyMap } from '../../../shared/schema/journey';
import { Dialog } from '../../components/Dialog';
import { goalProblem, mapNameProblem } from './mapNameProblem';
import { PersonaPicker } from './PersonaPicker';
import type { MapSettings } from './useJourneyMap';
import { useJourneyT } from './useJourneyT';
import { usePersonaList } from './usePersonaList';

export function MapSettingsDialog({ map, onSave, onClose }: { map: JourneyMap; onSave(patch: MapSettings): Promise<boolean>; onClose(): void }) {
  const jt = useJourneyT();
  const id = useId();
  const personas = usePersonaList();
  const [name, setName] = useState(map.name);
  const [goal, setGoal] = useState(map.goal);
  const [state, setState] = useState(map.state);
  const [scale, setScale] = useState(map.scale);
  const [personaIds, setPersonaIds] = useState(map.personaIds);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const key = mapNameProblem(name) ?? goalProblem(goal);
    if (key) return setProblem(jt(key));
    const patch: MapSettings = {};
    if (name.trim() !== map.name) patch.name = name.trim();
    if (goal.trim() !== map.goal) patch.goal = goal.trim();
    if (state !== map.state) patch.state = state;
    if (scale !== map.scale) patch.scale = scale;
    if (personaIds.join() !== map.personaIds.join()) patch.personaIds = personaIds;
    if (Object.keys(patch).length === 0 || (await onSave(patch))) onClose();
  };

  return (
    <Dialog title={jt('journey.settings')} closeLabel={jt('journey.close')} onClose={onClose} wide>
      <form className="journey-form" onSubmit={submit} noValidate data-testid="journey-settings-form">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {jt('journey.nameLabel')}
          </label>
          <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-goal`}>
            {jt('journey.goalLabel')}
          </label>
          <input id={`${id}-goal`} className="input" value={goal} placeholder={jt('journey.goalPlaceholder')} onChange={(e) => setGoal(e.target.value)} />
        </div>
        <div className="journey-form-row">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-state`}>
              {jt('journey.stateLabel')}
            </label>
            <select id={`${id}-state`} className="select" value={state} onChange={(e) => setState(e.target.value === 'future' ? 'future' : 'current')}>
              <option value="current">{jt('journey.stateCurrent')}</option>
              <option value="future">{jt('journey.stateFuture')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-scale`}>
              {jt('journey.scaleLabel')}
            </label>
            <select id={`${id}-scale`} className="select" value={scale} onChange={(e) => setScale(e.target.value === '2' ? 2 : 5)}>
              <option value="5">{jt('journey.scale5')}</option>
              <option value="2">{jt('journey.scale2')}</option>
            </select>
          </div>
        </div>
        <PersonaPicker personas={personas} selected={personaIds} onChange={setPersonaIds} />
        <p className="field-error" role="alert">
          {problem ?? ''}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {jt('journey.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="journey-settings-save">
            {jt('journey.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

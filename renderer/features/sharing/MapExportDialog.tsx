import { useId, useState, type FormEvent } from 'react';
import type { MapExported, MapExportFormat } from '../../../shared/schema/mapExport';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { useOpenProject } from '../project/OpenProjectContext';
import { fileNameOf, folderOf } from './bundlePath';
import { JobProgressBar } from './JobProgressBar';
import { SavedFile } from './SavedFile';
import { useJob } from './useJob';
import '../start/start.css';
import './sharing.css';

const FORMATS: MapExportFormat[] = ['pdf', 'png', 'svg', 'csv', 'md'];
const PAPERS = ['a4', 'a3', 'a2'] as const;
type Paper = (typeof PAPERS)[number];

/**
 * "Export map": a PDF for the print shop (A4 to A2, tiled when the map needs it), a picture, or
 * the grid as a table, written beside the project unless the user types another place.
 */
export function MapExportDialog({ mapId, mapName, onClose }: { mapId: string; mapName: string; onClose(): void }) {
  const t = useT();
  const id = useId();
  const project = useOpenProject();
  const job = useJob();
  const [format, setFormat] = useState<MapExportFormat>('pdf');
  const [paper, setPaper] = useState<Paper>('a3');
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<MapExported | null>(null);
  // Until the user types a path of their own, it follows the chosen format.
  const path = typed ?? `${folderOf(project.path)}${fileNameOf(mapName)}.${format}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const out = path.trim();
    if (!out) return setError(t('share.pathEmpty'));
    setError(null);
    try {
      setDone(await job.run('map.export', { project: project.path, mapId, format, paper, out }));
    } catch (err) {
      setError(errorText(err, t));
    }
  };

  return (
    <Dialog title={t('mapExport.title')} closeLabel={t('common.close')} onClose={onClose}>
      <ErrorAlert title={t('mapExport.failed')} message={error} dismissLabel={t('common.dismiss')} onDismiss={() => setError(null)} />
      {done ? (
        <SavedFile title={done.pages > 1 ? t('mapExport.savedSheets', { pages: done.pages }) : t('mapExport.saved')} path={done.path} testId="map-export" onClose={onClose} />
      ) : job.running ? (
        <JobProgressBar label={t('mapExport.working')} progress={job.progress} onCancel={job.cancel} />
      ) : (
        <form className="share-form" onSubmit={(e) => void submit(e)}>
          <fieldset className="choice-group">
            <legend className="field-label">{t('mapExport.format')}</legend>
            {FORMATS.map((f) => (
              <label key={f} className="choice">
                <input type="radio" name={`${id}-format`} value={f} checked={format === f} data-testid={`map-export-${f}`} onChange={() => setFormat(f)} />
                <span>
                  <strong>{t(`mapExport.format.${f}`)}</strong>
                  <span className="share-hint">{t(`mapExport.formatHint.${f}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {format === 'pdf' && (
            <label className="field-label">
              {t('mapExport.paper')}
              <select className="input" value={paper} data-testid="map-export-paper" onChange={(e) => setPaper(e.target.value as Paper)}>
                {PAPERS.map((p) => (
                  <option key={p} value={p}>
                    {t(`mapExport.paper.${p}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label htmlFor={`${id}-path`} className="field-label">
            {t('mapExport.pathLabel')}
          </label>
          <input id={`${id}-path`} className="input" value={path} spellCheck={false} autoComplete="off" data-testid="map-export-path-input" onChange={(e) => setTyped(e.target.value)} />
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" data-testid="map-export-submit">
              <Icon name="share" />
              {t('mapExport.export')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { translate } from '../../../shared/i18n/translate';
import type { MapExportFormat, MapExported } from '../../../shared/schema/mapExport';
import { AppFailure } from '../appFailure';
import { publishFile } from '../bundle/publishFile';
import { readProjectFile } from '../store/inspectProjectFile';
import { projectLang } from '../store/projectMeta';
import { mapDrawing } from './mapDrawing';
import { mapCsv, mapMarkdown } from './mapGridText';
import { writeMapPdf, type Paper } from './mapPdf';
import { mapSvg } from './mapSvg';
import { createMeasure } from './printFonts';
import { readMapModel } from './readMapModel';

export interface MapExportJob {
  project: string;
  mapId: string;
  format: MapExportFormat;
  paper: Paper;
  out: string;
  /** An empty folder beside `out`, the caller's to remove. */
  work: string;
  nativeBinding?: string | undefined;
}

/** A PNG wider than this would be a poster no screen or printer needs, and memory a worker should not use. */
const MAX_PNG_PIXELS = 8000;

/** Writes one map of a project (open or not; it is only read) in `format`, drawn from its data. */
export async function exportMap(job: MapExportJob): Promise<MapExported> {
  const read = readProjectFile(job.project, { needWrite: false, quickCheck: false, nativeBinding: job.nativeBinding }, (db) => ({
    map: readMapModel(db, job.mapId),
    lang: projectLang(db),
  }));
  if (!read.map) throw new AppFailure('not_found', { what: 'journey.map' });
  const { map, lang } = read;
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const partial = join(job.work, `${basename(job.out)}.partial`);
  let pages = 1;
  if (job.format === 'csv') writeFileSync(partial, mapCsv(map, t('print.lane')), { flag: 'wx' });
  else if (job.format === 'md') writeFileSync(partial, mapMarkdown(map, { lane: t('print.lane'), goal: t('report.goal') }), { flag: 'wx' });
  else {
    const measure = createMeasure();
    const drawing = mapDrawing(map, measure, { goal: t('report.goal') });
    if (job.format === 'svg') writeFileSync(partial, mapSvg(drawing, measure, { title: map.name }), { flag: 'wx' });
    else if (job.format === 'png') {
      const density = Math.min(144, (72 * MAX_PNG_PIXELS) / drawing.width);
      await sharp(Buffer.from(mapSvg(drawing, measure, { textAsPaths: true })), { density }).png().toFile(partial);
    } else {
      pages = (
        await writeMapPdf(drawing, job.paper, partial, {
          title: map.name,
          page: (n, of, row, column) => t('print.page', { n, of, row, column }),
        })
      ).pages;
    }
  }
  publishFile(partial, job.out);
  return { path: job.out, format: job.format, pages };
}

import { join } from 'node:path';
import { startBrowserStudio, type BrowserStudio } from '../../main/host/startBrowserStudio';

/**
 * The built browser studio (npm run build first) serving `project`, with its settings kept in
 * the benchmark's folder, for measurements in Chromium.
 */
export async function benchStudio(dir: string, project: string): Promise<BrowserStudio> {
  process.env.JOURNEY_STUDIO_HOME = join(dir, 'browser-home');
  return startBrowserStudio({
    open: false,
    port: 0,
    project,
    lang: 'pl',
    rendererDir: join(process.cwd(), 'out', 'renderer'),
    log: () => undefined,
  });
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

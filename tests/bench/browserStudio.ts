import { join } from 'node:path';
import { startHost } from '../e2e/studioHost';

export interface BenchStudio {
  /** The studio's link, token included. */
  url: string;
  close(): Promise<void>;
}

/**
 * The built browser studio (npm run build first) serving `project`, in a process of its own as
 * a user runs it, with its settings kept in the benchmark's folder. In this process its requests
 * would queue behind the test driver's handling of the browser's protocol messages.
 */
export async function benchStudio(dir: string, project: string): Promise<BenchStudio> {
  const host = await startHost({ home: join(dir, 'browser-home'), project, lang: 'pl' });
  return { url: host.url, close: () => host.stop() };
}

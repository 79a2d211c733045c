import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { ProjectScreen } from './pages/ProjectScreen';
import { StartScreen } from './pages/StartScreen';
import { startHost, type RunningHost } from './studioHost';

export interface StudioOptions {
  lang: 'pl' | 'en' | undefined;
  project: string | undefined;
}

export interface Studio {
  /** A fresh temporary directory for this test; the studio's home is `<dir>/home`. */
  dir: string;
  home: string;
  /** The current host; replaced by restart(). */
  host: RunningHost;
  /** Kills the host and starts it again on the same home: a new port and a new token. */
  restart(): Promise<RunningHost>;
}

export const test = base.extend<
  { studio: Studio; startScreen: StartScreen; projectScreen: ProjectScreen } & { studioOptions: StudioOptions }
>({
  // English unless a test asks otherwise, so labels do not depend on the machine's locale.
  studioOptions: [{ lang: 'en', project: undefined }, { option: true }],

  studio: async ({ studioOptions }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'journey-e2e-'));
    const home = join(dir, 'home');
    mkdirSync(home, { recursive: true });
    const launch = () =>
      startHost({
        home,
        ...(studioOptions.lang ? { lang: studioOptions.lang } : {}),
        ...(studioOptions.project ? { project: studioOptions.project } : {}),
      });
    const studio: Studio = {
      dir,
      home,
      host: await launch(),
      async restart() {
        await studio.host.stop();
        studio.host = await launch();
        return studio.host;
      },
    };
    try {
      await use(studio);
    } finally {
      await studio.host.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },

  startScreen: async ({ page }, use) => use(new StartScreen(page)),
  projectScreen: async ({ page }, use) => use(new ProjectScreen(page)),
});

export { expect };

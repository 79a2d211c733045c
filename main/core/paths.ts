import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface StudioPaths {
  /** settings.json and the recent-projects list */
  configDir: string;
  /** where new projects and the sample go unless the user picks another place */
  projectsDir: string;
}

/**
 * JOURNEY_STUDIO_HOME puts both folders under one directory, which keeps a test run or a
 * portable install away from the user's real settings.
 */
export function defaultPaths(env: NodeJS.ProcessEnv = process.env, platform = process.platform): StudioPaths {
  const home = env.JOURNEY_STUDIO_HOME;
  if (home) return { configDir: join(home, 'config'), projectsDir: join(home, 'projects') };
  const user = homedir();
  const configDir =
    platform === 'win32'
      ? join(env.APPDATA ?? join(user, 'AppData', 'Roaming'), 'Journey Studio')
      : platform === 'darwin'
        ? join(user, 'Library', 'Application Support', 'Journey Studio')
        : join(env.XDG_CONFIG_HOME ?? join(user, '.config'), 'journey-studio');
  const documents = join(user, 'Documents');
  const projectsDir = join(existsSync(documents) ? documents : user, 'Journey Studio');
  return { configDir, projectsDir };
}

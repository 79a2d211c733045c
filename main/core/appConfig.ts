import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Lang } from '../../shared/schema/common';
import { RecentProject, Settings } from '../../shared/schema/project';
import { writeFileAtomic } from './writeFileAtomic';
import { projectNameOf } from './store/projectSession';

const MAX_RECENT = 12;
const StoredRecent = z.array(RecentProject.omit({ exists: true })).max(100);
// Built once: the core asks for the settings at every operation, and building a schema costs more than reading the file.
const StoredSettings = Settings.partial();

/** Per-user settings and the recent-projects list, kept as small JSON files in the config folder. */
export class AppConfig {
  /** The file as last read, known by its inode and change time: every operation asks for the settings. */
  private readonly cache = new Map<string, { stamp: string; value: unknown }>();

  constructor(
    private readonly dir: string,
    private readonly defaultLang: Lang,
  ) {}

  private read<T>(file: string, schema: z.ZodType<T>, fallback: T): T {
    const path = join(this.dir, file);
    // Written by rename, so a change is a new inode; another studio or the CLI may write it too.
    const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (!stat) return fallback;
    const stamp = `${stat.ino}:${stat.ctimeNs}:${stat.size}`;
    const cached = this.cache.get(file);
    if (cached?.stamp === stamp) return cached.value as T;
    let value = fallback;
    try {
      const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success) value = parsed.data;
    } catch {
      // Unreadable or not JSON: the defaults stand.
    }
    this.cache.set(file, { stamp, value });
    return value;
  }

  private write(file: string, value: unknown): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(join(this.dir, file), JSON.stringify(value, null, 2));
  }

  settings(): Settings {
    const fallback: Settings = { lang: this.defaultLang, theme: 'system' };
    return { ...fallback, ...this.read('settings.json', StoredSettings, {}) };
  }

  updateSettings(patch: Partial<Settings>): Settings {
    const next = { ...this.settings(), ...patch };
    this.write('settings.json', next);
    return next;
  }

  recent(): RecentProject[] {
    return this.read('recent.json', StoredRecent, []).map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  remember(path: string): void {
    const rest = this.read('recent.json', StoredRecent, []).filter((r) => r.path !== path);
    this.write('recent.json', [{ path, name: projectNameOf(path), openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT));
  }

  forget(path: string): RecentProject[] {
    this.write('recent.json', this.read('recent.json', StoredRecent, []).filter((r) => r.path !== path));
    return this.recent();
  }
}

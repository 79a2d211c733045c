import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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
  /** Each file's text as last read and what it parsed to: every operation asks for the settings. */
  private readonly cache = new Map<string, { text: string; value: unknown }>();

  constructor(
    private readonly dir: string,
    private readonly defaultLang: Lang,
  ) {}

  private read<T>(file: string, schema: z.ZodType<T>, fallback: T): T {
    let text: string;
    try {
      text = readFileSync(join(this.dir, file), 'utf8');
    } catch {
      return fallback;
    }
    // Another studio or the CLI may have written it: the text decides, not the file's dates, which
    // are too coarse for two writes in a row. Parsing and validating are what the cache spares.
    const cached = this.cache.get(file);
    if (cached?.text === text) return cached.value as T;
    let value = fallback;
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      if (parsed.success) value = parsed.data;
    } catch {
      // Not JSON: the defaults stand.
    }
    this.cache.set(file, { text, value });
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

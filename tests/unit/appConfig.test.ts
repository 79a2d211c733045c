import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppConfig } from '../../main/core/appConfig';
import { writeFileAtomic } from '../../main/core/writeFileAtomic';

describe('the settings, read at every operation', () => {
  it('follow a change made by another studio or the CLI, whether the file is replaced or rewritten in place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    const config = new AppConfig(dir, 'en');
    expect(config.settings().lang).toBe('en');
    config.updateSettings({ lang: 'pl' });
    expect(config.settings().lang).toBe('pl');
    const other = new AppConfig(dir, 'en');
    other.updateSettings({ lang: 'en' });
    expect(config.settings().lang).toBe('en');
    writeFileAtomic(join(dir, 'settings.json'), JSON.stringify({ lang: 'pl', theme: 'dark' }));
    expect(config.settings()).toEqual({ lang: 'pl', theme: 'dark' });
    // Written in place by hand, not replaced.
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ lang: 'en', theme: 'light' }));
    expect(config.settings()).toEqual({ lang: 'en', theme: 'light' });
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ lang: 'pl' }));
    expect(config.settings().lang).toBe('pl');
    // The same length, within the same clock tick: only the text tells them apart.
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ lang: 'en' }));
    expect(config.settings().lang).toBe('en');
    writeFileSync(join(dir, 'settings.json'), 'not json');
    expect(config.settings().lang).toBe('en');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameCollator } from '../../shared/i18n/collate';
import { catalogues, langFromLocale, translate } from '../../shared/i18n/translate';
import { errorCodes } from '../../shared/result';

describe('message catalogues', () => {
  it('Polish and English have exactly the same keys, none empty', () => {
    expect(Object.keys(catalogues.pl).sort()).toEqual(Object.keys(catalogues.en).sort());
    for (const lang of ['pl', 'en'] as const) for (const [k, v] of Object.entries(catalogues[lang])) expect(v.trim(), k).not.toBe('');
  });

  it('has a message for every error code in both languages', () => {
    for (const code of errorCodes) {
      expect(catalogues.en[`error.${code}`], code).toBeDefined();
      expect(catalogues.pl[`error.${code}`], code).toBeDefined();
    }
  });

  it('has a message for every error detail the core raises and every schema message key', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const details = files('main/core').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:details: |bundleRefused\([^,()]+, )'([a-zA-Z]+\.[a-zA-Z0-9]+)'/g)].map((m) => m[1]!));
    const schemaKeys = files('shared/schema').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'([a-z0-9]+(?:_[a-z0-9]+)+)'\)/g)].map((m) => `validation.${m[1]}`));
    expect(details.length).toBeGreaterThan(5);
    expect(schemaKeys.length).toBeGreaterThan(10);
    for (const key of [...details, ...schemaKeys]) {
      expect(catalogues.en[key], key).toBeDefined();
      expect(catalogues.pl[key], key).toBeDefined();
    }
  });

  it('formats Polish plurals', () => {
    expect(translate('pl', 'cli.checkProblems', { path: 'a', count: 1 })).toBe('a: 1 problem');
    expect(translate('pl', 'cli.checkProblems', { path: 'a', count: 3 })).toBe('a: 3 problemy');
    expect(translate('pl', 'cli.checkProblems', { path: 'a', count: 5 })).toBe('a: 5 problemów');
  });

  it('picks the language from an OS locale', () => {
    expect(langFromLocale('pl_PL.UTF-8')).toBe('pl');
    expect(langFromLocale('pl-PL')).toBe('pl');
    expect(langFromLocale('en_GB')).toBe('en');
    expect(langFromLocale('plt')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });

  it('sorts names the Polish way', () => {
    expect(['Łukasz', 'Lucyna', 'Zenon', 'Ludwik'].sort(nameCollator('pl').compare)).toEqual(['Lucyna', 'Ludwik', 'Łukasz', 'Zenon']);
  });
});

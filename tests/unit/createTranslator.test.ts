import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { createTranslator, type MessageValues } from '../../shared/i18n/createTranslator';
import { catalogues } from '../../shared/i18n/translate';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** A value for every argument of a message, of the kind its ICU syntax asks for. */
function valuesFor(elements: Element[], values: MessageValues = {}): MessageValues {
  for (const e of elements) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag (intl-messageformat's TYPE)
    if (e.type === 1) values[e.value!] = 'Łódź <b>"x"</b> {y}';
    if (e.type === 2 || e.type === 6) values[e.value!] = 1234.5;
    if (e.type === 3 || e.type === 4) values[e.value!] = new Date('2026-03-07T09:05:00Z');
    if (e.type === 5) values[e.value!] = 'other';
    for (const option of Object.values(e.options ?? {})) valuesFor(option.value, values);
    valuesFor(e.children ?? [], values);
  }
  return values;
}

describe('createTranslator', () => {
  it('formats every catalogue message exactly as the ICU formatter does', () => {
    let direct = 0;
    for (const lang of ['pl', 'en'] as const) {
      const t = createTranslator(lang, catalogues[lang]);
      for (const [key, source] of Object.entries(catalogues[lang])) {
        const icu = new IntlMessageFormat(source, lang, undefined, { ignoreTag: true });
        const values = valuesFor(icu.getAst() as Element[]);
        expect(t(key, values), `${lang} ${key}`).toBe(String(icu.format(values)));
        if (!/[{}']/.test(source)) direct++;
      }
    }
    // Most of the studio's texts are plain; the comparison above covers them and the rest.
    expect(direct).toBeGreaterThan(200);
  });

  it('keeps ICU meaning where the direct path would differ', () => {
    const t = createTranslator('pl', {
      count: 'Razem {n}',
      quoted: "Nawias '{'dosłownie'}' {name}",
      plural: '{n, plural, one {# wywiad} few {# wywiady} many {# wywiadów} other {# wywiadu}}',
      stray: 'Zamknięcie } bez otwarcia {name}',
    });
    expect(t('count', { n: 12345 })).toBe(new IntlMessageFormat('Razem {n}', 'pl').format({ n: 12345 }));
    expect(t('count', { n: 'dwa' })).toBe('Razem dwa');
    expect(t('quoted', { name: 'x' })).toBe('Nawias {dosłownie} x');
    expect(t('plural', { n: 5 })).toBe('5 wywiadów');
    expect(t('stray', { name: 'x' })).toBe(new IntlMessageFormat('Zamknięcie } bez otwarcia {name}', 'pl').format({ name: 'x' }));
  });

  it('falls back to the fallback catalogue, then to the key', () => {
    const t = createTranslator('pl', { a: 'A' }, { b: 'B {x}' });
    expect(t('a')).toBe('A');
    expect(t('b', { x: 'y' })).toBe('B y');
    expect(t('c')).toBe('c');
  });

  it('answers the message itself when a value it needs is missing, instead of throwing', () => {
    const t = createTranslator('en', { locked: 'Open elsewhere. {canTakeOver, select, yes {Take it over.} other {Close it there.}}' });
    expect(() => t('locked')).not.toThrow();
    expect(t('locked')).toContain('Open elsewhere.');
    expect(t('locked', { canTakeOver: 'yes' })).toBe('Open elsewhere. Take it over.');
  });
});

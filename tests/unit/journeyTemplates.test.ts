import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/journey/channels';
import { defaultLanes, journeyTemplates } from '../../shared/journey/journeyTemplates';
import { journeyStudio, newMap } from './support/journeyStudio';

/** The stage names exactly as the product brief gives them. */
const expected: Record<string, { pl: string[]; en: string[] }> = {
  'five-stages': {
    pl: ['Świadomość', 'Rozważanie', 'Decyzja', 'Zakup i doświadczenie', 'Lojalność i rekomendacje'],
    en: ['Awareness', 'Consideration', 'Decision', 'Purchase & experience', 'Loyalty & advocacy'],
  },
  'eight-steps': {
    pl: ['Poszukiwanie informacji', 'Porównanie ofert', 'Podjęcie decyzji', 'Otrzymanie produktu', 'Ocena', 'Obsługa klienta', 'Retencja', 'Rekomendacja'],
    en: ['Information search', 'Comparing offers', 'Decision', 'Receiving the product', 'Evaluation', 'Customer service', 'Retention', 'Recommendation'],
  },
  'three-stages': {
    pl: ['Rozpoznanie potrzeby', 'Rozpatrzenie oferty', 'Decyzja'],
    en: ['Need recognition', 'Considering the offer', 'Decision'],
  },
  'service-lifecycle': {
    pl: ['Świadomość', 'Rozważanie', 'Zakup', 'Wdrożenie', 'Użytkowanie', 'Obsługa posprzedażowa', 'Lojalność'],
    en: ['Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Usage', 'After-sales support', 'Loyalty'],
  },
  'e-commerce': {
    pl: ['Pierwszy kontakt', 'Badanie potrzeb', 'Wybór kanału zakupowego', 'Decyzja zakupowa', 'Doświadczenie zakupowe', 'Powtórne zakupy', 'Opinie i rekomendacje'],
    en: ['First contact', 'Researching needs', 'Choosing a channel', 'Purchase decision', 'Shopping experience', 'Repeat purchase', 'Reviews & recommendations'],
  },
};

const laneKinds = ['actions', 'thoughts', 'emotions', 'needs', 'touchpoints', 'channels', 'pains', 'opportunities', 'kpis', 'owner'];

describe('journey templates', () => {
  it('the shared data has every template of the brief, and unique channel ids', () => {
    expect(journeyTemplates.map((t) => t.id).sort()).toEqual(Object.keys(expected).sort());
    expect(defaultLanes.map((l) => l.kind)).toEqual(laneKinds);
    expect(new Set(channels.map((c) => c.id)).size).toBe(channels.length);
    for (const c of channels) expect(c.pl && c.en).toBeTruthy();
  });

  it('creates a map from each template in Polish and English, with the default lanes in order', async () => {
    const { studio, personaId } = await journeyStudio();
    for (const [template, names] of Object.entries(expected)) {
      for (const lang of ['pl', 'en'] as const) {
        const map = await newMap(studio, { name: `${template} ${lang}`, template, lang, personaIds: [personaId] });
        expect(map.stages.map((s) => s.name), `${template} ${lang}`).toEqual(names[lang]);
        expect(map.stages.map((s) => s.position)).toEqual(names[lang].map((_, i) => i));
        expect(map.lanes.map((l) => l.kind)).toEqual(laneKinds);
        expect(map.lanes.map((l) => l.name)).toEqual(defaultLanes.map((l) => l[lang]));
        expect(map.lanes.every((l) => !l.hidden)).toBe(true);
        expect(map).toMatchObject({ template, lang, state: 'current', scale: 5, personaIds: [personaId], sourceMapId: null });
      }
    }
    const list = await studio.ok('journey.list', {});
    expect(list).toHaveLength(10);
    expect(list[0]).toMatchObject({ name: 'five-stages pl', stageCount: 5, itemCount: 0 });
  });

  it('an empty map has the default lanes and no stages; the language defaults to the studio language', async () => {
    const { studio } = await journeyStudio('pl');
    const map = await newMap(studio, { name: 'Pusta', goal: '  Zapis na newsletter  ' });
    expect(map.stages).toEqual([]);
    expect(map.lang).toBe('pl');
    expect(map.goal).toBe('Zapis na newsletter');
    expect(map.lanes[0]?.name).toBe('Działania');
  });

  it('refuses an unknown template and an unknown persona', async () => {
    const { studio } = await journeyStudio();
    const bad = await studio.call('journey.create', { name: 'X', template: 'seven-stages' });
    expect(bad.ok || bad.error.code).toBe('invalid_input');
    const missing = await studio.call('journey.create', { name: 'X', personaIds: ['0b6e1c1e-9a6f-4d55-9f0e-3c1f1f0b8a01'] });
    expect(missing.ok || missing.error.code).toBe('not_found');
    expect(await studio.ok('journey.list', {})).toEqual([]);
  });
});

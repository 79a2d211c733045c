/**
 * The journey templates of the product brief, with the default lanes every template map starts with.
 * Pure data: the core builds maps from it and the UI shows the same names in its template picker.
 */

export const laneKinds = [
  'actions',
  'thoughts',
  'emotions',
  'needs',
  'touchpoints',
  'channels',
  'pains',
  'opportunities',
  'kpis',
  'owner',
  'custom',
] as const;
export type LaneKind = (typeof laneKinds)[number];

export interface Translated {
  pl: string;
  en: string;
}

export const defaultLanes: readonly ({ kind: Exclude<LaneKind, 'custom'> } & Translated)[] = [
  { kind: 'actions', pl: 'Działania', en: 'Actions' },
  { kind: 'thoughts', pl: 'Myśli i pytania', en: 'Thoughts & questions' },
  { kind: 'emotions', pl: 'Emocje', en: 'Emotions' },
  { kind: 'needs', pl: 'Potrzeby i oczekiwania', en: 'Needs & expectations' },
  { kind: 'touchpoints', pl: 'Punkty styku', en: 'Touchpoints' },
  { kind: 'channels', pl: 'Kanały', en: 'Channels' },
  { kind: 'pains', pl: 'Bariery i frustracje', en: 'Pains & barriers' },
  { kind: 'opportunities', pl: 'Szanse i pomysły', en: 'Opportunities' },
  { kind: 'kpis', pl: 'KPI', en: 'KPIs' },
  { kind: 'owner', pl: 'Właściciel', en: 'Owner' },
];

export const templateIds = ['five-stages', 'eight-steps', 'three-stages', 'service-lifecycle', 'e-commerce'] as const;
export type TemplateId = (typeof templateIds)[number];

export interface JourneyTemplate {
  id: TemplateId;
  name: Translated;
  stages: readonly Translated[];
}

const stages = (pairs: readonly (readonly [string, string])[]): Translated[] => pairs.map(([pl, en]) => ({ pl, en }));

export const journeyTemplates: readonly JourneyTemplate[] = [
  {
    id: 'five-stages',
    name: { pl: 'Pięć etapów', en: 'Five stages' },
    stages: stages([
      ['Świadomość', 'Awareness'],
      ['Rozważanie', 'Consideration'],
      ['Decyzja', 'Decision'],
      ['Zakup i doświadczenie', 'Purchase & experience'],
      ['Lojalność i rekomendacje', 'Loyalty & advocacy'],
    ]),
  },
  {
    id: 'eight-steps',
    name: { pl: 'Osiem kroków', en: 'Eight steps' },
    stages: stages([
      ['Poszukiwanie informacji', 'Information search'],
      ['Porównanie ofert', 'Comparing offers'],
      ['Podjęcie decyzji', 'Decision'],
      ['Otrzymanie produktu', 'Receiving the product'],
      ['Ocena', 'Evaluation'],
      ['Obsługa klienta', 'Customer service'],
      ['Retencja', 'Retention'],
      ['Rekomendacja', 'Recommendation'],
    ]),
  },
  {
    id: 'three-stages',
    name: { pl: 'Trzy etapy', en: 'Three stages' },
    stages: stages([
      ['Rozpoznanie potrzeby', 'Need recognition'],
      ['Rozpatrzenie oferty', 'Considering the offer'],
      ['Decyzja', 'Decision'],
    ]),
  },
  {
    id: 'service-lifecycle',
    name: { pl: 'Cykl życia usługi', en: 'Service lifecycle' },
    stages: stages([
      ['Świadomość', 'Awareness'],
      ['Rozważanie', 'Consideration'],
      ['Zakup', 'Purchase'],
      ['Wdrożenie', 'Onboarding'],
      ['Użytkowanie', 'Usage'],
      ['Obsługa posprzedażowa', 'After-sales support'],
      ['Lojalność', 'Loyalty'],
    ]),
  },
  {
    id: 'e-commerce',
    name: { pl: 'E-commerce', en: 'E-commerce' },
    stages: stages([
      ['Pierwszy kontakt', 'First contact'],
      ['Badanie potrzeb', 'Researching needs'],
      ['Wybór kanału zakupowego', 'Choosing a channel'],
      ['Decyzja zakupowa', 'Purchase decision'],
      ['Doświadczenie zakupowe', 'Shopping experience'],
      ['Powtórne zakupy', 'Repeat purchase'],
      ['Opinie i rekomendacje', 'Reviews & recommendations'],
    ]),
  },
];

export function journeyTemplate(id: TemplateId): JourneyTemplate {
  const found = journeyTemplates.find((t) => t.id === id);
  if (!found) throw new Error(`unknown journey template ${id}`);
  return found;
}

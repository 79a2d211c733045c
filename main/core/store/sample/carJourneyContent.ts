import type { ChannelId } from '../../../../shared/journey/channels';
import type { LaneKind } from '../../../../shared/journey/journeyTemplates';

type T = { pl: string; en: string };

/** Marked runs in the sample interview: [text] plain, [text, tagIndex] a highlight with that tag. */
export type SampleRun = [T] | [T, number];

export const sampleTags: T[] = [
  { pl: 'Cena', en: 'Price' },
  { pl: 'Jazda próbna', en: 'Test drive' },
];

export const sampleInterview = {
  title: { pl: 'Anna — wizyta w salonie', en: 'Anna — showroom visit' },
  participant: 'P01',
  startedAt: '2026-10-03T10:00',
  durationMin: 40,
  place: { pl: 'Salon w Łodzi', en: 'Showroom in Łódź' },
  paragraphs: [
    [[{ pl: 'Anna szuka pierwszego samochodu dla rodziny. Zaczęła od porównywarek cen i forum.', en: 'Anna is looking for her first family car. She started with price comparison sites and a forum.' }]],
    [
      [{ pl: 'O finansowaniu mówi: ', en: 'On financing she says: ' }],
      [{ pl: 'rata musi się zmieścić w budżecie, inaczej rezygnuję', en: 'the instalment has to fit our budget, otherwise I walk away' }, 0],
      [{ pl: '. Źródłem niepewności są ukryte koszty.', en: '. Hidden costs are the source of her doubt.' }],
    ],
    [
      [{ pl: 'Decyzję przesądziła ', en: 'What decided it was ' }],
      [{ pl: 'jazda próbna w sobotę, bez pośpiechu', en: 'a Saturday test drive, without any rush' }, 1],
      [{ pl: '.', en: '.' }],
    ],
  ] as SampleRun[][],
};

export interface SampleItem {
  stage: number;
  lane: LaneKind;
  text: T;
  channelId?: ChannelId;
  kpi?: { metric: 'csat' | 'nps' | 'crr' | 'conversion'; target: number; actual: number };
  /** index of the sample highlight this sticky cites */
  cites?: number;
}

/** The car-buying journey of the product brief: awareness, research and prices, test drive, purchase, recommendation. */
export const sampleMap = {
  name: { pl: 'Zakup samochodu', en: 'Buying a car' },
  goal: { pl: 'Kupić pierwszy rodzinny samochód', en: 'Buy a first family car' },
  stages: [
    { pl: 'Świadomość', en: 'Awareness' },
    { pl: 'Badanie i porównanie cen', en: 'Research and price comparison' },
    { pl: 'Jazda próbna', en: 'Test drive' },
    { pl: 'Zakup', en: 'Purchase' },
    { pl: 'Rekomendacja', en: 'Recommendation' },
  ],
  /** per persona (first, second), one score per stage on the −5..+5 scale */
  emotions: [
    [2, -1, 4, -3, 3],
    [1, 0, 2, -4, 1],
  ],
  items: [
    { stage: 0, lane: 'actions', text: { pl: 'Widzi reklamę nowego modelu', en: 'Sees an ad for the new model' } },
    { stage: 0, lane: 'channels', text: { pl: 'Reklama w mediach społecznościowych', en: 'Social media ad' }, channelId: 'social' },
    { stage: 1, lane: 'actions', text: { pl: 'Porównuje ceny i raty w internecie', en: 'Compares prices and instalments online' } },
    { stage: 1, lane: 'thoughts', text: { pl: 'Czy rata zmieści się w budżecie?', en: 'Will the instalment fit our budget?' }, cites: 0 },
    { stage: 1, lane: 'pains', text: { pl: 'Ukryte koszty finansowania', en: 'Hidden financing costs' }, cites: 0 },
    { stage: 2, lane: 'actions', text: { pl: 'Umawia jazdę próbną na sobotę', en: 'Books a Saturday test drive' }, cites: 1 },
    { stage: 2, lane: 'touchpoints', text: { pl: 'Salon i doradca', en: 'Showroom and advisor' }, channelId: 'store' },
    { stage: 3, lane: 'pains', text: { pl: 'Długie oczekiwanie na umowę', en: 'Long wait for the contract' } },
    { stage: 3, lane: 'opportunities', text: { pl: 'Kalkulator raty przy umowie', en: 'Instalment calculator at signing' } },
    { stage: 3, lane: 'kpis', text: { pl: 'Konwersja z jazdy próbnej', en: 'Test drive conversion' }, kpi: { metric: 'conversion', target: 35, actual: 22 } },
    { stage: 4, lane: 'channels', text: { pl: 'Poleca salon znajomym', en: 'Recommends the showroom to friends' }, channelId: 'word-of-mouth' },
    { stage: 4, lane: 'kpis', text: { pl: 'NPS po zakupie', en: 'NPS after purchase' }, kpi: { metric: 'nps', target: 50, actual: 41 } },
  ] as SampleItem[],
};

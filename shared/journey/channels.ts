import type { Translated } from './journeyTemplates';

/** The omnichannel list of the product brief. Ids are stored in project files: never rename one. */
export const channelIds = [
  'store',
  'phone',
  'mail-catalogue',
  'email',
  'website',
  'forum-blog',
  'social',
  'sms',
  'click-collect',
  'qr-code',
  'ads',
  'search',
  'word-of-mouth',
] as const;
export type ChannelId = (typeof channelIds)[number];

export const channels: readonly ({ id: ChannelId } & Translated)[] = [
  { id: 'store', pl: 'Sklep stacjonarny', en: 'Physical store' },
  { id: 'phone', pl: 'Telefon / cold call', en: 'Phone / cold call' },
  { id: 'mail-catalogue', pl: 'Poczta i katalog', en: 'Mail and catalogue' },
  { id: 'email', pl: 'Kampanie e-mail', en: 'E-mail campaigns' },
  { id: 'website', pl: 'Strona i marketplace', en: 'Website and marketplace' },
  { id: 'forum-blog', pl: 'Forum i blog', en: 'Forum and blog' },
  { id: 'social', pl: 'Media społecznościowe', en: 'Social networks' },
  { id: 'sms', pl: 'Wiadomości i SMS', en: 'Messages and SMS' },
  { id: 'click-collect', pl: 'Click & collect', en: 'Click & collect' },
  { id: 'qr-code', pl: 'Kod QR', en: 'QR code' },
  { id: 'ads', pl: 'Reklamy', en: 'Ads' },
  { id: 'search', pl: 'Wyniki wyszukiwania', en: 'Search results' },
  { id: 'word-of-mouth', pl: 'Polecenia znajomych', en: 'Recommendations from friends' },
];

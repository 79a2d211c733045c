import type { Lang } from '../schema/common';

/** Locale-aware name order: in Polish "Łukasz" sorts after "Lucyna", digits compare as numbers. */
export const nameCollator = (lang: Lang) => new Intl.Collator(lang, { sensitivity: 'base', numeric: true });

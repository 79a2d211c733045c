import type { Database } from 'better-sqlite3';
import type { Lang } from '../../../shared/schema/common';
import { translate } from '../../../shared/i18n/translate';
import { createPersona } from './personaStore';

/** The sample project: the car-buying journey of the product brief, in the chosen language. */
export function seedSample(db: Database, lang: Lang): void {
  createPersona(db, translate(lang, 'sample.persona1'));
  createPersona(db, translate(lang, 'sample.persona2'));
}

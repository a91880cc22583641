import { loadContentCatalog, type Params } from '../../src/content/contentCatalog';
import { loadProgramProfile } from '../../src/profile/programProfile';
import { textParams } from '../../src/rendering/textParams';

/** Expected wording comes from the content files, never from strings copied into tests. */
export const catalog = loadContentCatalog();
export const profile = loadProgramProfile('content/program-profile.json');

export function en(key: string, extra: Params = {}): string {
  return catalog.text('en', key, { ...textParams(profile, catalog, 'en'), ...extra });
}
export function es(key: string, extra: Params = {}): string {
  return catalog.text('es', key, { ...textParams(profile, catalog, 'es'), ...extra });
}
export const choice = (id: string, locale: 'en' | 'es' = 'en') => catalog.choice(locale, id);

/** A Monday morning in the program's time zone (09:00 America/New_York). */
export const mondayMorning = () => new Date('2026-11-23T14:00:00Z');

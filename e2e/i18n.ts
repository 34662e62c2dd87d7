// The app's own catalogues: locators use the same words the user sees (docs/style.md §11).
export { en, ko } from '../apps/web/src/i18n/catalogues';

/** Fills {{placeholders}} the way i18next does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
}

import type { TFunction } from 'i18next';

/**
 * What an access-log row read or changed, in the reader's language, from the operation the API
 * recorded ('query OpenHousehold: household,consents'): its root fields, named as the app names
 * them ('가구 정보, 정보제공 동의'), never the GraphQL names.
 */
export function accessSubject(t: TFunction, operation: string, detail: string | null): string {
  if (detail?.startsWith('accessLog')) {
    const filter = detail.slice('accessLog'.length).trim();
    return filter ? t('accessLog.viewing', { filter }) : t('accessLog.viewingAll');
  }
  const fields = operation.split(': ')[1]?.split(',').filter(Boolean) ?? [];
  const names = [
    ...new Set(fields.map((f) => t(`accessLog.subjects.${f}`, { defaultValue: '' }) || t('accessLog.other'))),
  ];
  return names.length ? names.join(', ') : t('accessLog.other');
}

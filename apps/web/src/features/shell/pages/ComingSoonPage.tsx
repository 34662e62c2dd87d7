import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';

/** A capability of docs/design.md that is not built yet: say what it will do, show no data. */
export function ComingSoonPage({ feature }: { feature: string }) {
  const { t } = useTranslation();
  const title = t(`shell.nav.${feature}`);
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="tag-line">
        <span className="tag">{t('shell.comingSoon.status')}</span> {t('shell.comingSoon.body')}
      </p>
      <p>{t(`shell.comingSoon.${feature}`)}</p>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { DirectorySearch } from '../components/DirectorySearch';
import { PublicLayout } from '../components/PublicLayout';

/** 복지샘: anyone searches the welfare resources of every agency, without an account. */
export function DirectoryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('directory.title'));
  return (
    <PublicLayout>
      <h1>{t('directory.title')}</h1>
      <p>{t('directory.intro')}</p>
      <DirectorySearch basePath="/directory" />
    </PublicLayout>
  );
}

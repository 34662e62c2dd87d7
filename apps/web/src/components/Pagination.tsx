import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function Pagination({ page, hasPrevious, hasNext, onPrevious, onNext }: Props) {
  const { t } = useTranslation();
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <button type="button" onClick={onPrevious} disabled={!hasPrevious}>
        {t('common.previous')}
      </button>
      <span>{t('common.pageInfo', { page })}</span>
      <button type="button" onClick={onNext} disabled={!hasNext}>
        {t('common.next')}
      </button>
    </nav>
  );
}

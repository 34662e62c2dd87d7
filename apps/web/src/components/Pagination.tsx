import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  /** Known when the list's query asks for pageInfo.totalPages. */
  totalPages?: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function Pagination({ page, totalPages, hasPrevious, hasNext, onPrevious, onNext }: Props) {
  const { t } = useTranslation();
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <button type="button" onClick={onPrevious} disabled={!hasPrevious}>
        {t('common.previous')}
      </button>
      <span>
        {totalPages ? t('common.pageOf', { page, total: totalPages }) : t('common.pageInfo', { page })}
      </span>
      <button type="button" onClick={onNext} disabled={!hasNext}>
        {t('common.next')}
      </button>
    </nav>
  );
}

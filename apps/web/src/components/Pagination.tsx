import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  /** Known when the list's query asks for pageInfo.totalPages. */
  totalPages?: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** Go straight to a page (lists whose query takes `page`); the furthest page it may reach. */
  jump?: { onJump: (page: number) => void; lastPage?: number };
}

export function Pagination({ page, totalPages, hasPrevious, hasNext, onPrevious, onNext, jump }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [wanted, setWanted] = useState('');
  if (!hasPrevious && !hasNext) return null;
  const last = Math.min(totalPages ?? page, jump?.lastPage ?? Infinity);
  const canJump = Boolean(jump && totalPages && totalPages > 1);

  function submit(event: FormEvent) {
    event.preventDefault();
    const n = Number(wanted);
    if (!Number.isInteger(n) || n < 1 || n > last || n === page) return;
    setWanted('');
    jump!.onJump(n);
  }

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
      {canJump ? (
        <form className="page-jump" onSubmit={submit}>
          <label htmlFor={`${id}-page`}>{t('common.jumpTo')}</label>
          <input
            id={`${id}-page`}
            type="number"
            inputMode="numeric"
            min={1}
            max={last}
            value={wanted}
            placeholder={String(page)}
            aria-describedby={`${id}-range`}
            onChange={(e) => setWanted(e.target.value)}
          />
          <span id={`${id}-range`} className="hint">
            {t('common.jumpRange', { last })}
          </span>
          <button type="submit">{t('common.jump')}</button>
        </form>
      ) : null}
    </nav>
  );
}

import { useMemo } from 'react';
import { REFERRAL_STATUSES } from '@ieum/domain';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReferralDirection, ReferralFilter, ReferralStatus } from '../../../generated/graphql';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ReferralTable } from '../components/ReferralTable';
import { useReferrals } from '../hooks/useReferrals';

const DIRECTIONS: readonly ReferralDirection[] = ['INCOMING', 'OUTGOING'];

export function ReferralsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  useDocumentTitle(t('referrals.list.title'));

  // ?dir=OUTGOING&status=SENT&overdue=1 — the inbox by default.
  const direction: ReferralDirection = params.get('dir') === 'OUTGOING' ? 'OUTGOING' : 'INCOMING';
  const status = REFERRAL_STATUSES.includes(params.get('status') as ReferralStatus)
    ? (params.get('status') as ReferralStatus)
    : undefined;
  const overdueOnly = params.get('overdue') === '1';
  const filter = useMemo<ReferralFilter>(
    () => ({ direction, ...(status ? { status } : {}), ...(overdueOnly ? { overdue: true } : {}) }),
    [direction, status, overdueOnly],
  );
  const list = useReferrals(filter, pages.after);

  // The filters apply as they change: they only narrow the table below, nothing else moves.
  function update(change: (next: URLSearchParams) => void) {
    const next = withoutPaging(params);
    change(next);
    setParams(next);
  }

  return (
    <>
      <h1>{t('referrals.list.title')}</h1>
      <div className="segmented" role="group" aria-label={t('referrals.list.direction')}>
        {DIRECTIONS.map((d) => (
          <button
            key={d}
            type="button"
            aria-pressed={direction === d}
            className={direction === d ? 'primary' : undefined}
            onClick={() => update((next) => (d === 'OUTGOING' ? next.set('dir', d) : next.delete('dir')))}
          >
            {t(`referrals.direction.${d}`)}
          </button>
        ))}
      </div>
      <form
        className="card form filter-form"
        role="search"
        aria-label={t('referrals.list.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="referrals-status">{t('referrals.list.status')}</label>
          <select
            id="referrals-status"
            value={status ?? ''}
            onChange={(e) =>
              update((next) => (e.target.value ? next.set('status', e.target.value) : next.delete('status')))
            }
          >
            <option value="">{t('referrals.list.anyStatus')}</option>
            {REFERRAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`referrals.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox">
          <input
            id="referrals-overdue"
            type="checkbox"
            checked={overdueOnly}
            onChange={(e) =>
              update((next) => (e.target.checked ? next.set('overdue', '1') : next.delete('overdue')))
            }
          />
          <label htmlFor="referrals-overdue">{t('referrals.list.overdueOnly')}</label>
        </div>
      </form>

      <div role="status" aria-live="polite" className="status-line">
        {list.loading && list.totalCount === undefined
          ? t('common.loading')
          : list.totalCount !== undefined && !list.error
            ? t('referrals.list.total', { count: list.totalCount })
            : null}
      </div>
      {list.error ? <QueryError error={list.error} onRetry={list.retry} /> : null}
      {!list.error && list.totalCount !== undefined ? (
        list.referrals.length === 0 ? (
          <p>{t('referrals.list.empty')}</p>
        ) : (
          <>
            <ReferralTable referrals={list.referrals} caption={t(`referrals.direction.${direction}`)} />
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={list.hasNextPage && Boolean(list.endCursor)}
              onPrevious={pages.goPrevious}
              onNext={() => list.endCursor && pages.goNext(list.endCursor)}
            />
          </>
        )
      ) : null}
    </>
  );
}

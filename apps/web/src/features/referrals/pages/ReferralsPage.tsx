import { useMemo } from 'react';
import { REFERRAL_STATUSES } from '@ieum/domain';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReferralDirection, ReferralFilter, ReferralStatus } from '../../../generated/graphql';
import { CheckboxField, SelectField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { useListSort } from '../../../lib/list-sort';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { DistrictFilters } from '../components/DistrictFilters';
import { REFERRAL_SORT, ReferralTable } from '../components/ReferralTable';
import { REFERRAL_PAGE_SIZE, useReferrals } from '../hooks/useReferrals';

const DIRECTIONS: readonly ReferralDirection[] = ['INCOMING', 'OUTGOING', 'DISTRICT'];

export function ReferralsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  const { user } = useSession();
  useDocumentTitle(t('referrals.list.title'));

  // ?dir=OUTGOING&status=SENT&overdue=1 — the inbox by default; a 시군구 supervisor's default is
  // the district (every referral of its agencies), which only it may ask for.
  const oversees = can(user, 'OVERSEE_SIGUNGU');
  const directions = DIRECTIONS.filter((d) => d !== 'DISTRICT' || oversees);
  const fallback: ReferralDirection = oversees ? 'DISTRICT' : 'INCOMING';
  const direction: ReferralDirection = directions.find((d) => d === params.get('dir')) ?? fallback;
  const regionCode = direction === 'DISTRICT' ? (params.get('region') ?? '') : '';
  const agencyId = direction === 'DISTRICT' ? (params.get('agency') ?? '') : '';
  const status = REFERRAL_STATUSES.includes(params.get('status') as ReferralStatus)
    ? (params.get('status') as ReferralStatus)
    : undefined;
  const overdueOnly = params.get('overdue') === '1';
  const filter = useMemo<ReferralFilter>(
    () => ({
      direction,
      ...(status ? { status } : {}),
      ...(overdueOnly ? { overdue: true } : {}),
      ...(regionCode ? { regionCode } : {}),
      ...(agencyId ? { agencyId } : {}),
    }),
    [direction, status, overdueOnly, regionCode, agencyId],
  );
  const { sort, orderBy, onSort } = useListSort(REFERRAL_SORT, { key: 'sentOn', dir: 'desc' });
  const list = useReferrals(filter, { after: pages.after, page: pages.jump, orderBy });

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
        {directions.map((d) => (
          <button
            key={d}
            type="button"
            aria-pressed={direction === d}
            className={direction === d ? 'primary' : undefined}
            onClick={() => update((next) => (d === fallback ? next.delete('dir') : next.set('dir', d)))}
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
        <SelectField
          id="referrals-status"
          label={t('referrals.list.status')}
          value={status ?? ''}
          onChange={(value) => update((next) => (value ? next.set('status', value) : next.delete('status')))}
        >
          <option value="">{t('referrals.list.anyStatus')}</option>
          {REFERRAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`referrals.status.${s}`)}
            </option>
          ))}
        </SelectField>
        {direction === 'DISTRICT' ? (
          <DistrictFilters
            regionCode={regionCode}
            agencyId={agencyId}
            onChange={(key, value) => update((next) => (value ? next.set(key, value) : next.delete(key)))}
          />
        ) : null}
        <CheckboxField
          id="referrals-overdue"
          label={t('referrals.list.overdueOnly')}
          checked={overdueOnly}
          onChange={(on) => update((next) => (on ? next.set('overdue', '1') : next.delete('overdue')))}
        />
      </form>

      <PagedList
        list={list}
        pages={pages}
        pageSize={REFERRAL_PAGE_SIZE}
        total={(count) => t('referrals.list.total', { count })}
        empty={t('referrals.list.empty')}
      >
        <ReferralTable
          referrals={list.referrals}
          caption={t(`referrals.direction.${direction}`)}
          sort={{ key: sort?.key ?? null, dir: sort?.dir ?? 'asc', onSort }}
        />
      </PagedList>
    </>
  );
}

import { useMemo } from 'react';
import { APPLICATION_STATUSES } from '@ieum/domain';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type {
  BenefitApplicationDirection,
  BenefitApplicationFilter,
  BenefitApplicationStatus,
} from '../../../generated/graphql';
import { SelectField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { RecordTable } from '../../../components/RecordTable';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { formatDateTimeMinute } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { useApplications } from '../hooks/useApplications';

const COLUMNS = ['programme', 'receivingRegion', 'applicantAgency', 'submittedAt', 'status'] as const;

/** 받은 신청 (the home 읍면동's inbox) and 보낸 신청 (what the agency took or applied for). */
export function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  const { user } = useSession();
  useDocumentTitle(t('applications.list.title'));

  // ?dir=OUTGOING&status=SUBMITTED. Public workers receive; a private agency only sends.
  const receives = can(user, 'REVIEW_APPLICATION');
  const directions: BenefitApplicationDirection[] = receives ? ['INCOMING', 'OUTGOING'] : ['OUTGOING'];
  const fallback = directions[0];
  const direction = directions.find((d) => d === params.get('dir')) ?? fallback;
  const status = APPLICATION_STATUSES.find((s) => s === params.get('status')) as
    BenefitApplicationStatus | undefined;
  const filter = useMemo<BenefitApplicationFilter>(
    () => ({ direction, ...(status ? { status } : {}) }),
    [direction, status],
  );
  const list = useApplications(filter, pages.after);

  function update(change: (next: URLSearchParams) => void) {
    const next = withoutPaging(params);
    change(next);
    setParams(next);
  }

  return (
    <>
      <h1>{t('applications.list.title')}</h1>
      {receives ? (
        <p>
          <Link to="/applications/new">{t('applications.list.new')}</Link>
        </p>
      ) : null}
      <div className="segmented" role="group" aria-label={t('applications.list.direction')}>
        {directions.map((d) => (
          <button
            key={d}
            type="button"
            aria-pressed={direction === d}
            className={direction === d ? 'primary' : undefined}
            onClick={() => update((next) => (d === fallback ? next.delete('dir') : next.set('dir', d)))}
          >
            {t(`applications.direction.${d}`)}
          </button>
        ))}
      </div>
      <form
        className="card form filter-form"
        role="search"
        aria-label={t('applications.list.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id="applications-status"
          label={t('applications.list.status')}
          value={status ?? ''}
          onChange={(value) => update((next) => (value ? next.set('status', value) : next.delete('status')))}
        >
          <option value="">{t('applications.list.anyStatus')}</option>
          {APPLICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`applications.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </form>
      <PagedList
        list={list}
        pages={pages}
        total={(count) => t('applications.list.total', { count })}
        empty={t('applications.list.empty')}
      >
        <RecordTable
          caption={t(`applications.direction.${direction}`)}
          columns={COLUMNS.map((c) => t(`applications.columns.${c}`))}
          rows={list.applications}
          rowKey={(a) => a.id}
          cells={(a) => (
            <>
              <th scope="row">
                <Link to={`/applications/${encodeURIComponent(a.id)}`}>{a.programmeLabel}</Link>
              </th>
              <td>{a.receivingRegion.fullName}</td>
              <td>{a.applicantAgency.name}</td>
              <td>{formatDateTimeMinute(a.submittedAt, i18n.language)}</td>
              <td>{t(`applications.status.${a.status}`)}</td>
            </>
          )}
        />
      </PagedList>
    </>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CandidateFilter, CandidateOrder, CandidateStatus } from '../../../generated/graphql';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { useRegions } from '../../households/hooks/useRegions';
import { CandidateTable } from '../components/CandidateTable';
import { useCallerArea } from '../hooks/useCallerArea';
import { useCandidateQueue } from '../hooks/useCandidateQueue';

const ORDERS: readonly CandidateOrder[] = ['NEWEST', 'RANK', 'SCORE_DESC'];
const STATUSES: readonly CandidateStatus[] = ['NEW', 'VISITED'];

interface Filters {
  emd: string;
  minScore: string;
  status: string;
  sort: CandidateOrder;
}

// The filters live in the query string (?emd=&minScore=&status=&sort=) so links and back/forward keep them.
function filtersFromParams(params: URLSearchParams): Filters {
  const sort = params.get('sort') as CandidateOrder | null;
  return {
    emd: params.get('emd') ?? '',
    minScore: params.get('minScore') ?? '',
    status: STATUSES.includes(params.get('status') as CandidateStatus)
      ? (params.get('status') as string)
      : '',
    sort: sort && ORDERS.includes(sort) ? sort : 'NEWEST',
  };
}

export function CandidateQueuePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  useDocumentTitle(t('screening.queue.title'));

  const url = filtersFromParams(params);
  const urlKey = `${url.emd}|${url.minScore}|${url.status}|${url.sort}`;
  const [form, setForm] = useState<Filters>(url);
  // Back/forward changes the URL under the form: show what is being searched (set while rendering,
  // as React advises for state that follows a prop, rather than in an effect).
  const [shownKey, setShownKey] = useState(urlKey);
  if (shownKey !== urlKey) {
    setShownKey(urlKey);
    setForm(url);
  }

  // A supervisor narrows the queue to one 읍면동 of their 시군구.
  const isSupervisor = can(user, 'OVERSEE_SIGUNGU');
  const area = useCallerArea();
  const emds = useRegions('EUPMYEONDONG', area.sigungu?.code, isSupervisor && Boolean(area.sigungu));

  const filter = useMemo<CandidateFilter>(() => {
    const minScore = Number(url.minScore);
    return {
      ...(url.emd ? { regionCode: url.emd } : {}),
      ...(url.minScore.trim() !== '' && Number.isFinite(minScore) ? { minScore } : {}),
      ...(url.status ? { status: url.status as CandidateStatus } : {}),
    };
  }, [url.emd, url.minScore, url.status]);
  const queue = useCandidateQueue(filter, url.sort, pages.after);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = withoutPaging(new URLSearchParams());
    if (form.emd) next.set('emd', form.emd);
    if (form.minScore.trim()) next.set('minScore', form.minScore.trim());
    if (form.status) next.set('status', form.status);
    if (form.sort !== 'NEWEST') next.set('sort', form.sort);
    setParams(next);
  }

  return (
    <>
      <h1>{t('screening.queue.title')}</h1>
      <form
        className="card form filter-form"
        onSubmit={submit}
        role="search"
        aria-label={t('screening.queue.filters')}
      >
        {isSupervisor ? (
          <div className="field">
            <label htmlFor="queue-emd">{t('screening.queue.eupmyeondong')}</label>
            <select
              id="queue-emd"
              value={form.emd}
              onChange={(e) => setForm({ ...form, emd: e.target.value })}
              aria-busy={emds.loading || undefined}
            >
              <option value="">{t('screening.queue.anyEupmyeondong')}</option>
              {form.emd && !emds.regions.some((r) => r.code === form.emd) ? (
                <option value={form.emd}>{form.emd}</option>
              ) : null}
              {emds.regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="queue-min-score">{t('screening.queue.minScore')}</label>
          <input
            id="queue-min-score"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            value={form.minScore}
            onChange={(e) => setForm({ ...form, minScore: e.target.value })}
            aria-describedby="queue-min-score-hint"
          />
          <p id="queue-min-score-hint" className="hint">
            {t('screening.queue.minScoreHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="queue-status">{t('screening.queue.status')}</label>
          <select
            id="queue-status"
            value={form.status}
            onChange={(e) => setForm({ ...form, status: e.target.value })}
          >
            <option value="">{t('screening.queue.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`screening.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-sort">{t('screening.queue.sort')}</label>
          <select
            id="queue-sort"
            value={form.sort}
            onChange={(e) => setForm({ ...form, sort: e.target.value as CandidateOrder })}
          >
            {ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`screening.queue.sort${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('screening.queue.submit')}
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite" className="status-line">
        {queue.loading && queue.totalCount === undefined
          ? t('common.loading')
          : queue.totalCount !== undefined && !queue.error
            ? t('screening.queue.total', { count: queue.totalCount })
            : null}
      </div>
      {queue.error ? <QueryError error={queue.error} onRetry={queue.retry} /> : null}
      {!queue.error && queue.totalCount !== undefined ? (
        queue.candidates.length === 0 ? (
          <p>{t('screening.table.empty')}</p>
        ) : (
          <>
            <CandidateTable candidates={queue.candidates} caption={t('screening.table.caption')} />
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={queue.hasNextPage && Boolean(queue.endCursor)}
              onPrevious={pages.goPrevious}
              onNext={() => queue.endCursor && pages.goNext(queue.endCursor)}
            />
          </>
        )
      ) : null}
    </>
  );
}

import { useMemo, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CandidateFilter, CandidateOrder, CandidateStatus } from '../../../generated/graphql';
import { SelectField, TextField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUrlForm } from '../../../lib/use-url-form';
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
  const [form, setForm] = useUrlForm<Filters>(url);

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
          <SelectField
            id="queue-emd"
            label={t('screening.queue.eupmyeondong')}
            value={form.emd}
            onChange={(emd) => setForm({ ...form, emd })}
            busy={emds.loading}
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
          </SelectField>
        ) : null}
        <TextField
          id="queue-min-score"
          label={t('screening.queue.minScore')}
          hint={t('screening.queue.minScoreHint')}
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          value={form.minScore}
          onChange={(minScore) => setForm({ ...form, minScore })}
        />
        <SelectField
          id="queue-status"
          label={t('screening.queue.status')}
          value={form.status}
          onChange={(status) => setForm({ ...form, status })}
        >
          <option value="">{t('screening.queue.anyStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`screening.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="queue-sort"
          label={t('screening.queue.sort')}
          value={form.sort}
          onChange={(sort) => setForm({ ...form, sort: sort as CandidateOrder })}
        >
          {ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(`screening.queue.sort${o}`)}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('screening.queue.submit')}
          </button>
        </div>
      </form>

      <PagedList
        list={queue}
        pages={pages}
        total={(count) => t('screening.queue.total', { count })}
        empty={t('screening.table.empty')}
      >
        <CandidateTable candidates={queue.candidates} caption={t('screening.table.caption')} />
      </PagedList>
    </>
  );
}

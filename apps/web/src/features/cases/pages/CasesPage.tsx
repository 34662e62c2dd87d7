import { useMemo, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../generated/graphql';
import { CheckboxField, SelectField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { useCursorPages } from '../../../lib/cursor-pages';
import { useListSort } from '../../../lib/list-sort';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUrlForm } from '../../../lib/use-url-form';
import { can, useSession } from '../../auth/current-user';
import { useRegions } from '../../households/hooks/useRegions';
import { useCallerArea } from '../../screening/hooks/useCallerArea';
import {
  CASE_STATUSES,
  caseFilterOf,
  caseFiltersFromParams,
  caseFiltersToParams,
  STALLED_CHOICES,
} from '../case-filters';
import { CASE_SORT, CaseTable } from '../components/CaseTable';
import { CASE_PAGE_SIZE, useCases } from '../hooks/useCases';
import { useDistrictWorkers } from '../hooks/useDistrictWorkers';

export function CasesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  useDocumentTitle(t('cases.list.title'));

  // A 시군구 supervisor narrows the district by 동 and by worker; everyone by the rest.
  const district = can(user, 'OVERSEE_SIGUNGU');
  const { sigungu } = useCallerArea();
  const dongs = useRegions('EUPMYEONDONG', sigungu?.code, district && Boolean(sigungu));
  const { workers, loading: workersLoading } = useDistrictWorkers(district);

  // Filters and sort live in the query string, so links and back/forward keep them.
  const url = caseFiltersFromParams(params, district);
  const urlKey = JSON.stringify(url);
  const [form, setForm] = useUrlForm(url);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => caseFilterOf(url), [urlKey]);
  const { sort, orderBy, onSort } = useListSort(CASE_SORT, { key: 'openedOn', dir: 'desc' });
  const list = useCases(filter, { after: pages.after, page: pages.jump, orderBy });
  const filtered = Object.keys(filter).length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = caseFiltersToParams(form);
    for (const key of ['sort', 'dir']) {
      const value = params.get(key);
      if (value) next.set(key, value);
    }
    setParams(next);
  }

  return (
    <>
      <h1>{t('cases.list.title')}</h1>
      <form
        className="card form filter-form"
        onSubmit={submit}
        role="search"
        aria-label={t('cases.list.filters')}
      >
        <SelectField
          id="cases-status"
          label={t('cases.list.status')}
          value={form.status}
          onChange={(status) => setForm({ ...form, status: status as CaseStatus | '' })}
        >
          <option value="">{t('cases.list.anyStatus')}</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`cases.status.${s}`)}
            </option>
          ))}
        </SelectField>
        {district ? (
          <>
            <SelectField
              id="cases-dong"
              label={t('cases.list.dong')}
              value={form.dong}
              busy={dongs.loading}
              onChange={(dong) => setForm({ ...form, dong })}
            >
              <option value="">{t('cases.list.anyDong')}</option>
              {dongs.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="cases-worker"
              label={t('cases.list.worker')}
              value={form.worker}
              busy={workersLoading}
              onChange={(worker) => setForm({ ...form, worker })}
            >
              <option value="">{t('cases.list.anyWorker')}</option>
              {workers.map((w) => (
                <option key={w.id} value={w.id}>
                  {t('cases.list.workerOption', { name: w.name, agency: w.agency.name })}
                </option>
              ))}
            </SelectField>
          </>
        ) : null}
        <SelectField
          id="cases-stalled"
          label={t('cases.list.stalled')}
          hint={t('cases.list.stalledHint')}
          value={form.stalled}
          onChange={(stalled) => setForm({ ...form, stalled })}
        >
          <option value="">{t('cases.list.anyActivity')}</option>
          {STALLED_CHOICES.map((days) => (
            <option key={days} value={String(days)}>
              {t('cases.list.stalledDays', { count: days })}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          id="cases-overdue"
          label={t('cases.list.overdue')}
          hint={t('cases.list.overdueHint')}
          checked={form.overdue}
          onChange={(overdue) => setForm({ ...form, overdue })}
        />
        <CheckboxField
          id="cases-mine"
          label={t('cases.list.mine')}
          checked={form.mine}
          onChange={(mine) => setForm({ ...form, mine })}
        />
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('cases.list.submit')}
          </button>
        </div>
      </form>

      <PagedList
        list={list}
        pages={pages}
        pageSize={CASE_PAGE_SIZE}
        total={(count) => t('cases.list.total', { count })}
        empty={t(filtered ? 'cases.list.emptyFiltered' : 'cases.list.empty')}
      >
        <CaseTable
          cases={list.cases}
          caption={t('cases.list.caption')}
          sort={{ key: sort?.key ?? null, dir: sort?.dir ?? 'asc', onSort }}
          sortsByAddress={can(user, 'OPEN_CASE')}
        />
      </PagedList>
    </>
  );
}

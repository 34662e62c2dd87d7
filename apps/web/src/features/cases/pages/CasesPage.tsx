import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseFilter, CaseStatus } from '../../../generated/graphql';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CaseTable } from '../components/CaseTable';
import { useCases } from '../hooks/useCases';

const STATUSES: readonly CaseStatus[] = ['OPEN', 'CLOSED'];

// Filters live in the query string (?status=&mine=1) so links and back/forward keep them.
function filtersFromParams(params: URLSearchParams): { status: CaseStatus | ''; mine: boolean } {
  const status = params.get('status');
  return {
    status: STATUSES.includes(status as CaseStatus) ? (status as CaseStatus) : '',
    mine: params.get('mine') === '1',
  };
}

export function CasesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  useDocumentTitle(t('cases.list.title'));

  const url = filtersFromParams(params);
  const urlKey = `${url.status}|${url.mine}`;
  const [form, setForm] = useState(url);
  // Back/forward changes the URL under the form: show what is being searched (set while rendering,
  // as React advises for state that follows a prop, rather than in an effect).
  const [shownKey, setShownKey] = useState(urlKey);
  if (shownKey !== urlKey) {
    setShownKey(urlKey);
    setForm(url);
  }

  const filter = useMemo<CaseFilter>(
    () => ({ ...(url.status ? { status: url.status } : {}), ...(url.mine ? { mine: true } : {}) }),
    [url.status, url.mine],
  );
  const list = useCases(filter, pages.after);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = withoutPaging(new URLSearchParams());
    if (form.status) next.set('status', form.status);
    if (form.mine) next.set('mine', '1');
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
        <div className="field">
          <label htmlFor="cases-status">{t('cases.list.status')}</label>
          <select
            id="cases-status"
            value={form.status}
            onChange={(e) => setForm({ ...form, status: e.target.value as CaseStatus | '' })}
          >
            <option value="">{t('cases.list.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`cases.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox">
          <input
            id="cases-mine"
            type="checkbox"
            checked={form.mine}
            onChange={(e) => setForm({ ...form, mine: e.target.checked })}
          />
          <label htmlFor="cases-mine">{t('cases.list.mine')}</label>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('cases.list.submit')}
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite" className="status-line">
        {list.loading && list.totalCount === undefined
          ? t('common.loading')
          : list.totalCount !== undefined && !list.error
            ? t('cases.list.total', { count: list.totalCount })
            : null}
      </div>
      {list.error ? <QueryError error={list.error} onRetry={list.retry} /> : null}
      {!list.error && list.totalCount !== undefined ? (
        list.cases.length === 0 ? (
          <p>{t('cases.list.empty')}</p>
        ) : (
          <>
            <CaseTable cases={list.cases} caption={t('cases.list.caption')} />
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

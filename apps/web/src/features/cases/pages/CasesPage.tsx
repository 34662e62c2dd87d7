import { useMemo, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseFilter, CaseStatus } from '../../../generated/graphql';
import { CheckboxField, SelectField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUrlForm } from '../../../lib/use-url-form';
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
  const [form, setForm] = useUrlForm(url);

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
        <SelectField
          id="cases-status"
          label={t('cases.list.status')}
          value={form.status}
          onChange={(status) => setForm({ ...form, status: status as CaseStatus | '' })}
        >
          <option value="">{t('cases.list.anyStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`cases.status.${s}`)}
            </option>
          ))}
        </SelectField>
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
        total={(count) => t('cases.list.total', { count })}
        empty={t('cases.list.empty')}
      >
        <CaseTable cases={list.cases} caption={t('cases.list.caption')} />
      </PagedList>
    </>
  );
}

import { useMemo, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AccessLogFilter } from '../../../generated/graphql';
import { TextField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { RecordTable } from '../../../components/RecordTable';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { formatDateTime, localInputToIso } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUrlForm } from '../../../lib/use-url-form';
import { useAccessLog } from '../hooks/useAccessLog';

const FILTER_KEYS = ['personId', 'userId', 'from', 'to'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type FilterForm = Record<FilterKey, string>;

function formFromParams(params: URLSearchParams): FilterForm {
  return {
    personId: params.get('personId') ?? '',
    userId: params.get('userId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

const COLUMNS = ['at', 'account', 'agency', 'action', 'operation', 'person', 'clientAddress'] as const;

export function AccessLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  useDocumentTitle(t('accessLog.title'));

  const urlForm = formFromParams(params);
  const [form, setForm] = useUrlForm<FilterForm>(urlForm);

  const filter = useMemo<AccessLogFilter>(() => {
    const from = localInputToIso(urlForm.from);
    const to = localInputToIso(urlForm.to);
    return {
      ...(urlForm.personId.trim() ? { personId: urlForm.personId.trim() } : {}),
      ...(urlForm.userId.trim() ? { userId: urlForm.userId.trim() } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
  }, [urlForm.personId, urlForm.userId, urlForm.from, urlForm.to]);

  const log = useAccessLog(filter, pages.after);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = withoutPaging(new URLSearchParams());
    FILTER_KEYS.forEach((key) => {
      if (form[key].trim()) next.set(key, form[key].trim());
    });
    setParams(next);
  }

  const field = (key: FilterKey, type: 'text' | 'datetime-local') => (
    <TextField
      id={`access-log-${key}`}
      label={t(`accessLog.filters.${key}`)}
      type={type}
      step={type === 'datetime-local' ? '1' : undefined}
      autoComplete="off"
      value={form[key]}
      onChange={(value) => setForm((f) => ({ ...f, [key]: value }))}
    />
  );

  return (
    <>
      <h1>{t('accessLog.title')}</h1>
      <p>{t('accessLog.intro')}</p>
      <form
        className="card form filter-form"
        onSubmit={submit}
        role="search"
        aria-label={t('accessLog.filters.legend')}
      >
        {field('personId', 'text')}
        {field('userId', 'text')}
        {field('from', 'datetime-local')}
        {field('to', 'datetime-local')}
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('accessLog.filters.submit')}
          </button>
        </div>
      </form>

      <PagedList
        list={log}
        pages={pages}
        total={(count) => t('accessLog.total', { count })}
        empty={t('accessLog.empty')}
      >
        <RecordTable
          caption={t('accessLog.caption')}
          columns={COLUMNS.map((column) => t(`accessLog.columns.${column}`))}
          rows={log.entries}
          rowKey={(entry) => entry.id}
          cells={(entry) => (
            <>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>{entry.account}</td>
              <td>{entry.agency?.name ?? t('common.none')}</td>
              <td>{t(`accessLog.actions.${entry.action}`)}</td>
              <td>
                <code>{entry.operation}</code>
              </td>
              <td>{entry.person?.name ?? entry.personId}</td>
              <td>{entry.clientAddress}</td>
            </>
          )}
        />
      </PagedList>
    </>
  );
}

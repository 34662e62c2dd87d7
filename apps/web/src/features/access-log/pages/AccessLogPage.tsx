import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AccessLogFilter } from '../../../generated/graphql';
import { PagedList } from '../../../components/PagedList';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { formatDateTime, localInputToIso } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
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
  const paramsKey = FILTER_KEYS.map((key) => urlForm[key]).join('|');
  const [form, setForm] = useState<FilterForm>(urlForm);
  // Back/forward changes the URL under the form: show what is being searched (set while rendering,
  // as React advises for state that follows a prop, rather than in an effect).
  const [shownKey, setShownKey] = useState(paramsKey);
  if (shownKey !== paramsKey) {
    setShownKey(paramsKey);
    setForm(urlForm);
  }

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
    <div className="field">
      <label htmlFor={`access-log-${key}`}>{t(`accessLog.filters.${key}`)}</label>
      <input
        id={`access-log-${key}`}
        type={type}
        step={type === 'datetime-local' ? 1 : undefined}
        autoComplete="off"
        value={form[key]}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      />
    </div>
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

      <div role="status" aria-live="polite" className="status-line">
        {log.loading && log.totalCount === undefined
          ? t('common.loading')
          : log.totalCount !== undefined && !log.error
            ? t('accessLog.total', { count: log.totalCount })
            : null}
      </div>
      <PagedList
        loaded={log.totalCount !== undefined}
        error={log.error}
        onRetry={log.retry}
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
        empty={t('accessLog.empty')}
        page={pages.page}
        hasPrevious={pages.hasPrevious}
        hasNext={log.hasNextPage && Boolean(log.endCursor)}
        onPrevious={pages.goPrevious}
        onNext={() => log.endCursor && pages.goNext(log.endCursor)}
      />
    </>
  );
}

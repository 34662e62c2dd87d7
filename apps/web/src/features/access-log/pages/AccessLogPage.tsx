import { useMemo, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AccessAction, AccessLogFilter } from '../../../generated/graphql';
import { SelectField, TextField } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { RecordTable } from '../../../components/RecordTable';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { formatDateTime, localInputToIso } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUrlForm } from '../../../lib/use-url-form';
import { accessSubject } from '../access-subject';
import { useAccessLog } from '../hooks/useAccessLog';

const ACTIONS: readonly AccessAction[] = ['READ', 'CREATE', 'UPDATE', 'DELETE', 'PRINT', 'DOWNLOAD'];
const FILTER_KEYS = ['person', 'user', 'action', 'from', 'to'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type FilterForm = Record<FilterKey, string>;

const formFromParams = (params: URLSearchParams): FilterForm =>
  Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as FilterForm;

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
      ...(urlForm.person.trim() ? { person: urlForm.person.trim() } : {}),
      ...(urlForm.user.trim() ? { user: urlForm.user.trim() } : {}),
      ...(ACTIONS.includes(urlForm.action as AccessAction) ? { action: urlForm.action as AccessAction } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
  }, [urlForm.person, urlForm.user, urlForm.action, urlForm.from, urlForm.to]);

  const log = useAccessLog(filter, pages.after);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = withoutPaging(new URLSearchParams());
    FILTER_KEYS.forEach((key) => {
      if (form[key].trim()) next.set(key, form[key].trim());
    });
    setParams(next);
  }

  const set = (key: FilterKey) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const field = (key: FilterKey, type: 'text' | 'datetime-local', hint?: string) => (
    <TextField
      id={`access-log-${key}`}
      label={t(`accessLog.filters.${key}`)}
      hint={hint}
      type={type}
      step={type === 'datetime-local' ? '1' : undefined}
      autoComplete="off"
      value={form[key]}
      onChange={set(key)}
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
        {field('person', 'text', t('accessLog.filters.personHint'))}
        {field('user', 'text')}
        <SelectField
          id="access-log-action"
          label={t('accessLog.filters.action')}
          value={form.action}
          onChange={set('action')}
        >
          <option value="">{t('accessLog.filters.anyAction')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`accessLog.actions.${a}`)}
            </option>
          ))}
        </SelectField>
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
              <td>
                {entry.user?.name ?? entry.account}
                {entry.user ? <span className="cell-sub">{entry.account}</span> : null}
              </td>
              <td>{entry.agency?.name ?? t('common.none')}</td>
              <td>{t(`accessLog.actions.${entry.action}`)}</td>
              <td>{accessSubject(t, entry.operation, entry.detail ?? null)}</td>
              <td>{entry.person?.name ?? t('common.none')}</td>
              <td>{entry.clientAddress}</td>
            </>
          )}
        />
      </PagedList>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { RecordTable } from '../../../components/RecordTable';
import type { FeedRowError } from '../hooks/useUploadFeed';

/** A refused feed's problems by line and column (the API sends the first 100). */
export function FeedErrorsTable({ errors }: { errors: readonly FeedRowError[] }) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={t('indicators.feeds.errorsCaption')}
      columns={[
        { label: t('indicators.feeds.line'), numeric: true },
        t('indicators.feeds.column'),
        t('indicators.feeds.message'),
      ]}
      // Two problems may share a line and a column: the position in the list tells them apart.
      rows={errors.map((error, index) => ({ ...error, index }))}
      rowKey={(e) => `${e.line}-${e.column ?? ''}-${e.index}`}
      cells={(e) => (
        <>
          <th scope="row" className="numeric">
            {e.line}
          </th>
          <td>
            <code>{e.column ?? '—'}</code>
          </td>
          <td>{t(`indicators.feedProblem.${e.problem}`, { ...e, defaultValue: e.message })}</td>
        </>
      )}
    />
  );
}

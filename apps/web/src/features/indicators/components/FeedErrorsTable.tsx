import { useTranslation } from 'react-i18next';
import type { FeedRowError } from '../hooks/useUploadFeed';

/** A refused feed's problems by line and column (the API sends the first 100). */
export function FeedErrorsTable({ errors }: { errors: readonly FeedRowError[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('indicators.feeds.errorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('indicators.feeds.line')}
            </th>
            <th scope="col">{t('indicators.feeds.column')}</th>
            <th scope="col">{t('indicators.feeds.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.line}-${e.column ?? ''}-${i}`}>
              <th scope="row" className="numeric">
                {e.line}
              </th>
              <td>
                <code>{e.column ?? '—'}</code>
              </td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

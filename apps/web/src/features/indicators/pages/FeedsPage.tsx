import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { useCursorPages } from '../../../lib/cursor-pages';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { FeedErrorsTable } from '../components/FeedErrorsTable';
import { FeedUploadForm } from '../components/FeedUploadForm';
import { useCrisisFeedErrors, useCrisisFeeds } from '../hooks/useCrisisFeeds';
import { useUploadFeed } from '../hooks/useUploadFeed';

const COLUMNS = ['rrn', 'indicator_kind', 'observed_on', 'value', 'source_ref'] as const;

export function FeedsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const pages = useCursorPages();
  const list = useCrisisFeeds(pages.after);
  const uploader = useUploadFeed();
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  useDocumentTitle(t('indicators.feeds.title'));

  return (
    <>
      <h1>{t('indicators.feeds.title')}</h1>
      {can(user, 'UPLOAD_FEED') ? (
        <>
          <FeedUploadForm
            progress={uploader.progress}
            isUploading={uploader.isUploading}
            onUpload={uploader.upload}
          />
          <section aria-labelledby="feed-format-title" className="card">
            <h2 id="feed-format-title">{t('indicators.feeds.formatTitle')}</h2>
            <p>{t('indicators.feeds.formatIntro')}</p>
            <dl className="facts">
              {COLUMNS.map((column) => (
                <div key={column}>
                  <dt>
                    <code>{column}</code>
                  </dt>
                  <dd>{t(`indicators.feeds.columns.${column}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      ) : null}

      <h2>{t('indicators.feeds.listTitle')}</h2>
      {list.loading && list.totalCount === undefined ? <p role="status">{t('common.loading')}</p> : null}
      {list.error ? <QueryError error={list.error} onRetry={list.retry} /> : null}
      {!list.error && list.totalCount !== undefined ? (
        list.feeds.length === 0 ? (
          <p>{t('indicators.feeds.empty')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table>
                <caption>{t('indicators.feeds.listCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('indicators.feeds.source')}</th>
                    <th scope="col">{t('indicators.feeds.receivedAt')}</th>
                    <th scope="col">{t('indicators.feeds.status')}</th>
                    <th scope="col" className="numeric">
                      {t('indicators.feeds.rows')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('indicators.feeds.matched')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('indicators.feeds.unmatched')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('indicators.feeds.rejectedRows')}
                    </th>
                    <th scope="col">{t('indicators.feeds.account')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.feeds.map((feed) => {
                    const isOpen = openId === feed.id;
                    return (
                      <Fragment key={feed.id}>
                        <tr>
                          <th scope="row">{feed.source}</th>
                          <td>{formatDateTime(feed.receivedAt)}</td>
                          <td>
                            <span className={`status status-${feed.status.toLowerCase()}`}>
                              {t(`indicators.feedStatus.${feed.status}`)}
                            </span>
                            {feed.status === 'REJECTED' ? (
                              <button
                                type="button"
                                className="link-button"
                                aria-expanded={isOpen}
                                aria-controls={isOpen ? `feed-errors-${feed.id}` : undefined}
                                onClick={() => setOpenId(isOpen ? undefined : feed.id)}
                              >
                                {isOpen
                                  ? t('indicators.feeds.hideErrors', { source: feed.source })
                                  : t('indicators.feeds.showErrors', { source: feed.source })}
                              </button>
                            ) : null}
                          </td>
                          <td className="numeric">{feed.rows}</td>
                          <td className="numeric">{feed.matched}</td>
                          <td className="numeric">{feed.unmatched}</td>
                          <td className="numeric">{feed.rejected}</td>
                          <td>{feed.account}</td>
                        </tr>
                        {isOpen ? (
                          <tr id={`feed-errors-${feed.id}`}>
                            <td colSpan={8}>
                              <FeedErrorsRow id={feed.id} />
                            </td>
                          </tr>
                        ) : null}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </div>
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

function FeedErrorsRow({ id }: { id: string }) {
  const { t } = useTranslation();
  const { errors, loading, error } = useCrisisFeedErrors(id);
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (error) return <QueryError error={error} />;
  return <FeedErrorsTable errors={errors} />;
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/PagedList';
import { QueryState } from '../../../components/QueryState';
import { RecordTable } from '../../../components/RecordTable';
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
      <PagedList list={list} pages={pages} empty={t('indicators.feeds.empty')}>
        <RecordTable
          caption={t('indicators.feeds.listCaption')}
          columns={[
            t('indicators.feeds.source'),
            t('indicators.feeds.receivedAt'),
            t('indicators.feeds.status'),
            { label: t('indicators.feeds.rows'), numeric: true },
            { label: t('indicators.feeds.matched'), numeric: true },
            { label: t('indicators.feeds.unmatched'), numeric: true },
            { label: t('indicators.feeds.rejectedRows'), numeric: true },
            t('indicators.feeds.account'),
          ]}
          rows={list.feeds}
          rowKey={(feed) => feed.id}
          cells={(feed) => {
            const isOpen = openId === feed.id;
            return (
              <>
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
                      {t(isOpen ? 'indicators.feeds.hideErrors' : 'indicators.feeds.showErrors', {
                        source: feed.source,
                      })}
                    </button>
                  ) : null}
                </td>
                <td className="numeric">{feed.rows}</td>
                <td className="numeric">{feed.matched}</td>
                <td className="numeric">{feed.unmatched}</td>
                <td className="numeric">{feed.rejected}</td>
                <td>{feed.by?.name ?? feed.account}</td>
              </>
            );
          }}
          expanded={(feed) =>
            openId === feed.id
              ? { id: `feed-errors-${feed.id}`, content: <FeedErrorsRow id={feed.id} /> }
              : null
          }
        />
      </PagedList>
    </>
  );
}

function FeedErrorsRow({ id }: { id: string }) {
  const { errors, loading, error } = useCrisisFeedErrors(id);
  return (
    <QueryState loaded={!loading} loading={loading} error={error}>
      <FeedErrorsTable errors={errors} />
    </QueryState>
  );
}

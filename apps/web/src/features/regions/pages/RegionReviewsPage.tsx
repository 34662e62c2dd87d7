import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/PagedList';
import { RecordTable } from '../../../components/RecordTable';
import { useCursorPages, withoutPaging } from '../../../lib/cursor-pages';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ReviewDecision } from '../components/ReviewDecision';
import { useRegionCodeReviews, useResolveRegionCodeReview } from '../hooks/useRegionCodeReviews';

/**
 * 행정구역 변경 확인: rows the 2026 region list could not move by itself (a 동 split, a 출장소
 * closed). Each stays on its old code until a worker who knows the address says where it belongs.
 */
export function RegionReviewsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  const decided = params.get('decided') === '1';
  const list = useRegionCodeReviews(decided, pages.after);
  const resolver = useResolveRegionCodeReview();
  useDocumentTitle(t('regions.reviews.title'));

  const show = (next: boolean) => {
    const p = withoutPaging(params);
    if (next) p.set('decided', '1');
    else p.delete('decided');
    setParams(p);
  };

  return (
    <>
      <h1>{t('regions.reviews.title')}</h1>
      <p>{t('regions.reviews.intro')}</p>
      <div className="segmented" role="group" aria-label={t('regions.reviews.which')}>
        {[false, true].map((d) => (
          <button
            key={String(d)}
            type="button"
            aria-pressed={decided === d}
            className={decided === d ? 'primary' : undefined}
            onClick={() => show(d)}
          >
            {t(d ? 'regions.reviews.decided' : 'regions.reviews.waiting')}
          </button>
        ))}
      </div>
      <PagedList
        list={list}
        pages={pages}
        total={(count) => t('regions.reviews.total', { count })}
        empty={t(decided ? 'regions.reviews.emptyDecided' : 'regions.reviews.empty')}
      >
        <RecordTable
          caption={t(decided ? 'regions.reviews.decided' : 'regions.reviews.waiting')}
          columns={[
            t('regions.reviews.subject'),
            t('regions.reviews.oldRegion'),
            t('regions.reviews.reason'),
            decided ? t('regions.reviews.newRegion') : t('regions.reviews.decision'),
          ]}
          rows={list.reviews}
          rowKey={(r) => r.id}
          cells={(r) => (
            <>
              <th scope="row">
                {r.subject === 'HOUSEHOLD' ? (
                  <Link to={`/households/${encodeURIComponent(r.rowId)}`}>
                    {t('regions.reviews.subjects.HOUSEHOLD')}
                  </Link>
                ) : (
                  t(`regions.reviews.subjects.${r.subject}`)
                )}
              </th>
              <td>
                {r.oldRegion.fullName} <span className="cell-sub">{r.oldRegion.code}</span>
              </td>
              <td>{t(`regions.reviews.reasons.${r.reason}`)}</td>
              <td>
                {decided ? (
                  <>
                    {r.newRegion?.fullName ?? t('common.none')}
                    {r.decidedAt ? <span className="cell-sub">{formatDateTime(r.decidedAt)}</span> : null}
                  </>
                ) : (
                  <ReviewDecision
                    review={r}
                    busy={resolver.loading}
                    onResolve={(regionCode) => resolver.resolve({ id: r.id, regionCode })}
                  />
                )}
              </td>
            </>
          )}
        />
      </PagedList>
    </>
  );
}

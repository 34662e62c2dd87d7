import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionPage } from '../lib/use-connection';
import { lastJumpPage } from '../lib/cursor-pages';
import { Pagination } from './Pagination';
import { QueryState } from './QueryState';

interface Props {
  /** The page as usePagedResult gives it (a page read from a loaded record has no query state of its own). */
  list: Omit<ConnectionPage<unknown>, 'nodes'> & { loading?: boolean; error?: unknown; retry?: () => void };
  /** Cursor paging, as useCursorPages gives it. */
  pages: {
    page: number;
    hasPrevious: boolean;
    goPrevious: () => void;
    goNext: (cursor: string) => void;
    goTo?: (page: number) => void;
  };
  /** Set when the list's query takes `page`: the pager then offers a jump to any page. */
  pageSize?: number;
  /** The status line's sentence for the total ('총 12건'); without it the line only says 'loading'. */
  total?: (count: number) => string;
  /** A sentence that takes the status line's place: a prompt before the first search, an action just done. */
  notice?: string | null;
  /** Said instead of the rows when the list is empty. */
  empty: string;
  /** The rows: a RecordTable, or a list of its own. */
  children: ReactNode;
}

/**
 * A paged list's body: a status line (loading, then the total), the query's state (a failed query,
 * nothing found), the rows, then the pager.
 */
export function PagedList({ list, pages, pageSize, total, notice, empty, children }: Props) {
  const { t } = useTranslation();
  const { totalCount, endCursor } = list;
  const status =
    notice ??
    (list.loading && totalCount === undefined
      ? t('common.loading')
      : totalCount !== undefined && !list.error && total
        ? total(totalCount)
        : null);
  return (
    <>
      <div role="status" aria-live="polite" className="status-line">
        {status}
      </div>
      <QueryState
        loaded={totalCount !== undefined}
        error={list.error}
        onRetry={list.retry}
        isEmpty={totalCount === 0}
        empty={empty}
      >
        {children}
        <Pagination
          page={pages.page}
          totalPages={list.totalPages}
          hasPrevious={pages.hasPrevious}
          hasNext={list.hasNextPage && Boolean(endCursor)}
          onPrevious={pages.goPrevious}
          onNext={() => endCursor && pages.goNext(endCursor)}
          jump={pageSize && pages.goTo ? { onJump: pages.goTo, lastPage: lastJumpPage(pageSize) } : undefined}
        />
      </QueryState>
    </>
  );
}

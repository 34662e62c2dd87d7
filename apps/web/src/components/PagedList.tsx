import type { ReactNode } from 'react';
import { Pagination } from './Pagination';
import { QueryState } from './QueryState';
import { RecordTable, type Column } from './RecordTable';

interface Props<T> {
  /** The query: whether its first page has arrived, and its error. */
  loaded: boolean;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  caption: string;
  columns: readonly (string | Column)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  cells: (row: T) => ReactNode;
  empty: string;
  /** Forward-only cursor paging (useCursorPages plus the connection's next cursor). */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** A paged list page's body: the query's state, then its rows as a table, then the pager. */
export function PagedList<T>(props: Props<T>) {
  const { loaded, loading, error, onRetry, rows, empty } = props;
  return (
    <QueryState
      loaded={loaded}
      loading={loading}
      error={error}
      onRetry={onRetry}
      isEmpty={rows.length === 0}
      empty={empty}
    >
      <RecordTable
        caption={props.caption}
        columns={props.columns}
        rows={rows}
        rowKey={props.rowKey}
        cells={props.cells}
        empty={empty}
      />
      <Pagination
        page={props.page}
        hasPrevious={props.hasPrevious}
        hasNext={props.hasNext}
        onPrevious={props.onPrevious}
        onNext={props.onNext}
      />
    </QueryState>
  );
}

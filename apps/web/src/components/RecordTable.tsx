import { Fragment, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A column header; a numeric column is right-aligned in tabular figures (its cells take `className="numeric"`). */
export interface Column {
  label: string;
  numeric?: boolean;
  /** The column's key in the list's sort (?sort=key); without it the column does not sort. */
  sortKey?: string;
}

/** The table's sort: which column and which way, and what a click on a sortable header does. */
export interface TableSort {
  key: string | null;
  dir: 'asc' | 'desc';
  onSort: (key: string) => void;
}

interface Props<T> {
  /** Names the table (its accessible name). */
  caption: string;
  /** The column headers, in order: a label, or a column spec. */
  columns: readonly (string | Column)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** One row's cells; one of them is the `<th scope="row">` that names the row. */
  cells: (row: T) => ReactNode;
  /** Said instead of the table when there are no rows; without it (a list that says so itself) nothing shows. */
  empty?: string;
  /** A full-width row under a row (its details, opened from a button in it), or null. */
  expanded?: (row: T) => { id: string; content: ReactNode } | null;
  /** Headers of columns with a sortKey become sort buttons (aria-sort on the header). */
  sort?: TableSort;
}

/** Records as a captioned table that scrolls on its own on narrow screens, or a sentence when there are none. */
export function RecordTable<T>({ caption, columns, rows, rowKey, cells, empty, expanded, sort }: Props<T>) {
  const { t } = useTranslation();
  const [wrap, setWrap] = useState<HTMLDivElement | null>(null);
  const isScrollable = useScrollsSideways(wrap);
  if (rows.length === 0) return empty ? <p>{empty}</p> : null;
  // A table wider than the screen scrolls inside its wrapper; then the wrapper is a named region a
  // keyboard can reach and scroll (WCAG 2.1.1; axe scrollable-region-focusable).
  return (
    <div
      ref={setWrap}
      className="table-wrap"
      {...(isScrollable
        ? { role: 'region', 'aria-label': t('common.scrollingTable', { caption }), tabIndex: 0 }
        : {})}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const { label, numeric, sortKey } =
                typeof column === 'string' ? { label: column, numeric: false, sortKey: undefined } : column;
              if (!sort || !sortKey)
                return (
                  <th key={label} scope="col" className={numeric ? 'numeric' : undefined}>
                    {label}
                  </th>
                );
              const shown = sort.key === sortKey ? sort.dir : null;
              return (
                <th
                  key={label}
                  scope="col"
                  className={numeric ? 'numeric' : undefined}
                  aria-sort={shown === 'asc' ? 'ascending' : shown === 'desc' ? 'descending' : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => sort.onSort(sortKey)}>
                    {label}
                    <span className="sort-mark" aria-hidden="true">
                      {shown === 'asc' ? '▲' : shown === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const detail = expanded?.(row);
            return (
              <Fragment key={rowKey(row)}>
                <tr>{cells(row)}</tr>
                {detail ? (
                  <tr id={detail.id}>
                    <td colSpan={columns.length}>{detail.content}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Whether the element is narrower than its content, followed as either resizes. */
function useScrollsSideways(element: HTMLElement | null): boolean {
  const [scrolls, setScrolls] = useState(false);
  const measure = useCallback(() => {
    if (element) setScrolls(element.scrollWidth > element.clientWidth + 1);
  }, [element]);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, [element, measure]);
  return scrolls;
}

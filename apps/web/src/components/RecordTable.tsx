import { Fragment, type ReactNode } from 'react';

/** A column header; a numeric column is right-aligned in tabular figures (its cells take `className="numeric"`). */
export interface Column {
  label: string;
  numeric?: boolean;
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
}

/** Records as a captioned table that scrolls on its own on narrow screens, or a sentence when there are none. */
export function RecordTable<T>({ caption, columns, rows, rowKey, cells, empty, expanded }: Props<T>) {
  if (rows.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const { label, numeric } =
                typeof column === 'string' ? { label: column, numeric: false } : column;
              return (
                <th key={label} scope="col" className={numeric ? 'numeric' : undefined}>
                  {label}
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

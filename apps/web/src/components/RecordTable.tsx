import type { ReactNode } from 'react';

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
  /** Said instead of the table when there are no rows yet. */
  empty: string;
}

/** Records as a captioned table that scrolls on its own on narrow screens, or a sentence when there are none. */
export function RecordTable<T>({ caption, columns, rows, rowKey, cells, empty }: Props<T>) {
  if (rows.length === 0) return <p>{empty}</p>;
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
          {rows.map((row) => (
            <tr key={rowKey(row)}>{cells(row)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

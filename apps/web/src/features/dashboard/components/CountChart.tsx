import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { RecordTable } from '../../../components/RecordTable';

export interface CountSeries {
  key: string;
  label: string;
  colour: string;
}

export interface CountRow {
  key: string;
  label: string;
  values: Record<string, number>;
}

// Palette colours from styles.css, each at least 3:1 against white (non-text contrast):
// #0b5cad 6.7:1, #4a5563 7.5:1. Stacked series also differ in the legend's words.
export const SERIES_COLOURS = ['#0b5cad', '#4a5563'];
const TEXT = '#4a5563';

/**
 * Counts as horizontal bars (stacked when there are several series), with the same numbers in a
 * table right under it: the chart is one image with a summary, the table the accessible view.
 */
export function CountChart({
  rows,
  series,
  caption,
  firstColumn,
}: {
  rows: readonly CountRow[];
  series: readonly CountSeries[];
  caption: string;
  firstColumn: string;
}) {
  const { t } = useTranslation();
  const summary = rows
    .map((row) => `${row.label} ${series.map((s) => `${s.label} ${row.values[s.key] ?? 0}`).join(' ')}`)
    .join(', ');
  const labelWidth = Math.min(260, 24 + Math.max(...rows.map((row) => row.label.length), 2) * 14);
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  const showTotal = series.length > 1;
  return (
    <figure className="chart">
      <div
        className="chart-canvas"
        role="img"
        aria-label={t('dashboard.chartSummary', { title: caption, summary })}
      >
        <ResponsiveContainer width="100%" height={Math.max(180, 64 + rows.length * 36)}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fill: TEXT }} />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fill: TEXT, fontSize: 13 }} />
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId="count"
                fill={s.colour}
                isAnimationActive={false}
              />
            ))}
            {series.length > 1 ? <Legend wrapperStyle={{ color: TEXT }} /> : null}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <RecordTable
        caption={caption}
        columns={[
          firstColumn,
          ...series.map((s) => ({ label: s.label, numeric: true })),
          ...(showTotal ? [{ label: t('dashboard.total'), numeric: true }] : []),
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        cells={(row) => (
          <>
            <th scope="row">{row.label}</th>
            {series.map((s) => (
              <td key={s.key} className="numeric">
                {row.values[s.key] ?? 0}
              </td>
            ))}
            {showTotal ? (
              <td className="numeric">{series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0)}</td>
            ) : null}
          </>
        )}
      />
    </figure>
  );
}

import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { RecordTable } from '../../../components/RecordTable';
import { percentOf } from '../../../lib/format';

export interface HitRateRow {
  key: string;
  label: string;
  visits: number;
  hits: number;
  rate?: number | null;
}

// Colours from the palette in styles.css: bars #0b5cad, text #4a5563 (7.5:1 on white).
const BAR = '#0b5cad';
const TEXT = '#4a5563';

/**
 * Hit rates as a bar chart with the same numbers in a table right under it. The chart is one
 * image with a summary for screen readers (role="img"); the table is the accessible view.
 */
export function HitRateChart({
  rows,
  caption,
  firstColumn,
  summaryKey,
}: {
  rows: readonly HitRateRow[];
  caption: string;
  firstColumn: string;
  summaryKey: string;
}) {
  const { t } = useTranslation();
  const rateText = (rate: number | null | undefined) =>
    rate === null || rate === undefined
      ? t('screening.noRate')
      : t('screening.percent', { value: percentOf(rate) });
  const summary = rows.map((row) => `${row.label} ${rateText(row.rate)}`).join(', ');
  // Room for the longest label (Hangul is about one em wide), within reason.
  const labelWidth = Math.min(260, 24 + Math.max(...rows.map((row) => row.label.length), 2) * 14);
  const data = rows.map((row) => ({
    label: row.label,
    percent: row.rate === null || row.rate === undefined ? 0 : Number(percentOf(row.rate)),
  }));
  return (
    <figure className="chart">
      <div className="chart-canvas" role="img" aria-label={t(summaryKey, { title: caption, summary })}>
        <ResponsiveContainer width="100%" height={Math.max(180, 48 + rows.length * 36)}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fill: TEXT }} />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fill: TEXT, fontSize: 13 }} />
            <Bar dataKey="percent" fill={BAR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <RecordTable
        caption={caption}
        columns={[
          firstColumn,
          { label: t('screening.rounds.visits'), numeric: true },
          { label: t('screening.rounds.hits'), numeric: true },
          { label: t('screening.rounds.hitRate'), numeric: true },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        cells={(row) => (
          <>
            <th scope="row">{row.label}</th>
            <td className="numeric">{row.visits}</td>
            <td className="numeric">{row.hits}</td>
            <td className="numeric">{rateText(row.rate)}</td>
          </>
        )}
      />
    </figure>
  );
}

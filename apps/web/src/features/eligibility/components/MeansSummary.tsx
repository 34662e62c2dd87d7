import { useTranslation } from 'react-i18next';
import type { MeansFieldsFragment } from '../../../generated/graphql';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate } from '../../../lib/format';
import type { Member } from './MeansForm';

/** The means record in force: incomes and assets as tables, each row with its member and source. */
export function MeansSummary({ means, members }: { means: MeansFieldsFragment; members: readonly Member[] }) {
  const { t } = useTranslation();
  const nameOf = (id: string | undefined) =>
    members.find((m) => m.person.id === id)?.person.name ?? t('eligibility.means.household');
  const amount = (n: number) => n.toLocaleString('ko-KR');
  const facts = means.facts.filter((f) => f.disabled || f.student);
  return (
    <>
      <p className="hint">
        {t('eligibility.means.asOfLine', {
          date: formatDate(means.asOf),
          name: means.recordedBy?.name ?? '',
        })}
      </p>
      <RecordTable
        caption={t('eligibility.means.incomesCaption')}
        columns={[
          t('eligibility.means.member'),
          t('eligibility.means.kind'),
          { label: t('eligibility.means.monthlyAmount'), numeric: true },
          t('eligibility.means.source'),
        ]}
        rows={means.incomes.map((row, i) => ({ row, i }))}
        rowKey={({ i }) => String(i)}
        empty={t('eligibility.means.noIncomes')}
        cells={({ row }) => (
          <>
            <th scope="row">{nameOf(row.person?.id)}</th>
            <td>{t(`eligibility.incomeKind.${row.kind}`)}</td>
            <td className="numeric">{amount(row.monthlyAmount)}</td>
            <td>{t(`eligibility.source.${row.source}`)}</td>
          </>
        )}
      />
      <RecordTable
        caption={t('eligibility.means.propertyCaption')}
        columns={[
          t('eligibility.means.member'),
          t('eligibility.means.kind'),
          { label: t('eligibility.means.amount'), numeric: true },
          t('eligibility.means.source'),
          t('eligibility.means.car'),
        ]}
        rows={means.property.map((row, i) => ({ row, i }))}
        rowKey={({ i }) => String(i)}
        empty={t('eligibility.means.noProperty')}
        cells={({ row }) => (
          <>
            <th scope="row">{nameOf(row.person?.id)}</th>
            <td>{t(`eligibility.propertyKind.${row.kind}`)}</td>
            <td className="numeric">{amount(row.amount)}</td>
            <td>{t(`eligibility.source.${row.source}`)}</td>
            <td>
              {row.kind === 'CAR'
                ? t('eligibility.means.carLine', {
                    cc: row.engineCc,
                    year: row.modelYear,
                    use: t(`eligibility.carUse.${row.use ?? 'PRIVATE'}`),
                  })
                : t('eligibility.decisions.dash')}
            </td>
          </>
        )}
      />
      {facts.length ? (
        <RecordTable
          caption={t('eligibility.means.factsCaption')}
          columns={[
            t('eligibility.means.member'),
            t('eligibility.means.disabled'),
            t('eligibility.means.student'),
          ]}
          rows={facts}
          rowKey={(f) => f.person?.id ?? ''}
          cells={(f) => (
            <>
              <th scope="row">{nameOf(f.person?.id)}</th>
              <td>{f.disabled ? t('eligibility.means.yes') : t('eligibility.means.no')}</td>
              <td>{f.student ? t('eligibility.means.yes') : t('eligibility.means.no')}</td>
            </>
          )}
        />
      ) : null}
    </>
  );
}

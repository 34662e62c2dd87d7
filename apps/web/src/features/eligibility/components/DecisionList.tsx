import { useTranslation } from 'react-i18next';
import type { DecisionFieldsFragment } from '../../../generated/graphql';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate, formatDateTimeMinute } from '../../../lib/format';

/** The current decision of each programme, then each one's reasons and trace, step by step. */
export function DecisionList({ decisions }: { decisions: readonly DecisionFieldsFragment[] }) {
  const { t } = useTranslation();
  const money = (n: number | null) =>
    n === null
      ? t('eligibility.decisions.dash')
      : t('eligibility.decisions.won', { amount: n.toLocaleString('ko-KR') });
  const result = (eligible: boolean) =>
    eligible ? t('eligibility.decisions.eligible') : t('eligibility.decisions.notEligible');
  const first = decisions[0];
  return (
    <>
      {first ? (
        <p className="hint">
          {t('eligibility.decisions.decidedLine', {
            date: formatDate(first.asOf),
            at: formatDateTimeMinute(first.decidedAt),
            name: first.decidedBy?.name ?? '',
          })}
        </p>
      ) : null}
      <RecordTable
        caption={t('eligibility.decisions.caption')}
        columns={[
          t('eligibility.decisions.programme'),
          t('eligibility.decisions.result'),
          { label: t('eligibility.decisions.monthlyAmount'), numeric: true },
          { label: t('eligibility.decisions.incomeRecognized'), numeric: true },
          { label: t('eligibility.decisions.threshold'), numeric: true },
        ]}
        rows={decisions}
        rowKey={(d) => d.id}
        empty={t('eligibility.decisions.none')}
        cells={(d) => (
          <>
            <th scope="row">{t(`eligibility.programme.${d.programme}`, { defaultValue: d.programme })}</th>
            <td>
              {result(d.eligible)}
              {d.supersedes &&
              (d.supersedes.eligible !== d.eligible || d.supersedes.monthlyAmount !== d.monthlyAmount) ? (
                <span className="note-inline">
                  {' '}
                  (
                  {t('eligibility.decisions.changed', {
                    result: result(d.supersedes.eligible),
                    amount: money(d.supersedes.monthlyAmount),
                  })}
                  )
                </span>
              ) : null}
            </td>
            <td className="numeric">{money(d.monthlyAmount)}</td>
            <td className="numeric">{money(d.incomeRecognized)}</td>
            <td className="numeric">{money(d.threshold)}</td>
          </>
        )}
      />
      {decisions.map((d) => {
        const programme = t(`eligibility.programme.${d.programme}`, { defaultValue: d.programme });
        return (
          <details key={d.id} className="trace">
            <summary>{t('eligibility.decisions.trace', { programme })}</summary>
            <ul>
              {d.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <ol>
              {d.trace.map((step, i) => (
                <li key={i}>
                  <strong>{step.label}</strong>: {step.formula}
                  {step.parameters.length ? (
                    <ul className="hint">
                      {step.parameters.map((p) => (
                        <li key={p.name}>
                          {t('eligibility.decisions.parameter', {
                            name: p.name,
                            value: p.value,
                            date: formatDate(p.effectiveFrom),
                          })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
            <p className="hint">
              {t('eligibility.decisions.parameterVersion', { version: d.parameterVersion.slice(0, 12) })}
            </p>
          </details>
        );
      })}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { ConsentRowFragment } from '../../../generated/graphql';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate } from '../../../lib/format';

interface Props {
  consents: readonly ConsentRowFragment[];
  /** Absent for viewers who may not withdraw. */
  onWithdraw?: (consent: ConsentRowFragment) => Promise<boolean>;
  isWithdrawing: boolean;
}

const statusOf = (c: ConsentRowFragment) => (c.withdrawnAt ? 'withdrawn' : c.active ? 'active' : 'inactive');

export function ConsentTable({ consents, onWithdraw, isWithdrawing }: Props) {
  const { t } = useTranslation();
  const columns = ['grantee', 'scopes', 'purpose', 'period', 'status', ...(onWithdraw ? ['actions'] : [])];
  return (
    <RecordTable
      caption={t('consents.caption')}
      columns={columns.map((column) => t(`consents.columns.${column}`))}
      rows={consents}
      rowKey={(c) => c.id}
      cells={(c) => (
        <>
          <th scope="row">{c.grantee.name}</th>
          <td>{c.scopes.map((s) => t(`consents.scope.${s}`)).join(', ')}</td>
          <td className="note-cell">{c.purpose}</td>
          <td>{t('consents.period', { from: formatDate(c.validFrom), until: formatDate(c.validUntil) })}</td>
          <td>
            <span className={`status status-consent-${statusOf(c)}`}>
              {t(`consents.status.${statusOf(c)}`)}
            </span>
          </td>
          {onWithdraw ? (
            <td>
              {/* Withdrawing ends the agency's access at once, so the button first asks inside the row. */}
              {c.withdrawnAt ? null : (
                <ConfirmButton
                  label={t('consents.withdraw.button')}
                  name={t('consents.withdraw.label', { agency: c.grantee.name })}
                  question={t('consents.withdraw.confirm', { agency: c.grantee.name })}
                  yes={t('consents.withdraw.yes')}
                  no={t('consents.withdraw.no')}
                  busy={isWithdrawing}
                  onConfirm={() => onWithdraw(c)}
                />
              )}
            </td>
          ) : null}
        </>
      )}
    />
  );
}

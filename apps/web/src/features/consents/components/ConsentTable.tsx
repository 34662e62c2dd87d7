import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentRowFragment } from '../../../generated/graphql';

interface Props {
  consents: readonly ConsentRowFragment[];
  /** Absent for viewers who may not withdraw. */
  onWithdraw?: (consent: ConsentRowFragment) => Promise<boolean>;
  isWithdrawing: boolean;
}

export function ConsentTable({ consents, onWithdraw, isWithdrawing }: Props) {
  const { t } = useTranslation();
  // Withdrawing ends the agency's access at once, so the button first asks inside the row.
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const statusOf = (c: ConsentRowFragment) =>
    c.withdrawnAt ? 'withdrawn' : c.active ? 'active' : 'inactive';

  return (
    <div className="table-wrap">
      <table>
        <caption>{t('consents.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consents.columns.grantee')}</th>
            <th scope="col">{t('consents.columns.scopes')}</th>
            <th scope="col">{t('consents.columns.purpose')}</th>
            <th scope="col">{t('consents.columns.period')}</th>
            <th scope="col">{t('consents.columns.status')}</th>
            {onWithdraw ? <th scope="col">{t('consents.columns.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {consents.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.grantee.name}</th>
              <td>{c.scopes.map((s) => t(`consents.scope.${s}`)).join(', ')}</td>
              <td className="note-cell">{c.purpose}</td>
              <td>{t('consents.period', { from: c.validFrom, until: c.validUntil })}</td>
              <td>
                <span className={`status status-consent-${statusOf(c)}`}>
                  {t(`consents.status.${statusOf(c)}`)}
                </span>
              </td>
              {onWithdraw ? (
                <td>
                  {c.withdrawnAt ? null : confirmingId === c.id ? (
                    <div
                      className="confirm"
                      role="group"
                      aria-label={t('consents.withdraw.label', { agency: c.grantee.name })}
                    >
                      <p>{t('consents.withdraw.confirm', { agency: c.grantee.name })}</p>
                      <button
                        type="button"
                        className="danger"
                        disabled={isWithdrawing}
                        onClick={() => void onWithdraw(c).then((done) => done && setConfirmingId(null))}
                      >
                        {t('consents.withdraw.yes')}
                      </button>
                      <button type="button" onClick={() => setConfirmingId(null)}>
                        {t('consents.withdraw.no')}
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      onClick={() => setConfirmingId(c.id)}
                      aria-label={t('consents.withdraw.label', { agency: c.grantee.name })}
                    >
                      {t('consents.withdraw.button')}
                    </button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

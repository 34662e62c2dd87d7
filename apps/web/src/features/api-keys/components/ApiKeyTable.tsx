import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyRowFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../lib/format';

interface Props {
  apiKeys: readonly ApiKeyRowFragment[];
  onRevoke: (key: ApiKeyRowFragment) => Promise<void>;
  isRevoking: boolean;
}

export function ApiKeyTable({ apiKeys, onRevoke, isRevoking }: Props) {
  const { t } = useTranslation();
  // Revoking cannot be undone, so the button first asks inside the row.
  const [confirmingId, setConfirmingId] = useState<string | null>(null);

  return (
    <div className="table-wrap">
      <table>
        <caption>{t('apiKeys.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('apiKeys.columns.name')}</th>
            <th scope="col">{t('apiKeys.columns.prefix')}</th>
            <th scope="col">{t('apiKeys.columns.agency')}</th>
            <th scope="col">{t('apiKeys.columns.role')}</th>
            <th scope="col">{t('apiKeys.columns.createdAt')}</th>
            <th scope="col">{t('apiKeys.columns.status')}</th>
            <th scope="col">{t('apiKeys.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {apiKeys.map((key) => (
            <tr key={key.id}>
              <th scope="row">{key.name}</th>
              <td>
                <code>{key.prefix}</code>
              </td>
              <td>{key.agency.name}</td>
              <td>{t(`common.roles.${key.role}`)}</td>
              <td>{formatDateTime(key.createdAt)}</td>
              <td>
                {key.revokedAt
                  ? t('apiKeys.status.revoked', { at: formatDateTime(key.revokedAt) })
                  : t('apiKeys.status.active')}
              </td>
              <td>
                {key.revokedAt ? null : confirmingId === key.id ? (
                  <div
                    className="confirm"
                    role="group"
                    aria-label={t('apiKeys.revoke.button', { name: key.name })}
                  >
                    <p>{t('apiKeys.revoke.confirm', { name: key.name })}</p>
                    <button
                      type="button"
                      className="danger"
                      disabled={isRevoking}
                      onClick={() => void onRevoke(key).then(() => setConfirmingId(null))}
                    >
                      {t('apiKeys.revoke.yes')}
                    </button>
                    <button type="button" className="secondary" onClick={() => setConfirmingId(null)}>
                      {t('apiKeys.revoke.no')}
                    </button>
                  </div>
                ) : (
                  <button type="button" className="secondary" onClick={() => setConfirmingId(key.id)}>
                    {t('apiKeys.revoke.button', { name: key.name })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

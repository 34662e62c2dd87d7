import { useTranslation } from 'react-i18next';
import type { ApiKeyRowFragment } from '../../../generated/graphql';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { RecordTable } from '../../../components/RecordTable';
import { formatDateTime } from '../../../lib/format';

interface Props {
  apiKeys: readonly ApiKeyRowFragment[];
  onRevoke: (key: ApiKeyRowFragment) => Promise<void>;
  isRevoking: boolean;
}

const COLUMNS = ['name', 'prefix', 'agency', 'role', 'createdAt', 'status', 'actions'] as const;

export function ApiKeyTable({ apiKeys, onRevoke, isRevoking }: Props) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={t('apiKeys.caption')}
      columns={COLUMNS.map((column) => t(`apiKeys.columns.${column}`))}
      rows={apiKeys}
      rowKey={(key) => key.id}
      cells={(key) => (
        <>
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
            {/* Revoking cannot be undone, so the button first asks inside the row. */}
            {key.revokedAt ? null : (
              <ConfirmButton
                label={t('apiKeys.revoke.button', { name: key.name })}
                question={t('apiKeys.revoke.confirm', { name: key.name })}
                yes={t('apiKeys.revoke.yes')}
                no={t('apiKeys.revoke.no')}
                busy={isRevoking}
                onConfirm={() => onRevoke(key).then(() => true)}
              />
            )}
          </td>
        </>
      )}
    />
  );
}

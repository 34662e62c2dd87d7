import { useTranslation } from 'react-i18next';
import { RecordTable } from '../../../components/RecordTable';
import { formatDateTime } from '../../../lib/format';

interface Props {
  history: readonly { id: string; version: number; createdAt: string }[];
}

/** 저장 이력: the scope's saved versions, newest first. */
export function RuleHistoryTable({ history }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('screening.rules.historyTitle')}</h2>
      <RecordTable
        caption={t('screening.rules.historyCaption')}
        columns={[
          { label: t('screening.rules.historyVersion'), numeric: true },
          t('screening.rules.historyCreatedAt'),
        ]}
        rows={history}
        rowKey={(version) => version.id}
        cells={(version) => (
          <>
            <th scope="row" className="numeric">
              {version.version}
            </th>
            <td>{formatDateTime(version.createdAt)}</td>
          </>
        )}
        empty={t('screening.rules.noHistory')}
      />
    </section>
  );
}

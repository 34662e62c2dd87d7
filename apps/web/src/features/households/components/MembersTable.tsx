import { useTranslation } from 'react-i18next';
import type { HouseholdDetailQuery } from '../../../generated/graphql';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate } from '../../../lib/format';

type Member = NonNullable<HouseholdDetailQuery['household']>['members'][number];

/** 가구원 목록 with masked 주민등록번호 (a confirmed check-digit mismatch is noted). */
export function MembersTable({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={t('households.detail.membersCaption')}
      columns={[
        t('households.detail.relationship'),
        t('households.detail.name'),
        t('households.detail.rrn'),
        t('households.detail.birthDate'),
        t('households.detail.sex'),
      ]}
      rows={members}
      rowKey={(member) => member.person.id}
      cells={(member) => (
        <>
          <td>{t(`common.relationship.${member.relationship}`)}</td>
          <th scope="row">{member.person.name}</th>
          <td>
            <span className="rrn">{member.person.rrnMasked}</span>
            {member.person.rrnCheckDigitMismatch ? (
              <span className="note-inline"> ({t('households.detail.checkDigitMismatch')})</span>
            ) : null}
          </td>
          <td>{formatDate(member.person.birthDate)}</td>
          <td>{t(`common.sex.${member.person.sex}`)}</td>
        </>
      )}
    />
  );
}

import { useTranslation } from 'react-i18next';
import type { HouseholdDetailQuery } from '../../../generated/graphql';

type Member = NonNullable<HouseholdDetailQuery['household']>['members'][number];

export function MembersTable({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('households.detail.membersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('households.detail.relationship')}</th>
            <th scope="col">{t('households.detail.name')}</th>
            <th scope="col">{t('households.detail.rrn')}</th>
            <th scope="col">{t('households.detail.birthDate')}</th>
            <th scope="col">{t('households.detail.sex')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.person.id}>
              <td>{t(`common.relationship.${member.relationship}`)}</td>
              <th scope="row">{member.person.name}</th>
              <td>
                <span className="rrn">{member.person.rrnMasked}</span>
                {member.person.rrnCheckDigitMismatch ? (
                  <span className="note-inline"> ({t('households.detail.checkDigitMismatch')})</span>
                ) : null}
              </td>
              <td>{member.person.birthDate}</td>
              <td>{t(`common.sex.${member.person.sex}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { ProvisionRowFragment } from '../../../generated/graphql';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate } from '../../../lib/format';

interface Props {
  caption: string;
  provisions: readonly ProvisionRowFragment[];
  empty?: string;
}

/** Provisions as a table: period, what, needs domain, agency, amount (where it may be seen), override reason. */
export function ProvisionTable({ caption, provisions, empty }: Props) {
  const { t, i18n } = useTranslation();
  const won = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'ko-KR');
  return (
    <RecordTable
      caption={caption}
      columns={[
        t('provisions.period'),
        t('provisions.service'),
        t('provisions.domain'),
        t('provisions.agency'),
        { label: t('provisions.amount'), numeric: true },
        t('provisions.overrideReason'),
      ]}
      rows={provisions}
      rowKey={(p) => p.id}
      cells={(p) => (
        <>
          <td>
            {t('provisions.periodRange', {
              from: formatDate(p.startsOn, i18n.language),
              to: p.endsOn ? formatDate(p.endsOn, i18n.language) : t('provisions.openEnded'),
            })}
          </td>
          <th scope="row">{p.resource?.name ?? p.service}</th>
          <td>{p.needsDomain ? t(`cases.domain.${p.needsDomain}`) : ''}</td>
          <td>{p.agency.name}</td>
          <td className="numeric">
            {p.amount === null || p.amount === undefined
              ? ''
              : t('provisions.won', { amount: won.format(p.amount) })}
          </td>
          <td className="note-cell">{p.overrideReason ?? ''}</td>
        </>
      )}
      empty={empty}
    />
  );
}

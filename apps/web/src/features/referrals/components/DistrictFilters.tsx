import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DistrictAgenciesDocument } from '../../../generated/graphql';
import { SelectField } from '../../../components/Fields';
import { useRegions } from '../../households/hooks/useRegions';
import { useCallerArea } from '../../screening/hooks/useCallerArea';

interface Props {
  regionCode: string;
  agencyId: string;
  onChange: (key: 'region' | 'agency', value: string) => void;
}

/** For a 시군구 supervisor: narrow the district's referrals to one 동 or one agency of the district. */
export function DistrictFilters({ regionCode, agencyId, onChange }: Props) {
  const { t } = useTranslation();
  const { sigungu } = useCallerArea();
  const dongs = useRegions('EUPMYEONDONG', sigungu?.code, Boolean(sigungu));
  const agencies = useQuery(DistrictAgenciesDocument, {
    variables: { regionCode: sigungu?.code ?? '' },
    skip: !sigungu,
  });
  return (
    <>
      <SelectField
        id="referrals-region"
        label={t('referrals.list.dong')}
        value={regionCode}
        onChange={(v) => onChange('region', v)}
        busy={dongs.loading}
      >
        <option value="">{t('referrals.list.anyDong')}</option>
        {dongs.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="referrals-agency"
        label={t('referrals.list.agency')}
        value={agencyId}
        onChange={(v) => onChange('agency', v)}
        busy={agencies.loading}
      >
        <option value="">{t('referrals.list.anyAgency')}</option>
        {(agencies.data?.agencies.edges ?? []).map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}

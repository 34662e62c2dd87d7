import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/Fields';
import type { PayloadError } from '../../../lib/errors';
import { useRegions } from '../../households/hooks/useRegions';

interface Props {
  idPrefix: string;
  sido: string;
  sigungu: string;
  onChange: (value: { sido: string; sigungu: string }) => void;
  /** Errors of the region code, said at the 시군구. */
  errors?: readonly PayloadError[];
}

/**
 * 시도 → 시군구: the calculator needs no 읍면동, since the region classes (서울·경기·광역시…,
 * 대도시·중소도시·농어촌) follow the 시군구.
 */
export function SigunguPicker({ idPrefix, sido, sigungu, onChange, errors }: Props) {
  const { t } = useTranslation();
  const sidoList = useRegions('SIDO', undefined);
  const sigunguList = useRegions('SIGUNGU', sido, Boolean(sido));
  const failed = sidoList.error ?? sigunguList.error;
  return (
    <div className="region-picker">
      <SelectField
        id={`${idPrefix}-sido`}
        label={t('households.region.sido')}
        required
        value={sido}
        busy={sidoList.loading}
        onChange={(next) => onChange({ sido: next, sigungu: '' })}
        // Without a 시도 the 시군구 cannot be chosen, so a missing region is said here too.
        errors={!sido ? errors : undefined}
      >
        <option value="">{t('households.region.choose')}</option>
        {sidoList.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${idPrefix}-sigungu`}
        label={t('households.region.sigungu')}
        required
        disabled={!sido}
        value={sigungu}
        busy={sigunguList.loading}
        onChange={(next) => onChange({ sido, sigungu: next })}
        errors={sido ? errors : undefined}
      >
        <option value="">{t('households.region.choose')}</option>
        {sigunguList.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </SelectField>
      {failed ? (
        <p className="field-error" role="alert">
          {t('households.region.loadFailed')}
        </p>
      ) : null}
    </div>
  );
}

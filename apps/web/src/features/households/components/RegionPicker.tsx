import { useTranslation } from 'react-i18next';
import type { RegionLevel } from '../../../generated/graphql';
import type { PayloadError } from '../../../lib/errors';
import { FieldError } from '../../../components/FieldError';
import { useRegions } from '../hooks/useRegions';

export interface RegionSelection {
  sido: string;
  sigungu: string;
  eupmyeondong: string;
}

export const NO_REGION: RegionSelection = { sido: '', sigungu: '', eupmyeondong: '' };

/** A region choice kept in the query string (?sido=&sigungu=&emd=), so back/forward and shared links work. */
export function regionFromSearchParams(params: URLSearchParams): RegionSelection {
  return {
    sido: params.get('sido') ?? '',
    sigungu: params.get('sigungu') ?? '',
    eupmyeondong: params.get('emd') ?? '',
  };
}

/** Writes a region choice into query-string parameters (the inverse of regionFromSearchParams). */
export function putRegionInSearchParams(params: URLSearchParams, value: RegionSelection): URLSearchParams {
  for (const [key, code] of [
    ['sido', value.sido],
    ['sigungu', value.sigungu],
    ['emd', value.eupmyeondong],
  ] as const) {
    if (code) params.set(key, code);
    else params.delete(key);
  }
  return params;
}

/** The most specific region chosen, or undefined. */
export function selectedRegionCode(value: RegionSelection): string | undefined {
  return value.eupmyeondong || value.sigungu || value.sido || undefined;
}

interface Props {
  idPrefix: string;
  value: RegionSelection;
  onChange: (value: RegionSelection) => void;
  /** 'filter': every level may stay 전체; 'required': a 읍면동 must be chosen. */
  mode: 'filter' | 'required';
  errors?: readonly PayloadError[];
}

/** Cascading 시도 → 시군구 → 읍면동 selects. */
export function RegionPicker({ idPrefix, value, onChange, mode, errors }: Props) {
  return (
    <div className="region-picker">
      <RegionSelect
        id={`${idPrefix}-sido`}
        level="SIDO"
        labelKey="households.region.sido"
        value={value.sido}
        mode={mode}
        onChange={(sido) => onChange({ sido, sigungu: '', eupmyeondong: '' })}
      />
      <RegionSelect
        id={`${idPrefix}-sigungu`}
        level="SIGUNGU"
        labelKey="households.region.sigungu"
        parentCode={value.sido}
        value={value.sigungu}
        mode={mode}
        onChange={(sigungu) => onChange({ ...value, sigungu, eupmyeondong: '' })}
      />
      <RegionSelect
        id={`${idPrefix}-eupmyeondong`}
        level="EUPMYEONDONG"
        labelKey="households.region.eupmyeondong"
        parentCode={value.sigungu}
        value={value.eupmyeondong}
        mode={mode}
        errors={errors}
        onChange={(eupmyeondong) => onChange({ ...value, eupmyeondong })}
      />
    </div>
  );
}

function RegionSelect({
  id,
  level,
  labelKey,
  parentCode,
  value,
  mode,
  errors,
  onChange,
}: {
  id: string;
  level: RegionLevel;
  labelKey: string;
  parentCode?: string;
  value: string;
  mode: Props['mode'];
  errors?: readonly PayloadError[];
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  const needsParent = level !== 'SIDO';
  const enabled = !needsParent || Boolean(parentCode);
  const { regions, loading, error } = useRegions(level, needsParent ? parentCode : undefined, enabled);
  const hasErrors = Boolean(errors?.length);
  // Keep a value from the URL selectable while its list is still loading.
  const isKnown = value === '' || regions.some((region) => region.code === value);

  return (
    <div className="field">
      <label htmlFor={id}>{t(labelKey)}</label>
      <select
        id={id}
        value={value}
        disabled={!enabled}
        required={mode === 'required'}
        aria-busy={loading || undefined}
        aria-invalid={hasErrors || undefined}
        aria-describedby={hasErrors ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">
          {mode === 'filter' ? t('households.region.any') : t('households.region.choose')}
        </option>
        {!isKnown ? <option value={value}>{loading ? t('households.region.loading') : value}</option> : null}
        {regions.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" role="alert">
          {t('households.region.loadFailed')}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} label={t(labelKey)} choice />
    </div>
  );
}

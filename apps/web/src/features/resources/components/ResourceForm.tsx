import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEEDS_DOMAINS } from '@ieum/domain';
import type {
  CreateResourceInput,
  NeedsDomain,
  ResourceEditFieldsFragment,
  ResourceStatus,
  Weekday,
} from '../../../generated/graphql';
import { ChoiceGroup, SelectField, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { required, useFormErrors } from '../../../lib/use-form-errors';
import { NO_REGION, RegionPicker, type RegionSelection } from '../../households/components/RegionPicker';

const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const STATUSES: readonly ResourceStatus[] = ['DRAFT', 'PUBLISHED', 'SUSPENDED'];
/** Where the service area reaches from the 읍면동 where it is given: the 읍면동, its 시군구 or its 시도. */
const REACHES = ['EUPMYEONDONG', 'SIGUNGU', 'SIDO'] as const;
type Reach = (typeof REACHES)[number];

// 행정구역코드: 시도 = 2 digits, 시군구 = 5, 읍면동 = 8, padded to 10.
const areaOf = (code: string, reach: Reach) =>
  reach === 'SIDO' ? `${code.slice(0, 2)}00000000` : reach === 'SIGUNGU' ? `${code.slice(0, 5)}00000` : code;
const reachOf = (r: ResourceEditFieldsFragment): Reach => {
  const area = r.serviceAreaCodes[0] ?? r.regionCode;
  return area.endsWith('00000000') ? 'SIDO' : area.endsWith('00000') ? 'SIGUNGU' : 'EUPMYEONDONG';
};
const regionOf = (code: string): RegionSelection =>
  code
    ? { sido: `${code.slice(0, 2)}00000000`, sigungu: `${code.slice(0, 5)}00000`, eupmyeondong: code }
    : NO_REGION;

type Hours = Record<Weekday, { open: boolean; opens: string; closes: string }>;
const hoursOf = (r?: ResourceEditFieldsFragment): Hours =>
  Object.fromEntries(
    WEEKDAYS.map((d) => {
      const h = r?.hours.find((x) => x.weekday === d);
      return [d, { open: Boolean(h), opens: h?.opens ?? '09:00', closes: h?.closes ?? '18:00' }];
    }),
  ) as Hours;

const FIELDS = [
  'name',
  'description',
  'needsDomains',
  'serviceAreaCodes',
  'address',
  'regionCode',
  'eligibility',
  'fee',
  'howToApply',
  'phone',
  'email',
  'url',
  'capacityTotal',
  'hours',
  'exclusiveCategory',
  'status',
  // The API names an hours problem by its place among the open days: hours.0.closes.
  ...WEEKDAYS.flatMap((_, i) => [`hours.${i}.opens`, `hours.${i}.closes`]),
];

interface Props {
  resource?: ResourceEditFieldsFragment;
  loading: boolean;
  onSave: (input: CreateResourceInput) => Promise<PayloadResult<{ id: string; name: string }>>;
  onSaved: (id: string) => void;
}

/** 복지자원 등록·수정: what the directory shows, in the order a resident reads it. */
export function ResourceForm({ resource, loading, onSave, onSaved }: Props) {
  const { t } = useTranslation();
  const [v, setV] = useState(() => ({
    name: resource?.name ?? '',
    description: resource?.description ?? '',
    needsDomains: (resource?.needsDomains ?? []) as NeedsDomain[],
    region: regionOf(resource?.regionCode ?? ''),
    reach: resource ? reachOf(resource) : ('SIGUNGU' as Reach),
    address: resource?.address ?? '',
    eligibility: resource?.eligibility ?? '',
    fee: resource?.fee ?? '',
    howToApply: resource?.howToApply ?? '',
    phone: resource?.phone ?? '',
    email: resource?.email ?? '',
    url: resource?.url ?? '',
    capacityTotal: resource?.capacityTotal === null || !resource ? '' : String(resource.capacityTotal),
    exclusiveCategory: resource?.exclusiveCategory ?? '',
    status: resource?.status ?? ('DRAFT' as ResourceStatus),
    hours: hoursOf(resource),
  }));
  const set =
    <K extends keyof typeof v>(key: K) =>
    (value: (typeof v)[K]) =>
      setV((s) => ({ ...s, [key]: value }));
  const form = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const regionCode = v.region.eupmyeondong;
    const capacity = v.capacityTotal.trim();
    const missing = [
      ...(capacity === '' || /^\d+$/.test(capacity)
        ? []
        : [
            {
              code: 'VALIDATION',
              rule: 'OUT_OF_RANGE',
              min: 0,
              message: '',
              path: ['input', 'capacityTotal'],
            },
          ]),
      ...(v.name.trim() ? [] : [required('name')]),
      ...(v.needsDomains.length ? [] : [required('needsDomains')]),
      ...(regionCode ? [] : [required('regionCode')]),
    ];
    if (missing.length) return form.show(missing);
    form.clear();
    const result = await onSave({
      name: v.name.trim(),
      description: v.description.trim(),
      needsDomains: v.needsDomains,
      serviceAreaCodes: [areaOf(regionCode, v.reach)],
      address: v.address.trim(),
      regionCode,
      eligibility: v.eligibility.trim(),
      fee: v.fee.trim(),
      howToApply: v.howToApply.trim(),
      phone: v.phone.trim() || undefined,
      email: v.email.trim() || undefined,
      url: v.url.trim() || undefined,
      capacityTotal: capacity === '' ? null : Number(capacity),
      hours: WEEKDAYS.filter((d) => v.hours[d].open).map((d) => ({
        weekday: d,
        opens: v.hours[d].opens,
        closes: v.hours[d].closes,
      })),
      exclusiveCategory: v.exclusiveCategory.trim() || undefined,
      status: v.status,
    });
    if (result.value) onSaved(result.value.id);
    else form.show(result.errors);
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="resource-form-title">
      <h2 id="resource-form-title">{t(resource ? 'resources.form.editTitle' : 'resources.form.newTitle')}</h2>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('resources.form.failed')}
        others={form.others}
      />
      <TextField
        id="resource-name"
        label={t('resources.form.name')}
        value={v.name}
        onChange={set('name')}
        required
        errors={form.field('name')}
      />
      <TextField
        id="resource-description"
        multiline
        label={t('resources.form.description')}
        value={v.description}
        onChange={set('description')}
        errors={form.field('description')}
      />
      <ChoiceGroup
        id="resource-needsDomains"
        legend={t('resources.form.needsDomains')}
        type="checkbox"
        options={NEEDS_DOMAINS.map((d) => ({ value: d as NeedsDomain, label: t(`cases.domain.${d}`) }))}
        selected={v.needsDomains}
        onToggle={(d, on) =>
          set('needsDomains')(on ? [...v.needsDomains, d] : v.needsDomains.filter((x) => x !== d))
        }
        errors={form.field('needsDomains')}
      />
      <RegionPicker
        idPrefix="resource-region"
        value={v.region}
        onChange={set('region')}
        mode="required"
        errors={form.field('regionCode')}
      />
      <ChoiceGroup
        id="resource-reach"
        legend={t('resources.form.reach')}
        type="radio"
        className="radio-group"
        options={REACHES.map((r) => ({ value: r, label: t(`resources.form.reachOption.${r}`) }))}
        selected={[v.reach]}
        onToggle={(r) => set('reach')(r)}
        errors={form.field('serviceAreaCodes')}
      />
      <TextField
        id="resource-address"
        label={t('resources.form.address')}
        value={v.address}
        onChange={set('address')}
        errors={form.field('address')}
      />
      <TextField
        id="resource-eligibility"
        multiline
        label={t('resources.form.eligibility')}
        value={v.eligibility}
        onChange={set('eligibility')}
        errors={form.field('eligibility')}
      />
      <TextField
        id="resource-fee"
        label={t('resources.form.fee')}
        hint={t('resources.form.feeHint')}
        value={v.fee}
        onChange={set('fee')}
        errors={form.field('fee')}
      />
      <TextField
        id="resource-howToApply"
        multiline
        label={t('resources.form.howToApply')}
        value={v.howToApply}
        onChange={set('howToApply')}
        errors={form.field('howToApply')}
      />
      <TextField
        id="resource-phone"
        type="tel"
        label={t('resources.form.phone')}
        value={v.phone}
        onChange={set('phone')}
        errors={form.field('phone')}
      />
      <TextField
        id="resource-email"
        type="email"
        label={t('resources.form.email')}
        value={v.email}
        onChange={set('email')}
        errors={form.field('email')}
      />
      <TextField
        id="resource-url"
        type="url"
        label={t('resources.form.url')}
        value={v.url}
        onChange={set('url')}
        errors={form.field('url')}
      />
      <TextField
        id="resource-capacityTotal"
        className="field-narrow"
        inputMode="numeric"
        label={t('resources.form.capacityTotal')}
        hint={t('resources.form.capacityHint')}
        value={v.capacityTotal}
        onChange={set('capacityTotal')}
        errors={form.field('capacityTotal')}
      />
      <fieldset className="hours-editor">
        <legend>{t('resources.form.hours')}</legend>
        {WEEKDAYS.map((d) => {
          const i = WEEKDAYS.filter((x) => v.hours[x].open).indexOf(d);
          return (
            <div key={d} className="hours-row">
              <label>
                <input
                  type="checkbox"
                  checked={v.hours[d].open}
                  onChange={(e) =>
                    set('hours')({ ...v.hours, [d]: { ...v.hours[d], open: e.target.checked } })
                  }
                />{' '}
                {t(`directory.weekday.${d}`)}
              </label>
              {v.hours[d].open ? (
                <>
                  <TextField
                    id={`resource-hours-${d}-opens`}
                    type="time"
                    label={t('resources.form.opens', { day: t(`directory.weekday.${d}`) })}
                    value={v.hours[d].opens}
                    onChange={(opens) => set('hours')({ ...v.hours, [d]: { ...v.hours[d], opens } })}
                    errors={form.field(`hours.${i}.opens`)}
                  />
                  <TextField
                    id={`resource-hours-${d}-closes`}
                    type="time"
                    label={t('resources.form.closes', { day: t(`directory.weekday.${d}`) })}
                    value={v.hours[d].closes}
                    onChange={(closes) => set('hours')({ ...v.hours, [d]: { ...v.hours[d], closes } })}
                    errors={form.field(`hours.${i}.closes`)}
                  />
                </>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <TextField
        id="resource-exclusiveCategory"
        label={t('resources.form.exclusiveCategory')}
        hint={t('resources.form.exclusiveHint')}
        value={v.exclusiveCategory}
        onChange={set('exclusiveCategory')}
        errors={form.field('exclusiveCategory')}
      />
      <SelectField
        id="resource-status"
        label={t('resources.form.status')}
        value={v.status}
        onChange={(s) => set('status')(s as ResourceStatus)}
        errors={form.field('status')}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`resources.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {t('resources.form.save')}
        </button>
      </div>
    </form>
  );
}

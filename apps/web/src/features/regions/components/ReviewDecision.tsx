import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionCodeReviewFieldsFragment } from '../../../generated/graphql';
import { SelectField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { required, useFormErrors } from '../../../lib/use-form-errors';

interface Props {
  review: RegionCodeReviewFieldsFragment;
  busy: boolean;
  onResolve: (regionCode: string) => Promise<PayloadResult<unknown>>;
}

/** One waiting row: choose which current region it now belongs to (the worker knows the address). */
export function ReviewDecision({ review, busy, onResolve }: Props) {
  const { t } = useTranslation();
  const [regionCode, setRegionCode] = useState('');
  const form = useFormErrors(['regionCode']);
  const id = `review-${review.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!regionCode) return form.show([required('regionCode')]);
    form.clear();
    const result = await onResolve(regionCode);
    if (!result.value) form.show(result.errors);
  }

  return (
    <form
      className="inline-form"
      onSubmit={submit}
      noValidate
      aria-label={t('regions.reviews.decide', { old: review.oldRegion.fullName })}
    >
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('regions.reviews.failed')}
        others={form.others}
      />
      <SelectField
        id={`${id}-region`}
        label={t('regions.reviews.newRegion')}
        value={regionCode}
        onChange={setRegionCode}
        required
        errors={form.field('regionCode')}
      >
        <option value="">{t('regions.reviews.choose')}</option>
        {review.candidates.map((r) => (
          <option key={r.code} value={r.code}>
            {r.fullName}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="primary" disabled={busy}>
        {t('regions.reviews.resolve')}
      </button>
    </form>
  );
}

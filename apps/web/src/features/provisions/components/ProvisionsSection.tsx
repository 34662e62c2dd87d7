import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEEDS_DOMAINS, type NeedsDomain } from '@ieum/domain';
import { SelectField, TextField } from '../../../components/Fields';
import { QueryError } from '../../../components/QueryError';
import { RecordForm } from '../../../components/RecordForm';
import { todayInKorea } from '../../../lib/format';
import { required } from '../../../lib/use-form-errors';
import { useRecordForm } from '../../cases/hooks/useRecordForm';
import {
  useHouseholdProvisions,
  useOwnResources,
  useProvisionOverlaps,
  useRecordProvision,
} from '../hooks/useProvisions';
import { ProvisionTable } from './ProvisionTable';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Props {
  householdId: string;
  agencyId: string;
}

/**
 * 제공 이력 on the household page: what every agency gives the household, and a form to record what
 * the worker's agency gives. While the form is filled in it asks for overlaps (중복 확인) and lists
 * them, so the worker sees a duplicate before saving; saving anyway asks for the reason.
 */
export function ProvisionsSection({ householdId, agencyId }: Props) {
  const { t } = useTranslation();
  const ledger = useHouseholdProvisions(householdId);
  const resources = useOwnResources(agencyId);
  const { record, loading } = useRecordProvision();
  const [resourceId, setResourceId] = useState('');
  const [service, setService] = useState('');
  const [needsDomain, setNeedsDomain] = useState('');
  const [startsOn, setStartsOn] = useState(todayInKorea);
  const [endsOn, setEndsOn] = useState('');
  const [amount, setAmount] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const form = useRecordForm([
    'resourceId',
    'service',
    'needsDomain',
    'startsOn',
    'endsOn',
    'amount',
    'overrideReason',
  ]);

  const datesSet = DATE.test(startsOn) && (!endsOn || (DATE.test(endsOn) && endsOn >= startsOn));
  const check =
    datesSet && (resourceId || needsDomain)
      ? {
          householdId,
          resourceId: resourceId || null,
          needsDomain: (needsDomain || null) as NeedsDomain | null,
          startsOn,
          endsOn: endsOn || null,
        }
      : null;
  const { overlaps, checking } = useProvisionOverlaps(check);
  const warned = overlaps.length > 0;

  const submit = (event: FormEvent) =>
    form.submit(event, {
      missing: [
        ...(!resourceId && !service.trim() ? [required('service')] : []),
        ...(!resourceId && !needsDomain ? [required('needsDomain')] : []),
        ...(startsOn ? [] : [required('startsOn')]),
        ...(warned && !overrideReason.trim() ? [required('overrideReason')] : []),
      ],
      send: () =>
        record({
          householdId,
          resourceId: resourceId || null,
          service: service.trim() || null,
          needsDomain: (needsDomain || null) as NeedsDomain | null,
          startsOn,
          endsOn: endsOn || null,
          amount: amount.trim() === '' ? null : Number(amount),
          overrideReason: overrideReason.trim() || null,
        }),
      recorded: t('provisions.form.recorded'),
      reset: () => {
        setResourceId('');
        setService('');
        setNeedsDomain('');
        setEndsOn('');
        setAmount('');
        setOverrideReason('');
      },
    });

  return (
    <section aria-labelledby="provisions-title">
      <h2 id="provisions-title">{t('provisions.title')}</h2>
      <p className="hint">{t('provisions.intro')}</p>
      {ledger.error ? <QueryError error={ledger.error} onRetry={ledger.retry} /> : null}
      <ProvisionTable
        caption={t('provisions.caption')}
        provisions={ledger.provisions}
        empty={ledger.loading ? undefined : t('provisions.none')}
      />
      <RecordForm
        id="provision"
        title={t('provisions.form.title')}
        hint={t('provisions.form.hint')}
        failed={t('provisions.form.failed')}
        submitLabel={warned ? t('provisions.form.submitAnyway') : t('provisions.form.submit')}
        disabled={loading}
        form={form}
        onSubmit={submit}
      >
        <SelectField
          id="provision-resource"
          label={t('provisions.form.resource')}
          value={resourceId}
          onChange={setResourceId}
          errors={form.field('resourceId')}
        >
          <option value="">{t('provisions.form.noResource')}</option>
          {resources.map((r) => (
            <option key={r.id} value={r.id}>
              {r.exclusiveCategory ? `${r.name} (${r.exclusiveCategory})` : r.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="provision-service"
          label={resourceId ? t('provisions.form.serviceOptional') : t('provisions.service')}
          value={service}
          onChange={setService}
          required={!resourceId}
          errors={form.field('service')}
        />
        <SelectField
          id="provision-domain"
          label={resourceId ? t('provisions.form.domainOptional') : t('provisions.domain')}
          value={needsDomain}
          onChange={setNeedsDomain}
          required={!resourceId}
          errors={form.field('needsDomain')}
        >
          <option value="">{t('provisions.form.chooseDomain')}</option>
          {NEEDS_DOMAINS.map((d) => (
            <option key={d} value={d}>
              {t(`cases.domain.${d}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="provision-startsOn"
          className="field-narrow"
          type="date"
          label={t('provisions.form.startsOn')}
          value={startsOn}
          onChange={setStartsOn}
          required
          errors={form.field('startsOn')}
        />
        <TextField
          id="provision-endsOn"
          className="field-narrow"
          type="date"
          label={t('provisions.form.endsOn')}
          hint={t('provisions.form.endsOnHint')}
          value={endsOn}
          min={startsOn}
          onChange={setEndsOn}
          errors={form.field('endsOn')}
        />
        <TextField
          id="provision-amount"
          className="field-narrow"
          type="number"
          inputMode="numeric"
          min="0"
          step="1"
          label={t('provisions.form.amount')}
          hint={t('provisions.form.amountHint')}
          value={amount}
          onChange={setAmount}
          errors={form.field('amount')}
        />
        <div role="status" className="status-line">
          {check && checking ? t('provisions.overlaps.checking') : null}
        </div>
        {warned ? (
          <div className="alert alert-warning" role="alert">
            <p>{t('provisions.overlaps.warning', { count: overlaps.length })}</p>
            <ProvisionTable caption={t('provisions.overlaps.caption')} provisions={overlaps} />
          </div>
        ) : null}
        {warned ? (
          <TextField
            id="provision-overrideReason"
            multiline
            label={t('provisions.form.overrideReason')}
            hint={t('provisions.form.overrideHint')}
            value={overrideReason}
            onChange={setOverrideReason}
            required
            errors={form.field('overrideReason')}
          />
        ) : null}
      </RecordForm>
    </section>
  );
}

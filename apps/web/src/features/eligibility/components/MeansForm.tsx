import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CarUse,
  IncomeKind,
  MeansFieldsFragment,
  MeansSource,
  PropertyKind,
  RecordHouseholdMeansInput,
} from '../../../generated/graphql';
import { CheckboxField, SelectField, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { todayInKorea } from '../../../lib/format';
import { required, useFormErrors } from '../../../lib/use-form-errors';

export const INCOME_KINDS: readonly IncomeKind[] = [
  'EARNED',
  'BUSINESS',
  'PROPERTY',
  'PENSION',
  'PUBLIC_TRANSFER',
  'PRIVATE_TRANSFER',
];
export const PROPERTY_KINDS: readonly PropertyKind[] = ['RESIDENTIAL', 'GENERAL', 'FINANCIAL', 'CAR', 'DEBT'];
export const SOURCES: readonly MeansSource[] = ['REPORTED', 'QUERIED', 'ESTIMATED'];
export const CAR_USES: readonly CarUse[] = ['PRIVATE', 'BUSINESS', 'DISABILITY'];

export interface Member {
  person: { id: string; name: string };
}

interface IncomeRow {
  key: number;
  personId: string;
  kind: IncomeKind;
  amount: string;
  source: MeansSource;
}
interface PropertyRow {
  key: number;
  personId: string;
  kind: PropertyKind;
  amount: string;
  source: MeansSource;
  engineCc: string;
  modelYear: string;
  use: CarUse;
}

let nextKey = 1;
const incomeRow = (personId: string, r: Partial<IncomeRow> = {}): IncomeRow => ({
  key: nextKey++,
  personId,
  kind: 'EARNED',
  amount: '',
  source: 'REPORTED',
  ...r,
});
const propertyRow = (r: Partial<PropertyRow> = {}): PropertyRow => ({
  key: nextKey++,
  personId: '',
  kind: 'RESIDENTIAL',
  amount: '',
  source: 'REPORTED',
  engineCc: '',
  modelYear: '',
  use: 'PRIVATE',
  ...r,
});

// Amounts are typed with or without thousands separators ('1,200,000').
const won = (text: string) => Number(text.replace(/[,\s]/g, ''));

interface Props {
  householdId: string;
  members: readonly Member[];
  /** The record in force, to start from: a correction is a new record. */
  current: MeansFieldsFragment | null;
  loading: boolean;
  onRecord: (input: RecordHouseholdMeansInput) => Promise<PayloadResult<{ id: string }>>;
  onDone: (saved: boolean) => void;
}

/** 소득·재산 기록: a row per income and per asset, each with its member and source, and each member's facts. */
export function MeansForm({ householdId, members, current, loading, onRecord, onDone }: Props) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayInKorea());
  const [incomes, setIncomes] = useState<IncomeRow[]>(() =>
    (current?.incomes ?? []).map((i) =>
      incomeRow(i.person?.id ?? '', {
        kind: i.kind,
        amount: String(i.monthlyAmount),
        source: i.source,
      }),
    ),
  );
  const [property, setProperty] = useState<PropertyRow[]>(() =>
    (current?.property ?? []).map((p) =>
      propertyRow({
        personId: p.person?.id ?? '',
        kind: p.kind,
        amount: String(p.amount),
        source: p.source,
        engineCc: p.engineCc === null ? '' : String(p.engineCc),
        modelYear: p.modelYear === null ? '' : String(p.modelYear),
        use: p.use ?? 'PRIVATE',
      }),
    ),
  );
  const [facts, setFacts] = useState(
    () =>
      new Map(
        members.map((m) => {
          const f = current?.facts.find((x) => x.person?.id === m.person.id);
          return [m.person.id, { disabled: f?.disabled ?? false, student: f?.student ?? false }];
        }),
      ),
  );
  const fields = [
    'asOf',
    ...incomes.flatMap((_, i) =>
      ['personId', 'kind', 'monthlyAmount', 'source'].map((f) => `incomes.${i}.${f}`),
    ),
    ...property.flatMap((_, i) =>
      ['personId', 'kind', 'amount', 'source', 'engineCc', 'modelYear', 'use'].map(
        (f) => `property.${i}.${f}`,
      ),
    ),
  ];
  const form = useFormErrors(fields);
  const memberName = (id: string) => members.find((m) => m.person.id === id)?.person.name ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(asOf ? [] : [required('asOf')]),
      ...incomes.flatMap((r, i) => (r.amount.trim() ? [] : [required(`incomes.${i}.monthlyAmount`)])),
      ...property.flatMap((r, i) => [
        ...(r.amount.trim() ? [] : [required(`property.${i}.amount`)]),
        ...(r.kind === 'CAR' && !r.engineCc.trim() ? [required(`property.${i}.engineCc`)] : []),
        ...(r.kind === 'CAR' && !r.modelYear.trim() ? [required(`property.${i}.modelYear`)] : []),
      ]),
    ];
    if (missing.length) {
      form.show(missing);
      return;
    }
    form.clear();
    const result = await onRecord({
      householdId,
      asOf,
      incomes: incomes.map((r) => ({
        personId: r.personId,
        kind: r.kind,
        monthlyAmount: won(r.amount),
        source: r.source,
      })),
      property: property.map((r) => {
        const car = r.kind === 'CAR';
        return {
          personId: r.personId || null,
          kind: r.kind,
          amount: won(r.amount),
          source: r.source,
          engineCc: car ? won(r.engineCc) : null,
          modelYear: car ? won(r.modelYear) : null,
          use: car ? r.use : null,
        };
      }),
      facts: [...facts]
        .filter(([, f]) => f.disabled || f.student)
        .map(([personId, f]) => ({ personId, ...f })),
    });
    if (result.value) {
      onDone(true);
      return;
    }
    form.show(result.errors);
  }

  const setIncome = (key: number, change: Partial<IncomeRow>) =>
    setIncomes((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const setAsset = (key: number, change: Partial<PropertyRow>) =>
    setProperty((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const sourceOptions = SOURCES.map((s) => (
    <option key={s} value={s}>
      {t(`eligibility.source.${s}`)}
    </option>
  ));

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="means-form-title">
      <h3 id="means-form-title">{t('eligibility.form.title')}</h3>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('eligibility.form.failed')}
        others={form.others}
      />
      <TextField
        id="means-asOf"
        className="field-narrow"
        type="date"
        label={t('eligibility.form.asOf')}
        value={asOf}
        max={todayInKorea()}
        onChange={setAsOf}
        required
        errors={form.field('asOf')}
      />

      <fieldset>
        <legend>{t('eligibility.form.incomesLegend')}</legend>
        {incomes.map((r, i) => (
          <fieldset key={r.key} className="member-row">
            <legend>{t('eligibility.form.incomeRow', { n: i + 1 })}</legend>
            <SelectField
              id={`means-income-${i}-personId`}
              label={t('eligibility.means.member')}
              value={r.personId}
              onChange={(personId) => setIncome(r.key, { personId })}
              errors={form.field(`incomes.${i}.personId`)}
            >
              {members.map((m) => (
                <option key={m.person.id} value={m.person.id}>
                  {m.person.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              id={`means-income-${i}-kind`}
              label={t('eligibility.means.kind')}
              value={r.kind}
              onChange={(kind) => setIncome(r.key, { kind: kind as IncomeKind })}
              errors={form.field(`incomes.${i}.kind`)}
            >
              {INCOME_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`eligibility.incomeKind.${k}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`means-income-${i}-monthlyAmount`}
              label={t('eligibility.means.monthlyAmount')}
              inputMode="numeric"
              value={r.amount}
              onChange={(amount) => setIncome(r.key, { amount })}
              required
              errors={form.field(`incomes.${i}.monthlyAmount`)}
            />
            <SelectField
              id={`means-income-${i}-source`}
              label={t('eligibility.means.source')}
              value={r.source}
              onChange={(source) => setIncome(r.key, { source: source as MeansSource })}
              errors={form.field(`incomes.${i}.source`)}
            >
              {sourceOptions}
            </SelectField>
            <button
              type="button"
              className="secondary"
              onClick={() => setIncomes((rows) => rows.filter((x) => x.key !== r.key))}
            >
              {t('eligibility.form.remove')}
              <span className="visually-hidden"> {t('eligibility.form.incomeRow', { n: i + 1 })}</span>
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setIncomes((rows) => [...rows, incomeRow(members[0]?.person.id ?? '')])}
        >
          {t('eligibility.form.addIncome')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('eligibility.form.propertyLegend')}</legend>
        {property.map((r, i) => (
          <fieldset key={r.key} className="member-row">
            <legend>{t('eligibility.form.propertyRow', { n: i + 1 })}</legend>
            <SelectField
              id={`means-property-${i}-personId`}
              label={t('eligibility.means.member')}
              value={r.personId}
              onChange={(personId) => setAsset(r.key, { personId })}
              errors={form.field(`property.${i}.personId`)}
            >
              <option value="">{t('eligibility.means.household')}</option>
              {members.map((m) => (
                <option key={m.person.id} value={m.person.id}>
                  {m.person.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              id={`means-property-${i}-kind`}
              label={t('eligibility.means.kind')}
              value={r.kind}
              onChange={(kind) => setAsset(r.key, { kind: kind as PropertyKind })}
              errors={form.field(`property.${i}.kind`)}
            >
              {PROPERTY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`eligibility.propertyKind.${k}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`means-property-${i}-amount`}
              label={t('eligibility.means.amount')}
              inputMode="numeric"
              value={r.amount}
              onChange={(amount) => setAsset(r.key, { amount })}
              required
              errors={form.field(`property.${i}.amount`)}
            />
            <SelectField
              id={`means-property-${i}-source`}
              label={t('eligibility.means.source')}
              value={r.source}
              onChange={(source) => setAsset(r.key, { source: source as MeansSource })}
              errors={form.field(`property.${i}.source`)}
            >
              {sourceOptions}
            </SelectField>
            {r.kind === 'CAR' ? (
              <>
                <TextField
                  id={`means-property-${i}-engineCc`}
                  label={t('eligibility.form.engineCc')}
                  inputMode="numeric"
                  value={r.engineCc}
                  onChange={(engineCc) => setAsset(r.key, { engineCc })}
                  required
                  errors={form.field(`property.${i}.engineCc`)}
                />
                <TextField
                  id={`means-property-${i}-modelYear`}
                  label={t('eligibility.form.modelYear')}
                  inputMode="numeric"
                  value={r.modelYear}
                  onChange={(modelYear) => setAsset(r.key, { modelYear })}
                  required
                  errors={form.field(`property.${i}.modelYear`)}
                />
                <SelectField
                  id={`means-property-${i}-use`}
                  label={t('eligibility.form.use')}
                  value={r.use}
                  onChange={(use) => setAsset(r.key, { use: use as CarUse })}
                  errors={form.field(`property.${i}.use`)}
                >
                  {CAR_USES.map((u) => (
                    <option key={u} value={u}>
                      {t(`eligibility.carUse.${u}`)}
                    </option>
                  ))}
                </SelectField>
              </>
            ) : null}
            <button
              type="button"
              className="secondary"
              onClick={() => setProperty((rows) => rows.filter((x) => x.key !== r.key))}
            >
              {t('eligibility.form.remove')}
              <span className="visually-hidden"> {t('eligibility.form.propertyRow', { n: i + 1 })}</span>
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setProperty((rows) => [...rows, propertyRow()])}
        >
          {t('eligibility.form.addProperty')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('eligibility.form.factsLegend')}</legend>
        {members.map((m) => {
          const f = facts.get(m.person.id) ?? { disabled: false, student: false };
          const set = (change: Partial<typeof f>) =>
            setFacts((all) => new Map(all).set(m.person.id, { ...f, ...change }));
          return (
            <div key={m.person.id} className="member-row">
              <CheckboxField
                id={`means-facts-${m.person.id}-disabled`}
                label={t('eligibility.form.disabledOf', { name: memberName(m.person.id) })}
                checked={f.disabled}
                onChange={(disabled) => set({ disabled })}
              />
              <CheckboxField
                id={`means-facts-${m.person.id}-student`}
                label={t('eligibility.form.studentOf', { name: memberName(m.person.id) })}
                checked={f.student}
                onChange={(student) => set({ student })}
              />
            </div>
          );
        })}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('eligibility.form.submitting') : t('eligibility.form.submit')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          {t('eligibility.form.cancel')}
        </button>
      </div>
    </form>
  );
}

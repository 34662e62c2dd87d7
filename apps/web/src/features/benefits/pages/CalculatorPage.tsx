import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import { formatWon, todayInKorea } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { PublicLayout } from '../../resources/components/PublicLayout';
import {
  emptyForm,
  errorFields,
  estimateInputOf,
  MAX_MEMBERS,
  newMember,
  SUPPORT_OBLIGORS,
  type CalculatorForm,
  type MemberRow,
} from '../calculator-form';
import { BenefitResultCard } from '../components/BenefitResultCard';
import { MemberFields } from '../components/MemberFields';
import { PropertyFields } from '../components/PropertyFields';
import { SigunguPicker } from '../components/SigunguPicker';
import { useBenefitEstimate, type BenefitEstimate } from '../hooks/useBenefitEstimate';

const BOKJIRO = 'https://www.bokjiro.go.kr';

/**
 * 복지계산기: a resident enters the household, its incomes and property, and sees each programme
 * with the amount and why. Public, and nothing typed is kept beyond this page's state.
 */
export function CalculatorPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('benefits.calculator.title'));
  const [form, setForm] = useState<CalculatorForm>(() => emptyForm(todayInKorea()));
  const [estimate, setEstimate] = useState<BenefitEstimate | null>(null);
  const { estimate: run, loading } = useBenefitEstimate();
  const errors = useFormErrors(errorFields(form));
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const isEnglish = i18n.language.startsWith('en');
  // New results are announced by moving focus to their heading, once they are on the page.
  useEffect(() => {
    if (estimate) resultsHeading.current?.focus();
  }, [estimate]);
  // A member just added takes focus at its birth year.
  const [addedMember, setAddedMember] = useState<number | null>(null);
  useEffect(() => {
    if (addedMember === null) return;
    document.getElementById(`calc-member-${addedMember}-birth-year`)?.focus();
    setAddedMember(null);
  }, [addedMember]);

  const update = (change: Partial<CalculatorForm>) => setForm((f) => ({ ...f, ...change }));
  const updateMember = (key: number, change: Partial<MemberRow>) =>
    setForm((f) => ({ ...f, members: f.members.map((m) => (m.key === key ? { ...m, ...change } : m)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const { input, problems } = estimateInputOf(form);
    if (!input) {
      setEstimate(null);
      errors.show(problems);
      return;
    }
    const result = await run(input);
    if (result.value) {
      setEstimate(result.value);
    } else {
      setEstimate(null);
      errors.show(result.errors);
    }
  }

  const directoryQuery = new URLSearchParams();
  if (form.sido) directoryQuery.set('sido', form.sido);
  if (form.sigungu) directoryQuery.set('sigungu', form.sigungu);

  return (
    <PublicLayout>
      <h1>{t('benefits.calculator.title')}</h1>
      <p>{t('benefits.calculator.intro')}</p>
      <p className="access-notice">{t('benefits.calculator.privacy')}</p>
      <form className="card form calculator" onSubmit={submit} noValidate autoComplete="off">
        <FormAlert
          summaryRef={errors.summaryRef}
          hasErrors={errors.errors.length > 0}
          failed={t('benefits.calculator.failed')}
          others={errors.others}
        />
        <fieldset>
          <legend>{t('benefits.calculator.regionLegend')}</legend>
          <p className="hint">{t('benefits.calculator.regionHint')}</p>
          <SigunguPicker
            idPrefix="calc-region"
            sido={form.sido}
            sigungu={form.sigungu}
            onChange={update}
            errors={errors.field('regionCode')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('benefits.calculator.membersLegend')}</legend>
          <p className="hint">{t('benefits.calculator.amountHint')}</p>
          {form.members.map((member, index) => (
            <MemberFields
              key={member.key}
              member={member}
              number={index + 1}
              asOf={form.asOf}
              onChange={(change) => updateMember(member.key, change)}
              onRemove={
                form.members.length > 1
                  ? () => {
                      // Error paths are positional; after a removal they would point at the wrong member.
                      errors.clear();
                      setForm((f) => ({ ...f, members: f.members.filter((m) => m.key !== member.key) }));
                    }
                  : undefined
              }
              errorsFor={errors.field}
            />
          ))}
          {form.members.length < MAX_MEMBERS ? (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                const member = newMember(form.members.length === 1 ? 'SPOUSE' : 'CHILD');
                setForm((f) => ({ ...f, members: [...f.members, member] }));
                setAddedMember(member.key);
              }}
            >
              {t('benefits.calculator.addMember')}
            </button>
          ) : null}
        </fieldset>
        <PropertyFields
          property={form.property}
          cars={form.cars}
          onProperty={(property) => update({ property })}
          onCars={(cars, removed) => {
            if (removed) errors.clear();
            update({ cars });
          }}
          errorsFor={errors.field}
        />
        <SelectField
          id="calc-obligor"
          label={t('benefits.calculator.obligor')}
          hint={t('benefits.calculator.obligorHint')}
          value={form.supportObligor}
          onChange={(v) => update({ supportObligor: v as CalculatorForm['supportObligor'] })}
          errors={errors.field('supportObligor')}
        >
          {SUPPORT_OBLIGORS.map((s) => (
            <option key={s} value={s}>
              {t(`benefits.calculator.supportObligor.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="calc-as-of"
          type="date"
          className="field-narrow"
          label={t('benefits.calculator.asOf')}
          hint={t('benefits.calculator.asOfHint')}
          required
          value={form.asOf}
          onChange={(asOf) => update({ asOf })}
          errors={errors.field('asOf')}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('benefits.calculator.submitting') : t('benefits.calculator.submit')}
          </button>
        </div>
      </form>

      {estimate ? (
        <section aria-labelledby="calc-results" className="calc-results">
          <h2 id="calc-results" ref={resultsHeading} tabIndex={-1}>
            {t('benefits.calculator.resultsTitle')}
          </h2>
          <p className="access-notice">{t('benefits.calculator.estimateNote')}</p>
          {isEnglish ? <p className="hint">{t('benefits.calculator.reasonsInKorean')}</p> : null}
          <dl className="facts">
            {estimate.householdSize !== null ? (
              <div>
                <dt>{t('benefits.calculator.summary.householdSize')}</dt>
                <dd>{t('benefits.calculator.summary.persons', { count: estimate.householdSize })}</dd>
              </div>
            ) : null}
            {estimate.medianIncome !== null ? (
              <div>
                <dt>{t('benefits.calculator.summary.medianIncome')}</dt>
                <dd>{formatWon(estimate.medianIncome, i18n.language)}</dd>
              </div>
            ) : null}
            {estimate.incomeRecognized !== null ? (
              <div>
                <dt>{t('benefits.calculator.summary.incomeRecognized')}</dt>
                <dd>{formatWon(estimate.incomeRecognized, i18n.language)}</dd>
              </div>
            ) : null}
          </dl>
          {estimate.results.length === 0 ? <p>{t('benefits.calculator.noResults')}</p> : null}
          {/* Eligible programmes first, each group in the API's order. */}
          {[...estimate.results]
            .sort((a, b) => Number(b.eligible) - Number(a.eligible))
            .map((result) => (
              <BenefitResultCard key={result.programme} result={result} directoryQuery={directoryQuery} />
            ))}
          <section id="apply" aria-labelledby="calc-apply" className="card" tabIndex={-1}>
            <h2 id="calc-apply">{t('benefits.calculator.apply.title')}</h2>
            <p>{t('benefits.calculator.apply.centre')}</p>
            <p>
              <a href={BOKJIRO} target="_blank" rel="noreferrer">
                {t('benefits.calculator.apply.online')}
              </a>
            </p>
            <p>{t('benefits.calculator.apply.phone')}</p>
            <p>
              <Link to={`/directory?${directoryQuery.toString()}`}>
                {t('benefits.calculator.apply.directory')}
              </Link>
            </p>
          </section>
        </section>
      ) : null}
    </PublicLayout>
  );
}

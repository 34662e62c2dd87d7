import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger, formatWon } from '../../../lib/format';
import type { BenefitEstimate } from '../hooks/useBenefitEstimate';
import { directoryDomainOf, programmeLabel } from '../programmes';

export type BenefitResult = BenefitEstimate['results'][number];
type TraceStep = BenefitResult['trace'][number];

/** A parameter's value as the trace carries it (text): figures get their digit grouping. */
export function parameterValueText(value: string, language: string): string {
  return /^\d{4,}$/.test(value) ? formatInteger(Number(value), language) : value;
}

/** The 미확인 mark of a figure the sources have not confirmed; said in words, not by colour. */
export function UnverifiedBadge() {
  const { t } = useTranslation();
  return (
    <span className="tag" title={t('benefits.calculator.unverifiedHint')}>
      {t('benefits.calculator.unverified')}
    </span>
  );
}

interface Props {
  result: BenefitResult;
  /** The directory's address for the region chosen ('/directory?sido=…'), the domain added here. */
  directoryQuery: URLSearchParams;
}

/** One programme: eligible or not, the monthly amount, the threshold, why, and the trace on demand. */
export function BenefitResultCard({ result, directoryQuery }: Props) {
  const { t, i18n } = useTranslation();
  const [isTraceOpen, setTraceOpen] = useState(false);
  const label = programmeLabel(t, result.programme);
  const headingId = `result-${result.programme}`;
  const traceId = `trace-${result.programme}`;
  const won = (amount: number | null | undefined) =>
    amount === null || amount === undefined
      ? t('benefits.calculator.notApplicable')
      : formatWon(amount, i18n.language);
  const domain = directoryDomainOf(result.programme);
  const directory = new URLSearchParams(directoryQuery);
  if (domain) directory.set('domain', domain);

  return (
    <article
      className={`card benefit-result ${result.eligible ? 'is-eligible' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{label}</h3>
      <p className={result.eligible ? 'verdict verdict-yes' : 'verdict verdict-no'}>
        <span aria-hidden="true">{result.eligible ? '✓' : '–'}</span>{' '}
        <span>
          {result.eligible ? t('benefits.calculator.eligible') : t('benefits.calculator.notEligible')}
        </span>
      </p>
      <dl className="facts">
        {result.eligible ? (
          <div>
            <dt>{t('benefits.calculator.monthlyAmount')}</dt>
            <dd className="amount">
              {result.monthlyAmount === null
                ? t('benefits.calculator.noAmount')
                : t('benefits.calculator.perMonth', {
                    amount: formatWon(result.monthlyAmount, i18n.language),
                  })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('benefits.calculator.threshold')}</dt>
          <dd>{won(result.threshold)}</dd>
        </div>
        <div>
          <dt>{t('benefits.calculator.incomeRecognized')}</dt>
          <dd>{won(result.incomeRecognized)}</dd>
        </div>
      </dl>
      {result.reasons.length ? (
        <>
          <h4>{t('benefits.calculator.reasons')}</h4>
          <ul className="reasons" lang="ko">
            {result.reasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="form-actions">
        {result.trace.length ? (
          <button
            type="button"
            className="secondary"
            aria-expanded={isTraceOpen}
            aria-controls={traceId}
            onClick={() => setTraceOpen((open) => !open)}
          >
            {t(isTraceOpen ? 'benefits.calculator.hideTrace' : 'benefits.calculator.showTrace', {
              programme: label,
            })}
          </button>
        ) : null}
        {result.eligible ? <a href="#apply">{t('benefits.calculator.howToApply')}</a> : null}
        <Link to={`/directory?${directory.toString()}`}>
          {domain
            ? t('benefits.calculator.findServices', { domain: t(`cases.domain.${domain}`) })
            : t('benefits.calculator.findAllServices')}
        </Link>
      </div>
      <div id={traceId} hidden={!isTraceOpen}>
        {isTraceOpen ? <Trace label={label} steps={result.trace} /> : null}
      </div>
    </article>
  );
}

function Trace({ label, steps }: { label: string; steps: readonly TraceStep[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-label={t('benefits.calculator.traceTitle', { programme: label })}>
      <ol className="trace">
        {steps.map((step, i) => (
          <li key={i}>
            <p className="trace-label" lang="ko">
              {step.label}
            </p>
            <p className="trace-formula" lang="ko">
              {step.formula}
            </p>
            {step.value !== null ? (
              <p className="hint">
                {t('benefits.calculator.traceValue')}: {formatWon(step.value, i18n.language)}
              </p>
            ) : null}
            {step.parameters.length ? (
              <ul className="trace-parameters" aria-label={t('benefits.calculator.traceParameters')}>
                {step.parameters.map((p) => (
                  <li key={p.name}>
                    <code>{p.name}</code> = {parameterValueText(p.value, i18n.language)} (
                    {t('benefits.calculator.effectiveFrom', {
                      date: formatDate(p.effectiveFrom, i18n.language),
                    })}
                    )
                    {p.unverified ? (
                      <>
                        {' '}
                        <UnverifiedBadge />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

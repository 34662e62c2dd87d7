import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetURLSearchParams } from 'react-router-dom';
import { TextField } from '../../../components/Fields';
import { formatDate } from '../../../lib/format';
import { useUrlForm } from '../../../lib/use-url-form';
import { periodFromParams, putPeriodInParams } from '../period';

/**
 * The dashboards' period (from, to), kept in the address so a figure can be linked: applied when
 * both ends are set and in order, cleared to show all time; the status line says what is shown.
 */
export function PeriodForm({
  idPrefix,
  params,
  setParams,
}: {
  idPrefix: string;
  params: URLSearchParams;
  setParams: SetURLSearchParams;
}) {
  const { t } = useTranslation();
  const period = periodFromParams(params);
  const [periodForm, setPeriodForm] = useUrlForm({ from: period?.from ?? '', to: period?.to ?? '' });
  const periodInvalid = Boolean(periodForm.from && periodForm.to) && periodForm.from > periodForm.to;

  function applyPeriod(event: FormEvent) {
    event.preventDefault();
    if (!periodForm.from || !periodForm.to || periodInvalid) return;
    setParams(putPeriodInParams(params, periodForm));
  }

  return (
    <>
      <form
        className="card form filter-form"
        aria-labelledby={`${idPrefix}-period-legend`}
        onSubmit={applyPeriod}
      >
        <h2 id={`${idPrefix}-period-legend`}>{t('dashboard.period.legend')}</h2>
        <p className="hint" id={`${idPrefix}-period-hint`}>
          {t('dashboard.period.hint')}
        </p>
        <TextField
          id={`${idPrefix}-from`}
          type="date"
          label={t('dashboard.period.from')}
          value={periodForm.from}
          max={periodForm.to || undefined}
          onChange={(from) => setPeriodForm({ ...periodForm, from })}
        />
        <TextField
          id={`${idPrefix}-to`}
          type="date"
          label={t('dashboard.period.to')}
          value={periodForm.to}
          min={periodForm.from || undefined}
          onChange={(to) => setPeriodForm({ ...periodForm, to })}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="primary"
            disabled={!periodForm.from || !periodForm.to || periodInvalid}
          >
            {t('dashboard.period.apply')}
          </button>
          {period ? (
            <button type="button" onClick={() => setParams(putPeriodInParams(params, null))}>
              {t('dashboard.period.clear')}
            </button>
          ) : null}
        </div>
      </form>
      <p role="status" className="status-line">
        {period
          ? t('dashboard.period.showing', { from: formatDate(period.from), to: formatDate(period.to) })
          : t('dashboard.period.all')}
      </p>
    </>
  );
}

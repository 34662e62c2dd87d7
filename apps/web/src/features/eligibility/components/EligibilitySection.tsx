import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { todayInKorea } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { useDecideEligibility } from '../hooks/useDecideEligibility';
import { useHouseholdEligibility } from '../hooks/useHouseholdEligibility';
import { useRecordHouseholdMeans } from '../hooks/useRecordHouseholdMeans';
import { DecisionList } from './DecisionList';
import { MeansForm } from './MeansForm';
import { MeansSummary } from './MeansSummary';

interface Props {
  householdId: string;
  /** 소득·재산 기록 and 판정 are for the public workers of the area; others only read. */
  canRecord: boolean;
  canDecide: boolean;
}

/** 소득·재산 and 수급자격 판정 on the household page. */
export function EligibilitySection({ householdId, canRecord, canDecide }: Props) {
  const { t } = useTranslation();
  const data = useHouseholdEligibility(householdId, true);
  const recordMeans = useRecordHouseholdMeans();
  const decideEligibility = useDecideEligibility();
  const errorText = useErrorText();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function decide() {
    setStatus(null);
    const result = await decideEligibility.decide({ householdId, asOf: todayInKorea() });
    if (result.value) {
      setStatus({ ok: true, text: t('eligibility.decide.done', { count: result.value.length }) });
      return;
    }
    const text = result.errors
      .map((e) => (e.code === 'INVALID_STATE' ? t('eligibility.decide.noMeans') : errorText(e)))
      .join(' ');
    setStatus({ ok: false, text: `${t('eligibility.decide.failed')} ${text}` });
  }

  return (
    <section aria-labelledby="eligibility-title">
      <h2 id="eligibility-title">{t('eligibility.title')}</h2>
      <p className="hint">{t('eligibility.intro')}</p>
      {data.error ? <QueryError error={data.error} onRetry={data.retry} /> : null}
      {data.loading ? <p role="status">{t('common.loading')}</p> : null}

      <h3>{t('eligibility.means.title')}</h3>
      {editing ? (
        <MeansForm
          householdId={householdId}
          members={data.members}
          current={data.means}
          loading={recordMeans.loading}
          onRecord={recordMeans.record}
          onDone={(saved) => {
            setEditing(false);
            setStatus(saved ? { ok: true, text: t('eligibility.form.saved') } : null);
          }}
        />
      ) : (
        <>
          {data.means ? (
            <MeansSummary means={data.means} members={data.members} />
          ) : !data.loading && !data.error ? (
            <p>{t('eligibility.means.none')}</p>
          ) : null}
          <div className="form-actions">
            {canRecord ? (
              <button type="button" className="secondary" onClick={() => (setStatus(null), setEditing(true))}>
                {t('eligibility.form.open')}
              </button>
            ) : null}
            {canDecide ? (
              <button
                type="button"
                className="primary"
                onClick={decide}
                disabled={decideEligibility.loading || !data.means}
                aria-describedby={data.means ? undefined : 'eligibility-needs-means'}
              >
                {decideEligibility.loading
                  ? t('eligibility.decide.deciding')
                  : t('eligibility.decide.button')}
              </button>
            ) : null}
          </div>
          {canDecide && !data.means && !data.loading ? (
            <p id="eligibility-needs-means" className="hint">
              {t('eligibility.decide.needsMeans')}
            </p>
          ) : null}
        </>
      )}
      <p role="status" className="status-line">
        {status?.ok ? status.text : null}
      </p>
      <div role="alert">
        {status && !status.ok ? <p className="alert alert-error">{status.text}</p> : null}
      </div>

      <h3>{t('eligibility.decisions.title')}</h3>
      <DecisionList decisions={data.decisions} />
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NextRoundRulesDocument, type NextRoundRulesQuery } from '../../../generated/graphql';
import { TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { todayInKorea } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';

interface Props {
  loading: boolean;
  onStart: (asOf: string, ruleSetIds: string[]) => Promise<PayloadResult<{ number: number }>>;
}

type Rules = NextRoundRulesQuery['nextRoundRules'];

/**
 * 발굴 차수 실행 (ANALYST): a national round touches every household, so it first says which rule
 * versions it will use and asks; the round then records exactly those.
 */
export function StartRoundForm({ loading, onStart }: Props) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayInKorea);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Rules | null>(null);
  const [loadRules, rulesQuery] = useLazyQuery(NextRoundRulesDocument, { fetchPolicy: 'network-only' });
  const form = useFormErrors(['asOf']);

  async function ask(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    form.clear();
    const { data } = await loadRules();
    if (data) setConfirming(data.nextRoundRules);
    else form.show([{ code: 'UNKNOWN', message: '' }]);
  }

  async function start(rules: Rules) {
    const result = await onStart(asOf, [rules.nationalRules.id, ...rules.localRules.map((l) => l.id)]);
    setConfirming(null);
    if (result.value) setMessage(t('screening.rounds.started', { number: result.value.number }));
    else form.show(result.errors);
  }

  // Another round running, or rules saved since the confirmation, are said as the summary's sentence.
  const conflict = form.errors.find((e) => e.code === 'CONFLICT');
  const rulesChanged = conflict?.path?.includes('confirmedRuleSetIds');

  return (
    <form className="card form" onSubmit={ask} noValidate aria-labelledby="start-round-title">
      <h2 id="start-round-title">{t('screening.rounds.startTitle')}</h2>
      <TextField
        id="start-round-as-of"
        className="field-narrow"
        type="date"
        label={t('screening.rounds.startAsOf')}
        hint={t('screening.rounds.startHint')}
        value={asOf}
        onChange={(value) => {
          setAsOf(value);
          setConfirming(null);
        }}
        errors={form.field('asOf')}
      />
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('screening.rounds.confirmTitle')}>
          <p>
            {t('screening.rounds.confirmQuestion', {
              asOf,
              version: confirming.nationalRules.version,
              count: confirming.localRules.length,
            })}
          </p>
          {confirming.localRules.length ? (
            <p className="hint">
              {t('screening.rounds.confirmLocals', {
                list: confirming.localRules.map((l) => `${l.regionCode} v${l.version}`).join(', '),
              })}
            </p>
          ) : null}
          <button type="button" className="danger" disabled={loading} onClick={() => void start(confirming)}>
            {loading ? t('screening.rounds.starting') : t('screening.rounds.confirmYes')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            {t('screening.rounds.confirmNo')}
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <button type="submit" className="primary" disabled={loading || rulesQuery.loading}>
            {t('screening.rounds.start')}
          </button>
        </div>
      )}
      <div role="status" className="status-line">
        {message}
      </div>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={
          rulesChanged
            ? t('screening.rounds.rulesChanged')
            : conflict
              ? t('screening.rounds.conflict')
              : t('screening.rounds.startFailed')
        }
        others={form.others.filter((e) => e.code !== 'CONFLICT')}
      />
    </form>
  );
}

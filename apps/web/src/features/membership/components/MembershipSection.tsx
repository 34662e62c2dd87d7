import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentScope } from '../../../generated/graphql';
import { CheckboxField, ChoiceGroup, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import { QueryError } from '../../../components/QueryError';
import { formatDate, formatDateTime, formatWon, shiftDate, todayInKorea } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { required, unconfirmed, useFormErrors } from '../../../lib/use-form-errors';
import { CONSENT_SCOPES } from '../../consents/components/ConsentForm';
import {
  useHouseholdMembership,
  useJoinMembership,
  useLeaveMembership,
} from '../hooks/useHouseholdMembership';

const FIELDS = ['consent.items', 'consent.purpose', 'consent.validUntil', 'consent.refusalNoticeGiven'];
// The analysis reads 소득·재산 and the registry: without both the consent could not be honoured.
const NEEDED: readonly ConsentScope[] = ['BASIC', 'FINANCES'];

interface Props {
  householdId: string;
  /** 가입·탈퇴 at the centre; the guidance is read by the area's workers. */
  canEnrol: boolean;
}

/** 복지멤버십 on the household page: joining with its consent, leaving, and the 맞춤형 급여 안내. */
export function MembershipSection({ householdId, canEnrol }: Props) {
  const { t, i18n } = useTranslation();
  const data = useHouseholdMembership(householdId);
  const join = useJoinMembership();
  const leave = useLeaveMembership();
  const errorText = useErrorText();
  const form = useFormErrors(FIELDS);
  const [items, setItems] = useState<ConsentScope[]>([...NEEDED]);
  const [purpose, setPurpose] = useState(() => t('membership.form.purposeDefault'));
  const [validUntil, setValidUntil] = useState(() => shiftDate(todayInKorea(), { years: 1, days: -1 }));
  const [notified, setNotified] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const missing = [
      ...(purpose.trim() ? [] : [required('consent.purpose')]),
      ...(validUntil ? [] : [required('consent.validUntil')]),
      ...(notified ? [] : [unconfirmed('consent.refusalNoticeGiven')]),
    ];
    if (missing.length) {
      form.show(missing);
      return;
    }
    form.clear();
    const result = await join.join({
      householdId,
      consent: { items, purpose: purpose.trim(), validUntil, refusalNoticeGiven: notified },
    });
    if (result.value) {
      setStatus({ ok: true, text: t('membership.joined') });
      setNotified(false);
      await data.refetch();
      return;
    }
    form.show(result.errors);
  }

  async function leaveNow(membershipId: string) {
    if (!window.confirm(t('membership.leaveConfirm'))) return;
    setStatus(null);
    const result = await leave.leave(membershipId);
    setStatus(
      result.value
        ? { ok: true, text: t('membership.left') }
        : { ok: false, text: result.errors.map((e) => errorText(e)).join(' ') },
    );
    await data.refetch();
  }

  const toggle = (scope: ConsentScope, on: boolean) =>
    setItems((current) =>
      on
        ? CONSENT_SCOPES.filter((s) => s === scope || current.includes(s))
        : current.filter((s) => s !== scope),
    );
  const current = data.current;

  return (
    <section aria-labelledby="membership-title">
      <h2 id="membership-title">{t('membership.title')}</h2>
      <p className="hint">{t('membership.intro')}</p>
      {data.error ? <QueryError error={data.error} onRetry={data.retry} /> : null}
      {data.loading && !data.memberships.length ? <p role="status">{t('common.loading')}</p> : null}
      {current ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('membership.status')}</dt>
              <dd>{t(`membership.statuses.${current.status}`)}</dd>
            </div>
            <div>
              <dt>{t('membership.joinedAt')}</dt>
              <dd>
                {formatDateTime(current.joinedAt, i18n.language)} (
                {t(`membership.channels.${current.channel}`)})
              </dd>
            </div>
            <div>
              <dt>{t('membership.items')}</dt>
              <dd>{current.items.map((s) => t(`consents.scope.${s}`)).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('membership.validUntil')}</dt>
              <dd>{formatDate(current.validUntil, i18n.language)}</dd>
            </div>
          </dl>
          {canEnrol ? (
            <div className="form-actions">
              <button
                type="button"
                className="secondary"
                disabled={leave.loading}
                onClick={() => leaveNow(current.id)}
              >
                {t('membership.leave')}
              </button>
            </div>
          ) : null}
        </>
      ) : !data.loading && !data.error ? (
        <p>{t('membership.none')}</p>
      ) : null}
      <p role="status" className="status-line">
        {status?.ok ? status.text : null}
      </p>
      <div role="alert">
        {status && !status.ok ? <p className="alert alert-error">{status.text}</p> : null}
      </div>

      {!current && canEnrol && !data.loading ? (
        <form className="card form" onSubmit={submit} noValidate aria-labelledby="membership-form-title">
          <h3 id="membership-form-title">{t('membership.form.title')}</h3>
          <FormAlert
            summaryRef={form.summaryRef}
            hasErrors={form.errors.length > 0}
            failed={t('membership.form.failed')}
            others={form.others}
          />
          <ChoiceGroup
            id="membership-items"
            legend={t('membership.form.items')}
            hint={t('membership.form.itemsHint')}
            type="checkbox"
            options={CONSENT_SCOPES.filter((s) => s !== 'CASE_NOTES').map((scope) => ({
              value: scope,
              label: t(`consents.scope.${scope}`),
            }))}
            selected={items}
            onToggle={toggle}
            errors={form.field('consent.items')}
          />
          <TextField
            id="membership-purpose"
            label={t('membership.form.purpose')}
            value={purpose}
            onChange={setPurpose}
            required
            errors={form.field('consent.purpose')}
          />
          <TextField
            id="membership-validUntil"
            className="field-narrow"
            type="date"
            label={t('membership.form.validUntil')}
            value={validUntil}
            min={todayInKorea()}
            onChange={setValidUntil}
            required
            errors={form.field('consent.validUntil')}
          />
          <CheckboxField
            id="membership-notice"
            label={t('membership.form.notice')}
            checked={notified}
            onChange={setNotified}
            required
            errors={form.field('consent.refusalNoticeGiven')}
          />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={join.loading}>
              {join.loading ? t('membership.form.submitting') : t('membership.form.submit')}
            </button>
          </div>
        </form>
      ) : null}

      {data.guidance.length ? (
        <>
          <h3>{t('membership.guidance.title', { count: data.guidanceCount })}</h3>
          <ul className="guidance-list">
            {data.guidance.map((g) => (
              <li key={g.id} className="card">
                <p>
                  <strong>{t(`benefits.programme.${g.programme}`)}</strong> ·{' '}
                  {t(`membership.guidance.kinds.${g.kind}`)}
                  {g.estimatedMonthlyAmount != null
                    ? ` · ${t('membership.guidance.amount', { amount: formatWon(g.estimatedMonthlyAmount, i18n.language) })}`
                    : null}
                </p>
                {g.previousMonthlyAmount != null ? (
                  <p className="hint">
                    {t('membership.guidance.previous', {
                      amount: formatWon(g.previousMonthlyAmount, i18n.language),
                    })}
                  </p>
                ) : null}
                <ul>
                  {g.reasons.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
                <p className="hint">
                  {formatDateTime(g.createdAt, i18n.language)} ·{' '}
                  {g.nationwide ? t('membership.guidance.applyAnywhere') : t('membership.guidance.applyHome')}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : current && !data.loading ? (
        <p>{t('membership.guidance.none')}</p>
      ) : null}
    </section>
  );
}

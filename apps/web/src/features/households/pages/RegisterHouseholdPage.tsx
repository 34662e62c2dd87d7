import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Relationship } from '../../../generated/graphql';
import { FieldError } from '../../../components/FieldError';
import { errorsByField, type PayloadError } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useErrorText } from '../../../lib/use-error-text';
import { NO_REGION, RegionPicker, type RegionSelection } from '../components/RegionPicker';
import { useRegisterHousehold } from '../hooks/useRegisterHousehold';

const RELATIONSHIPS: readonly Relationship[] = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'PARENT',
  'SIBLING',
  'GRANDCHILD',
  'OTHER',
];

interface MemberRow {
  key: number;
  name: string;
  rrn: string;
  relationship: Relationship;
  /** Shown once the API answers RRN_CHECK_DIGIT_UNCONFIRMED for this member. */
  isCheckDigitQuestioned: boolean;
  confirmCheckDigitMismatch: boolean;
}

let nextKey = 1;
function newMember(relationship: Relationship): MemberRow {
  return {
    key: nextKey++,
    name: '',
    rrn: '',
    relationship,
    isCheckDigitQuestioned: false,
    confirmCheckDigitMismatch: false,
  };
}

/** 13 digits, written with or without the hyphen, are sent as YYMMDD-SXXXXXX; anything else as typed. */
function normalizeRrn(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{13}$/.test(digits) ? `${digits.slice(0, 6)}-${digits.slice(6)}` : value.trim();
}

export function RegisterHouseholdPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { register, loading } = useRegisterHousehold();
  const [region, setRegion] = useState<RegionSelection>(NO_REGION);
  const [address, setAddress] = useState('');
  const [members, setMembers] = useState<MemberRow[]>(() => [newMember('HEAD')]);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('households.register.title'));

  const byField = errorsByField(errors);
  // Errors whose path names a field on this form appear beside it; the rest at the top.
  const isBesideField = (key: string) => {
    if (key === 'regionCode' || key === 'address') return true;
    const match = /^members\.(\d+)(?:\.(name|rrn|relationship|confirmCheckDigitMismatch))?$/.exec(key);
    return match !== null && Number(match[1]) < members.length;
  };
  const formErrors = [...byField].filter(([key]) => !isBesideField(key)).flatMap(([, list]) => list);

  function updateMember(key: number, change: Partial<MemberRow>) {
    setMembers((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    const result = await register({
      regionCode: region.eupmyeondong,
      address: address.trim(),
      members: members.map((m) => ({
        name: m.name.trim(),
        rrn: normalizeRrn(m.rrn),
        relationship: m.relationship,
        confirmCheckDigitMismatch: m.confirmCheckDigitMismatch,
      })),
    });
    if (result.householdId) {
      navigate(`/households/${encodeURIComponent(result.householdId)}`);
      return;
    }
    const questioned = new Set(
      result.errors
        .filter((e) => e.code === 'RRN_CHECK_DIGIT_UNCONFIRMED')
        .map((e) => {
          const path = e.path ?? [];
          const at = path.indexOf('members');
          return at >= 0 ? Number(path[at + 1]) : NaN;
        }),
    );
    setMembers((rows) =>
      rows.map((row, i) => (questioned.has(i) ? { ...row, isCheckDigitQuestioned: true } : row)),
    );
    setErrors(result.errors);
    // Move focus to the summary so keyboard and screen-reader users learn the form needs attention.
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const regionErrors = byField.get('regionCode');
  const addressErrors = byField.get('address');

  return (
    <>
      <h1>{t('households.register.title')}</h1>
      <form className="card form" onSubmit={submit} noValidate>
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className={errors.length ? 'alert alert-error' : 'visually-empty'}
        >
          {errors.length ? (
            <>
              <p>{t('households.register.failed')}</p>
              {formErrors.map((e, i) => (
                <p key={`${e.code}-${i}`}>
                  <span aria-hidden="true">⚠ </span>
                  {errorText(e)}
                </p>
              ))}
            </>
          ) : null}
        </div>

        <fieldset>
          <legend>{t('households.register.regionLegend')}</legend>
          <RegionPicker
            idPrefix="register-region"
            value={region}
            onChange={setRegion}
            mode="required"
            errors={regionErrors}
          />
        </fieldset>

        <div className="field">
          <label htmlFor="register-address">{t('households.register.address')}</label>
          <input
            id="register-address"
            type="text"
            required
            autoComplete="off"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            aria-invalid={addressErrors ? true : undefined}
            aria-describedby={addressErrors ? 'register-address-error' : undefined}
          />
          <FieldError id="register-address-error" errors={addressErrors} />
        </div>

        <fieldset>
          <legend>{t('households.register.membersLegend')}</legend>
          {members.map((member, index) => {
            const number = index + 1;
            const prefix = `member-${member.key}`;
            const nameErrors = byField.get(`members.${index}.name`);
            const rrnErrors = [
              ...(byField.get(`members.${index}.rrn`) ?? []),
              ...(byField.get(`members.${index}`) ?? []),
            ];
            const relationshipErrors = byField.get(`members.${index}.relationship`);
            const confirmErrors = byField.get(`members.${index}.confirmCheckDigitMismatch`);
            const allRrnErrors = [...rrnErrors, ...(confirmErrors ?? [])];
            return (
              <fieldset key={member.key} className="member-row">
                <legend>{t('households.register.memberLegend', { number })}</legend>
                <div className="field">
                  <label htmlFor={`${prefix}-name`}>{t('households.register.name')}</label>
                  <input
                    id={`${prefix}-name`}
                    type="text"
                    required
                    autoComplete="off"
                    value={member.name}
                    onChange={(e) => updateMember(member.key, { name: e.target.value })}
                    aria-invalid={nameErrors ? true : undefined}
                    aria-describedby={nameErrors ? `${prefix}-name-error` : undefined}
                  />
                  <FieldError id={`${prefix}-name-error`} errors={nameErrors} />
                </div>
                <div className="field">
                  <label htmlFor={`${prefix}-rrn`}>{t('households.register.rrn')}</label>
                  <input
                    id={`${prefix}-rrn`}
                    type="text"
                    inputMode="numeric"
                    required
                    autoComplete="off"
                    value={member.rrn}
                    onChange={(e) =>
                      // A new number must be confirmed again.
                      updateMember(member.key, { rrn: e.target.value, confirmCheckDigitMismatch: false })
                    }
                    aria-invalid={allRrnErrors.length ? true : undefined}
                    aria-describedby={`${prefix}-rrn-hint${allRrnErrors.length ? ` ${prefix}-rrn-error` : ''}`}
                  />
                  <p id={`${prefix}-rrn-hint`} className="hint">
                    {t('households.register.rrnHint')}
                  </p>
                  <FieldError id={`${prefix}-rrn-error`} errors={allRrnErrors} />
                  {member.isCheckDigitQuestioned ? (
                    <div className="checkbox">
                      <input
                        id={`${prefix}-confirm`}
                        type="checkbox"
                        checked={member.confirmCheckDigitMismatch}
                        onChange={(e) =>
                          updateMember(member.key, { confirmCheckDigitMismatch: e.target.checked })
                        }
                      />
                      <label htmlFor={`${prefix}-confirm`}>
                        {t('households.register.confirmCheckDigit')}
                      </label>
                    </div>
                  ) : null}
                </div>
                <div className="field">
                  <label htmlFor={`${prefix}-relationship`}>{t('households.register.relationship')}</label>
                  <select
                    id={`${prefix}-relationship`}
                    value={member.relationship}
                    onChange={(e) =>
                      updateMember(member.key, { relationship: e.target.value as Relationship })
                    }
                    aria-invalid={relationshipErrors ? true : undefined}
                    aria-describedby={relationshipErrors ? `${prefix}-relationship-error` : undefined}
                  >
                    {RELATIONSHIPS.map((r) => (
                      <option key={r} value={r}>
                        {t(`common.relationship.${r}`)}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`${prefix}-relationship-error`} errors={relationshipErrors} />
                </div>
                {members.length > 1 ? (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      // Error paths are positional; after a removal they would point at the wrong row.
                      setErrors([]);
                      setMembers((rows) => rows.filter((row) => row.key !== member.key));
                    }}
                  >
                    {t('households.register.removeMember', { number })}
                  </button>
                ) : null}
              </fieldset>
            );
          })}
          <button
            type="button"
            className="secondary"
            onClick={() => setMembers((rows) => [...rows, newMember('CHILD')])}
          >
            {t('households.register.addMember')}
          </button>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('households.register.submitting') : t('households.register.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

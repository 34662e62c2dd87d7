import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Relationship } from '../../../generated/graphql';
import { TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import {
  ContactsFieldset,
  contactErrorPaths,
  contactsInput,
  filledContacts,
  newContact,
  type ContactRow,
} from '../components/ContactsFieldset';
import { MemberFieldset, memberErrorPaths, type MemberRow } from '../components/MemberFieldset';
import { NO_REGION, RegionPicker, type RegionSelection } from '../components/RegionPicker';
import { useRegisterHousehold } from '../hooks/useRegisterHousehold';

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

/** The member indexes the API asks to confirm a check digit for (RRN_CHECK_DIGIT_UNCONFIRMED). */
function questionedMembers(errors: readonly { code: string; path?: readonly string[] | null }[]) {
  return new Set(
    errors
      .filter((e) => e.code === 'RRN_CHECK_DIGIT_UNCONFIRMED')
      .map((e) => {
        const path = e.path ?? [];
        const at = path.indexOf('members');
        return at >= 0 ? Number(path[at + 1]) : NaN;
      }),
  );
}

export function RegisterHouseholdPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { register, loading } = useRegisterHousehold();
  const [region, setRegion] = useState<RegionSelection>(NO_REGION);
  const [address, setAddress] = useState('');
  const [members, setMembers] = useState<MemberRow[]>(() => [newMember('HEAD')]);
  const [contacts, setContacts] = useState<ContactRow[]>(() => [newContact('MOBILE', '', true)]);
  // Errors whose path names a field on this form appear beside it; the rest at the top.
  const form = useFormErrors([
    'regionCode',
    'address',
    ...members.flatMap((_, i) => memberErrorPaths(i)),
    ...contactErrorPaths(contacts),
  ]);
  useDocumentTitle(t('households.register.title'));

  function updateMember(key: number, change: Partial<MemberRow>) {
    setMembers((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clear();
    const filled = filledContacts(contacts);
    if (filled.length) setContacts(filled);
    const result = await register({
      regionCode: region.eupmyeondong,
      address: address.trim(),
      members: members.map((m) => ({
        name: m.name.trim(),
        rrn: normalizeRrn(m.rrn),
        relationship: m.relationship,
        confirmCheckDigitMismatch: m.confirmCheckDigitMismatch,
      })),
      contacts: contactsInput(contacts),
    });
    if (result.value) {
      navigate(`/households/${encodeURIComponent(result.value.id)}`);
      return;
    }
    const questioned = questionedMembers(result.errors);
    setMembers((rows) =>
      rows.map((row, i) => (questioned.has(i) ? { ...row, isCheckDigitQuestioned: true } : row)),
    );
    // The summary takes focus, so keyboard and screen-reader users learn the form needs attention.
    form.show(result.errors);
  }

  return (
    <>
      <h1>{t('households.register.title')}</h1>
      <form className="card form" onSubmit={submit} noValidate>
        <FormAlert
          summaryRef={form.summaryRef}
          hasErrors={form.errors.length > 0}
          failed={t('households.register.failed')}
          others={form.others}
        />
        <fieldset>
          <legend>{t('households.register.regionLegend')}</legend>
          <RegionPicker
            idPrefix="register-region"
            value={region}
            onChange={setRegion}
            mode="required"
            errors={form.field('regionCode')}
          />
        </fieldset>
        <TextField
          id="register-address"
          label={t('households.register.address')}
          required
          autoComplete="off"
          value={address}
          onChange={setAddress}
          errors={form.field('address')}
        />
        <fieldset>
          <legend>{t('households.register.membersLegend')}</legend>
          {members.map((member, index) => (
            <MemberFieldset
              key={member.key}
              member={member}
              number={index + 1}
              onChange={(change) => updateMember(member.key, change)}
              onRemove={
                members.length > 1
                  ? () => {
                      // Error paths are positional; after a removal they would point at the wrong row.
                      form.clear();
                      setMembers((rows) => rows.filter((row) => row.key !== member.key));
                    }
                  : undefined
              }
              errorsFor={form.field}
            />
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => setMembers((rows) => [...rows, newMember('CHILD')])}
          >
            {t('households.register.addMember')}
          </button>
        </fieldset>
        <ContactsFieldset
          idPrefix="register-contact"
          rows={contacts}
          onChange={(rows) => {
            // Error paths are positional, as with members.
            if (rows.length < contacts.length) form.clear();
            setContacts(rows);
          }}
          errorsFor={form.field}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('households.register.submitting') : t('households.register.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

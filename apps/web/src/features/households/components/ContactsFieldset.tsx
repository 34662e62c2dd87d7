import { useTranslation } from 'react-i18next';
import type { ContactKind } from '../../../generated/graphql';
import { SelectField, TextField } from '../../../components/Fields';
import { FieldError } from '../../../components/FieldError';
import type { PayloadError } from '../../../lib/errors';

export const CONTACT_KINDS: readonly ContactKind[] = ['MOBILE', 'HOME', 'OTHER'];
/** The domain's limit (libs/domain registry/contacts.ts MAX_CONTACTS). */
export const MAX_CONTACTS = 5;

/** One 연락처 as a form holds it. */
export interface ContactRow {
  key: number;
  kind: ContactKind;
  number: string;
  preferred: boolean;
}

let nextKey = 1;
export const newContact = (kind: ContactKind = 'MOBILE', number = '', preferred = false): ContactRow => ({
  key: nextKey++,
  kind,
  number,
  preferred,
});

/** The input paths the fieldset shows errors beside ('contacts' for the list as a whole). */
export const contactErrorPaths = (rows: readonly ContactRow[]) => [
  'contacts',
  ...rows.flatMap((_, i) => [`contacts.${i}.kind`, `contacts.${i}.number`]),
];

/** The rows with a number; the form keeps exactly these, so error paths ('contacts.1') stay positional. */
export const filledContacts = (rows: readonly ContactRow[]) => rows.filter((r) => r.number.trim());

export const contactsInput = (rows: readonly ContactRow[]) =>
  filledContacts(rows).map((r) => ({ kind: r.kind, number: r.number.trim(), preferred: r.preferred }));

interface Props {
  idPrefix: string;
  rows: readonly ContactRow[];
  onChange: (rows: ContactRow[]) => void;
  errorsFor: (path: string) => PayloadError[] | undefined;
}

/** 연락처: up to five numbers, one of them the way the resident prefers to be reached. */
export function ContactsFieldset({ idPrefix, rows, onChange, errorsFor }: Props) {
  const { t } = useTranslation();
  const update = (key: number, change: Partial<ContactRow>) =>
    onChange(
      rows.map((row) =>
        row.key === key ? { ...row, ...change } : change.preferred ? { ...row, preferred: false } : row,
      ),
    );
  const listErrors = errorsFor('contacts');
  return (
    <fieldset aria-describedby={`${idPrefix}-hint`}>
      <legend>{t('households.contacts.legend')}</legend>
      <p id={`${idPrefix}-hint`} className="hint">
        {t('households.contacts.hint')}
      </p>
      <FieldError
        id={`${idPrefix}-error`}
        errors={listErrors}
        label={t('households.contacts.legend')}
        choice
      />
      {rows.map((row, i) => (
        <div className="contact-row" key={row.key}>
          <SelectField
            id={`${idPrefix}-${row.key}-kind`}
            label={t('households.contacts.kindLabel', { number: i + 1 })}
            value={row.kind}
            onChange={(kind) => update(row.key, { kind: kind as ContactKind })}
            errors={errorsFor(`contacts.${i}.kind`)}
          >
            {CONTACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`households.contacts.kind.${k}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`${idPrefix}-${row.key}-number`}
            label={t('households.contacts.numberLabel', { number: i + 1 })}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={row.number}
            onChange={(number) => update(row.key, { number })}
            errors={errorsFor(`contacts.${i}.number`)}
          />
          <label className="inline-choice" htmlFor={`${idPrefix}-${row.key}-preferred`}>
            <input
              id={`${idPrefix}-${row.key}-preferred`}
              type="radio"
              name={`${idPrefix}-preferred`}
              checked={row.preferred}
              onChange={() => update(row.key, { preferred: true })}
            />
            {t('households.contacts.preferred')}
          </label>
          <button
            type="button"
            className="secondary"
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            {t('households.contacts.remove', { number: i + 1 })}
          </button>
        </div>
      ))}
      {rows.length < MAX_CONTACTS ? (
        <button
          type="button"
          className="secondary"
          onClick={() => onChange([...rows, newContact(rows.length ? 'HOME' : 'MOBILE', '', !rows.length)])}
        >
          {t('households.contacts.add')}
        </button>
      ) : null}
    </fieldset>
  );
}

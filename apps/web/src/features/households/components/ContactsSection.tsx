import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactFieldsFragment } from '../../../generated/graphql';
import { FormAlert } from '../../../components/FormAlert';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateHouseholdContacts } from '../hooks/useUpdateHouseholdContacts';
import { ContactList } from './ContactList';
import {
  ContactsFieldset,
  contactErrorPaths,
  contactsInput,
  filledContacts,
  newContact,
  type ContactRow,
} from './ContactsFieldset';

interface Props {
  householdId: string;
  contacts: readonly ContactFieldsFragment[];
  canEdit: boolean;
}

/** 연락처 on the household page; a public worker of the area edits the whole list at once. */
export function ContactsSection({ householdId, contacts, canEdit }: Props) {
  const { t } = useTranslation();
  const { update, loading } = useUpdateHouseholdContacts();
  const [rows, setRows] = useState<ContactRow[] | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors(contactErrorPaths(rows ?? []));

  function startEditing() {
    setSaved(false);
    form.clear();
    setRows(
      contacts.length
        ? contacts.map((c) => newContact(c.kind, c.number, c.preferred))
        : [newContact('MOBILE', '', true)],
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!rows) return;
    form.clear();
    const filled = filledContacts(rows);
    setRows(filled.length ? filled : rows);
    const result = await update({ householdId, contacts: contactsInput(rows) });
    if (result.value) {
      setRows(null);
      setSaved(true);
      return;
    }
    form.show(result.errors);
  }

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('households.contacts.title')}</h2>
      {rows ? (
        <form className="card form" onSubmit={submit} noValidate>
          <FormAlert
            summaryRef={form.summaryRef}
            hasErrors={form.errors.length > 0}
            failed={t('households.contacts.failed')}
            others={form.others}
          />
          <ContactsFieldset idPrefix="edit-contact" rows={rows} onChange={setRows} errorsFor={form.field} />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={loading}>
              {loading ? t('households.contacts.saving') : t('households.contacts.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setRows(null)}>
              {t('households.contacts.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <ContactList contacts={contacts} />
          {canEdit ? (
            <button type="button" className="secondary" onClick={startEditing}>
              {t('households.contacts.edit')}
            </button>
          ) : null}
        </>
      )}
      <p role="status" className="status-line">
        {saved ? t('households.contacts.saved') : null}
      </p>
    </section>
  );
}

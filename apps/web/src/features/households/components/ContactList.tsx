import { useTranslation } from 'react-i18next';
import type { ContactFieldsFragment } from '../../../generated/graphql';

/** A household's numbers as links a phone can dial, the preferred one first and marked. */
export function ContactList({ contacts }: { contacts: readonly ContactFieldsFragment[] }) {
  const { t } = useTranslation();
  if (!contacts.length) return <p>{t('households.contacts.none')}</p>;
  const ordered = [...contacts].sort((a, b) => Number(b.preferred) - Number(a.preferred));
  return (
    <ul className="contact-list">
      {ordered.map((c) => (
        <li key={c.number}>
          <span>{t(`households.contacts.kind.${c.kind}`)} </span>
          <a
            href={`tel:${c.number.replace(/-/g, '')}`}
            aria-label={t('households.contacts.call', { number: c.number })}
          >
            {c.number}
          </a>
          {c.preferred ? <span className="badge"> {t('households.contacts.preferredBadge')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capability } from '@ieum/domain';
import { can, useSession } from '../../auth/current-user';
import { useDocumentTitle } from '../../../lib/use-document-title';

/** Hides a page from accounts whose role lacks the capability; the API stays the authority. */
export function RequireCapability({
  capability,
  children,
  message,
}: {
  capability: Capability;
  children: ReactNode;
  message?: string;
}) {
  const { user } = useSession();
  if (can(user, capability)) return <>{children}</>;
  return <Forbidden message={message} />;
}

function Forbidden({ message }: { message?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('shell.forbiddenPage.title'));
  return (
    <>
      <h1>{t('shell.forbiddenPage.title')}</h1>
      <p role="alert">{message ?? t('shell.forbiddenPage.body')}</p>
    </>
  );
}

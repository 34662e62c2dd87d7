import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import { useSession } from '../../auth/current-user';
import { useDocumentTitle } from '../../../lib/use-document-title';

/** Hides a page from roles the API would refuse anyway; the API stays the authority. */
export function RequireRole({
  roles,
  children,
  message,
}: {
  roles: readonly Role[];
  children: ReactNode;
  message?: string;
}) {
  const { user } = useSession();
  if (roles.includes(user.role)) return <>{children}</>;
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

import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { onUnauthenticated } from '../../../lib/apollo';
import { QueryError } from '../../../components/QueryError';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useClearSession, useSignOut } from '../hooks/useSignOut';
import { SessionContext } from '../current-user';
import { SignInPage } from '../pages/SignInPage';

export type SessionNotice = 'signedOut' | 'sessionExpired' | null;

/** Shows the sign-in page until `me` answers, and again whenever the session ends. */
export function AuthGate({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<SessionNotice>(null);
  const [justSignedIn, setJustSignedIn] = useState(false);
  const restart = useCallback((next: SessionNotice, signedIn = false) => {
    setNotice(next);
    setJustSignedIn(signedIn);
    // A new key remounts the session, so `me` is asked afresh.
    setGeneration((g) => g + 1);
  }, []);
  return (
    <SessionView key={generation} notice={notice} justSignedIn={justSignedIn} restart={restart}>
      {children}
    </SessionView>
  );
}

function SessionView({
  notice,
  justSignedIn,
  restart,
  children,
}: {
  notice: SessionNotice;
  justSignedIn: boolean;
  restart: (notice: SessionNotice, signedIn?: boolean) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, loading, error, isUnauthenticated, retry } = useCurrentUser();
  const { signOut } = useSignOut();
  const clearSession = useClearSession();

  useEffect(() => {
    if (!user) return undefined;
    return onUnauthenticated(() => {
      void clearSession().then(() => restart('sessionExpired'));
    });
  }, [user, clearSession, restart]);

  if (loading) {
    return (
      <main id="main" className="centered">
        <p role="status">{t('common.loading')}</p>
      </main>
    );
  }

  if (!user) {
    if (error && !isUnauthenticated) {
      return (
        <main id="main" className="centered">
          <h1>{t('common.productName')}</h1>
          <QueryError error={error} onRetry={retry} />
        </main>
      );
    }
    return (
      <SignInPage
        notice={notice}
        onSignedIn={async () => {
          await clearSession();
          restart(null, true);
        }}
      />
    );
  }

  const session = {
    user,
    justSignedIn,
    signOut: async () => {
      await signOut();
      await clearSession();
      navigate('/', { replace: true });
      restart('signedOut');
    },
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

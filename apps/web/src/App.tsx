import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { createApolloClient } from './lib/apollo';
import { AuthGate } from './features/auth/components/AuthGate';
import { AppShell } from './features/shell/components/AppShell';
import { RequireRole } from './features/shell/components/RequireRole';
import { ComingSoonPage } from './features/shell/pages/ComingSoonPage';
import { NotFoundPage } from './features/shell/pages/NotFoundPage';
import { COMING_SOON } from './features/shell/navigation';
import { HouseholdSearchPage } from './features/households/pages/HouseholdSearchPage';
import { HouseholdDetailPage } from './features/households/pages/HouseholdDetailPage';
import { RegisterHouseholdPage } from './features/households/pages/RegisterHouseholdPage';
import { REGISTER_ROLES } from './features/households/roles';
import { AccessLogPage } from './features/access-log/pages/AccessLogPage';
import { ApiKeysPage } from './features/api-keys/pages/ApiKeysPage';

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  const { t } = useTranslation();
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <AuthGate>
          <Routes>
            <Route element={<AppShell />}>
              <Route index element={<Navigate to="/households" replace />} />
              <Route path="households" element={<HouseholdSearchPage />} />
              <Route
                path="households/new"
                element={
                  <RequireRole roles={REGISTER_ROLES} message={t('households.register.forbidden')}>
                    <RegisterHouseholdPage />
                  </RequireRole>
                }
              />
              <Route path="households/:id" element={<HouseholdDetailPage />} />
              {COMING_SOON.map((item) => (
                <Route key={item.key} path={item.path.slice(1)} element={<ComingSoonPage feature={item.key} />} />
              ))}
              <Route
                path="access-log"
                element={
                  <RequireRole roles={['ADMIN']}>
                    <AccessLogPage />
                  </RequireRole>
                }
              />
              <Route
                path="api-keys"
                element={
                  <RequireRole roles={['ADMIN']}>
                    <ApiKeysPage />
                  </RequireRole>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </AuthGate>
      </BrowserRouter>
    </ApolloProvider>
  );
}

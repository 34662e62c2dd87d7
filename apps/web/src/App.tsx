import { lazy, Suspense, useMemo } from 'react';
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
import { CandidateQueuePage } from './features/screening/pages/CandidateQueuePage';
import { CandidatePage } from './features/screening/pages/CandidatePage';
import { ScreeningRulesPage } from './features/screening/pages/ScreeningRulesPage';
import { FeedsPage } from './features/indicators/pages/FeedsPage';
import { IndicatorKindsPage } from './features/indicators/pages/IndicatorKindsPage';
import { CasesPage } from './features/cases/pages/CasesPage';
import { CasePage } from './features/cases/pages/CasePage';
import { CASE_ROLES } from './features/cases/roles';
import { ReferralsPage } from './features/referrals/pages/ReferralsPage';
import { ReferralPage } from './features/referrals/pages/ReferralPage';
import { NotificationsPage } from './features/notifications/pages/NotificationsPage';
import { DASHBOARD_ROLES } from './features/dashboard/roles';
import {
  CATALOGUE_ROLES,
  FEED_ROLES,
  QUEUE_ROLES,
  ROUND_ROLES,
  RULE_ROLES,
} from './features/screening/roles';

// Chart pages load recharts on first visit only, keeping it out of the first page load.
const RoundsPage = lazy(() =>
  import('./features/screening/pages/RoundsPage').then((m) => ({ default: m.RoundsPage })),
);
const RoundPage = lazy(() =>
  import('./features/screening/pages/RoundPage').then((m) => ({ default: m.RoundPage })),
);
const DashboardPage = lazy(() =>
  import('./features/dashboard/pages/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  const { t } = useTranslation();
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <AuthGate>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
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
                <Route
                  path="screening/candidates"
                  element={
                    <RequireRole roles={QUEUE_ROLES} message={t('common.forbidden')}>
                      <CandidateQueuePage />
                    </RequireRole>
                  }
                />
                <Route
                  path="screening/candidates/:id"
                  element={
                    <RequireRole roles={QUEUE_ROLES} message={t('common.forbidden')}>
                      <CandidatePage />
                    </RequireRole>
                  }
                />
                <Route
                  path="screening/rounds"
                  element={
                    <RequireRole roles={ROUND_ROLES} message={t('common.forbidden')}>
                      <RoundsPage />
                    </RequireRole>
                  }
                />
                <Route
                  path="screening/rounds/:id"
                  element={
                    <RequireRole roles={ROUND_ROLES} message={t('common.forbidden')}>
                      <RoundPage />
                    </RequireRole>
                  }
                />
                <Route
                  path="screening/rules"
                  element={
                    <RequireRole roles={RULE_ROLES} message={t('screening.rules.forbidden')}>
                      <ScreeningRulesPage />
                    </RequireRole>
                  }
                />
                <Route
                  path="indicators/feeds"
                  element={
                    <RequireRole roles={FEED_ROLES} message={t('common.forbidden')}>
                      <FeedsPage />
                    </RequireRole>
                  }
                />
                <Route
                  path="indicators/kinds"
                  element={
                    <RequireRole roles={CATALOGUE_ROLES} message={t('common.forbidden')}>
                      <IndicatorKindsPage />
                    </RequireRole>
                  }
                />
                <Route
                  path="cases"
                  element={
                    <RequireRole roles={CASE_ROLES} message={t('common.forbidden')}>
                      <CasesPage />
                    </RequireRole>
                  }
                />
                <Route
                  path="cases/:id"
                  element={
                    <RequireRole roles={CASE_ROLES} message={t('common.forbidden')}>
                      <CasePage />
                    </RequireRole>
                  }
                />
                <Route
                  path="referrals"
                  element={
                    <RequireRole roles={CASE_ROLES} message={t('common.forbidden')}>
                      <ReferralsPage />
                    </RequireRole>
                  }
                />
                <Route
                  path="referrals/:id"
                  element={
                    <RequireRole roles={CASE_ROLES} message={t('common.forbidden')}>
                      <ReferralPage />
                    </RequireRole>
                  }
                />
                <Route
                  path="dashboard"
                  element={
                    <RequireRole roles={DASHBOARD_ROLES} message={t('common.forbidden')}>
                      <DashboardPage />
                    </RequireRole>
                  }
                />
                <Route path="notifications" element={<NotificationsPage />} />
                {COMING_SOON.map((item) => (
                  <Route
                    key={item.key}
                    path={item.path.slice(1)}
                    element={<ComingSoonPage feature={item.key} />}
                  />
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
          </Suspense>
        </AuthGate>
      </BrowserRouter>
    </ApolloProvider>
  );
}

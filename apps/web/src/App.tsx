import { lazy, Suspense, useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { createApolloClient } from './lib/apollo';
import { AuthGate } from './features/auth/components/AuthGate';
import { AppShell } from './features/shell/components/AppShell';
import { RequireCapability } from './features/shell/components/RequireCapability';
import { ComingSoonPage } from './features/shell/pages/ComingSoonPage';
import { RegionReviewsPage } from './features/regions/pages/RegionReviewsPage';
import { DirectoryPage } from './features/resources/pages/DirectoryPage';
import { ResourcePage } from './features/resources/pages/ResourcePage';
import { ResourcesPage } from './features/resources/pages/ResourcesPage';
import { NewResourcePage, ResourceManagePage } from './features/resources/pages/ResourceManagePage';
import { NotFoundPage } from './features/shell/pages/NotFoundPage';
import { COMING_SOON } from './features/shell/navigation';
import { HouseholdSearchPage } from './features/households/pages/HouseholdSearchPage';
import { HouseholdDetailPage } from './features/households/pages/HouseholdDetailPage';
import { RegisterHouseholdPage } from './features/households/pages/RegisterHouseholdPage';
import { AccessLogPage } from './features/access-log/pages/AccessLogPage';
import { ApiKeysPage } from './features/api-keys/pages/ApiKeysPage';
import { CandidateQueuePage } from './features/screening/pages/CandidateQueuePage';
import { CandidatePage } from './features/screening/pages/CandidatePage';
import { ScreeningRulesPage } from './features/screening/pages/ScreeningRulesPage';
import { FeedsPage } from './features/indicators/pages/FeedsPage';
import { IndicatorKindsPage } from './features/indicators/pages/IndicatorKindsPage';
import { CasesPage } from './features/cases/pages/CasesPage';
import { CasePage } from './features/cases/pages/CasePage';
import { ReferralsPage } from './features/referrals/pages/ReferralsPage';
import { ReferralPage } from './features/referrals/pages/ReferralPage';
import { NotificationsPage } from './features/notifications/pages/NotificationsPage';
import { CalculatorPage } from './features/benefits/pages/CalculatorPage';
import { BenefitsPage } from './features/benefits/pages/BenefitsPage';
import { BenefitParametersPage } from './features/benefits/pages/BenefitParametersPage';
import { ApplicationsPage } from './features/applications/pages/ApplicationsPage';
import { ApplicationPage } from './features/applications/pages/ApplicationPage';
import { NewApplicationPage } from './features/applications/pages/NewApplicationPage';

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
const OverlapDashboardPage = lazy(() =>
  import('./features/provisions/pages/OverlapDashboardPage').then((m) => ({
    default: m.OverlapDashboardPage,
  })),
);

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Routes>
          {/* 복지샘 and 복지계산기: public pages, no sign-in. */}
          <Route path="directory" element={<DirectoryPage />} />
          <Route path="directory/:id" element={<ResourcePage />} />
          <Route path="calculator" element={<CalculatorPage />} />
          <Route path="*" element={<SignedInApp />} />
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}

function SignedInApp() {
  const { t } = useTranslation();
  return (
    <AuthGate>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<Navigate to="/households" replace />} />
            <Route path="households" element={<HouseholdSearchPage />} />
            <Route
              path="households/new"
              element={
                <RequireCapability
                  capability="REGISTER_HOUSEHOLD"
                  message={t('households.register.forbidden')}
                >
                  <RegisterHouseholdPage />
                </RequireCapability>
              }
            />
            <Route path="households/:id" element={<HouseholdDetailPage />} />
            <Route path="resources" element={<ResourcesPage />} />
            <Route
              path="resources/new"
              element={
                <RequireCapability capability="MANAGE_RESOURCES" message={t('common.forbidden')}>
                  <NewResourcePage />
                </RequireCapability>
              }
            />
            <Route path="resources/:id" element={<ResourceManagePage />} />
            <Route
              path="screening/candidates"
              element={
                <RequireCapability capability="VIEW_CANDIDATES" message={t('common.forbidden')}>
                  <CandidateQueuePage />
                </RequireCapability>
              }
            />
            <Route
              path="screening/candidates/:id"
              element={
                <RequireCapability capability="VIEW_CANDIDATES" message={t('common.forbidden')}>
                  <CandidatePage />
                </RequireCapability>
              }
            />
            <Route
              path="screening/rounds"
              element={
                <RequireCapability capability="VIEW_ROUNDS" message={t('common.forbidden')}>
                  <RoundsPage />
                </RequireCapability>
              }
            />
            <Route
              path="screening/rounds/:id"
              element={
                <RequireCapability capability="VIEW_ROUNDS" message={t('common.forbidden')}>
                  <RoundPage />
                </RequireCapability>
              }
            />
            <Route
              path="screening/rules"
              element={
                <RequireCapability capability="EDIT_SCREENING_RULES" message={t('screening.rules.forbidden')}>
                  <ScreeningRulesPage />
                </RequireCapability>
              }
            />
            <Route
              path="indicators/feeds"
              element={
                <RequireCapability capability="VIEW_FEEDS" message={t('common.forbidden')}>
                  <FeedsPage />
                </RequireCapability>
              }
            />
            <Route
              path="indicators/kinds"
              element={
                <RequireCapability capability="VIEW_INDICATOR_KINDS" message={t('common.forbidden')}>
                  <IndicatorKindsPage />
                </RequireCapability>
              }
            />
            <Route
              path="cases"
              element={
                <RequireCapability capability="VIEW_CASES" message={t('common.forbidden')}>
                  <CasesPage />
                </RequireCapability>
              }
            />
            <Route
              path="cases/:id"
              element={
                <RequireCapability capability="VIEW_CASES" message={t('common.forbidden')}>
                  <CasePage />
                </RequireCapability>
              }
            />
            <Route
              path="referrals"
              element={
                <RequireCapability capability="VIEW_CASES" message={t('common.forbidden')}>
                  <ReferralsPage />
                </RequireCapability>
              }
            />
            <Route
              path="referrals/:id"
              element={
                <RequireCapability capability="VIEW_CASES" message={t('common.forbidden')}>
                  <ReferralPage />
                </RequireCapability>
              }
            />
            <Route
              path="dashboard"
              element={
                <RequireCapability capability="VIEW_DASHBOARD" message={t('common.forbidden')}>
                  <DashboardPage />
                </RequireCapability>
              }
            />
            <Route
              path="provisions"
              element={
                <RequireCapability capability="VIEW_DASHBOARD" message={t('common.forbidden')}>
                  <OverlapDashboardPage />
                </RequireCapability>
              }
            />
            <Route
              path="applications"
              element={
                <RequireCapability capability="SUBMIT_APPLICATION" message={t('common.forbidden')}>
                  <ApplicationsPage />
                </RequireCapability>
              }
            />
            <Route
              path="applications/new"
              element={
                <RequireCapability capability="REVIEW_APPLICATION" message={t('common.forbidden')}>
                  <NewApplicationPage />
                </RequireCapability>
              }
            />
            <Route
              path="applications/:id"
              element={
                <RequireCapability capability="SUBMIT_APPLICATION" message={t('common.forbidden')}>
                  <ApplicationPage />
                </RequireCapability>
              }
            />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="benefits" element={<BenefitsPage />} />
            <Route
              path="benefits/parameters"
              element={
                <RequireCapability capability="VIEW_BENEFIT_PARAMETERS" message={t('common.forbidden')}>
                  <BenefitParametersPage />
                </RequireCapability>
              }
            />
            {COMING_SOON.map((item) => (
              <Route
                key={item.key}
                path={item.path.slice(1)}
                element={<ComingSoonPage feature={item.key} />}
              />
            ))}
            <Route
              path="regions/reviews"
              element={
                <RequireCapability capability="REGISTER_HOUSEHOLD" message={t('common.forbidden')}>
                  <RegionReviewsPage />
                </RequireCapability>
              }
            />
            <Route
              path="access-log"
              element={
                <RequireCapability capability="VIEW_ACCESS_LOG">
                  <AccessLogPage />
                </RequireCapability>
              }
            />
            <Route
              path="api-keys"
              element={
                <RequireCapability capability="MANAGE_API_KEYS">
                  <ApiKeysPage />
                </RequireCapability>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </AuthGate>
  );
}

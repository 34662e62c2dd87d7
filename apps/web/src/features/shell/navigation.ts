import type { Capability } from '@ieum/domain';

export interface NavItem {
  key: string;
  path: string;
  /** Built and usable; the others route to a page saying what they will do. */
  isLive: boolean;
  /** Shown to accounts holding this capability (libs/domain permissions); all when absent. */
  capability?: Capability;
}

export interface NavGroup {
  key: string;
  items: readonly NavItem[];
}

export type NavEntry = NavItem | NavGroup;

export const isNavGroup = (entry: NavEntry): entry is NavGroup => 'items' in entry;

// One place per capability of docs/design.md.
export const NAV_ITEMS: readonly NavEntry[] = [
  { key: 'households', path: '/households', isLive: true },
  // 복지사각지대 발굴: the queue for every public worker, the rest by role.
  {
    key: 'screening',
    items: [
      { key: 'candidates', path: '/screening/candidates', isLive: true, capability: 'VIEW_CANDIDATES' },
      { key: 'rounds', path: '/screening/rounds', isLive: true, capability: 'VIEW_ROUNDS' },
      { key: 'rules', path: '/screening/rules', isLive: true, capability: 'EDIT_SCREENING_RULES' },
      { key: 'feeds', path: '/indicators/feeds', isLive: true, capability: 'VIEW_FEEDS' },
      { key: 'indicatorKinds', path: '/indicators/kinds', isLive: true, capability: 'VIEW_INDICATOR_KINDS' },
    ],
  },
  // 통합사례관리 and 서비스 의뢰: the public staff and the private partner agencies alike.
  { key: 'cases', path: '/cases', isLive: true, capability: 'VIEW_CASES' },
  { key: 'referrals', path: '/referrals', isLive: true, capability: 'VIEW_CASES' },
  { key: 'dashboard', path: '/dashboard', isLive: true, capability: 'VIEW_DASHBOARD' },
  // 복지자원: the directory's search inside the app, an agency's own entries and a 시군구's stale ones.
  { key: 'resources', path: '/resources', isLive: true },
  // 급여·복지멤버십: the calculator for everyone, the parameters page by role (on the page itself).
  { key: 'benefits', path: '/benefits', isLive: true },
  // 급여 신청: the home 읍면동's inbox, applications taken anywhere (전국 단위 신청) and 신청 대행.
  { key: 'applications', path: '/applications', isLive: true, capability: 'SUBMIT_APPLICATION' },
  // 중복지원 점검: overlapping provisions in the district, by domain, agency pair and month.
  { key: 'provisions', path: '/provisions', isLive: true, capability: 'VIEW_DASHBOARD' },
  // 행정구역 개편: rows a split or closed 읍면동 left for the registrar of households to place.
  { key: 'regionReviews', path: '/regions/reviews', isLive: true, capability: 'REGISTER_HOUSEHOLD' },
  { key: 'accessLog', path: '/access-log', isLive: true, capability: 'VIEW_ACCESS_LOG' },
  { key: 'apiKeys', path: '/api-keys', isLive: true, capability: 'MANAGE_API_KEYS' },
];

export const COMING_SOON = NAV_ITEMS.filter((item): item is NavItem => !isNavGroup(item) && !item.isLive);

/** The entries an account sees by its capabilities; a group without a visible item disappears. */
export function navFor(permissions: readonly string[]): NavEntry[] {
  const visible = (item: NavItem) => !item.capability || permissions.includes(item.capability);
  return NAV_ITEMS.flatMap((entry): NavEntry[] => {
    if (!isNavGroup(entry)) return visible(entry) ? [entry] : [];
    const items = entry.items.filter(visible);
    return items.length ? [{ ...entry, items }] : [];
  });
}

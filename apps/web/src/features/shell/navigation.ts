import type { Role } from '../../generated/graphql';
import { CATALOGUE_ROLES, FEED_ROLES, QUEUE_ROLES, ROUND_ROLES, RULE_ROLES } from '../screening/roles';
import { CASE_ROLES } from '../cases/roles';
import { DASHBOARD_ROLES } from '../dashboard/roles';

export interface NavItem {
  key: string;
  path: string;
  /** Built and usable; the others route to a page saying what they will do. */
  isLive: boolean;
  roles?: readonly Role[];
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
      { key: 'candidates', path: '/screening/candidates', isLive: true, roles: QUEUE_ROLES },
      { key: 'rounds', path: '/screening/rounds', isLive: true, roles: ROUND_ROLES },
      { key: 'rules', path: '/screening/rules', isLive: true, roles: RULE_ROLES },
      { key: 'feeds', path: '/indicators/feeds', isLive: true, roles: FEED_ROLES },
      { key: 'indicatorKinds', path: '/indicators/kinds', isLive: true, roles: CATALOGUE_ROLES },
    ],
  },
  // 통합사례관리 and 서비스 의뢰: the public staff and the private partner agencies alike.
  { key: 'cases', path: '/cases', isLive: true, roles: CASE_ROLES },
  { key: 'referrals', path: '/referrals', isLive: true, roles: CASE_ROLES },
  { key: 'dashboard', path: '/dashboard', isLive: true, roles: DASHBOARD_ROLES },
  { key: 'resources', path: '/resources', isLive: false },
  { key: 'benefits', path: '/benefits', isLive: false },
  { key: 'provisions', path: '/provisions', isLive: false },
  { key: 'accessLog', path: '/access-log', isLive: true, roles: ['ADMIN'] },
  { key: 'apiKeys', path: '/api-keys', isLive: true, roles: ['ADMIN'] },
];

export const COMING_SOON = NAV_ITEMS.filter((item): item is NavItem => !isNavGroup(item) && !item.isLive);

/** The entries a role sees; a group without a visible item disappears. */
export function navFor(role: Role): NavEntry[] {
  const visible = (item: NavItem) => !item.roles || item.roles.includes(role);
  return NAV_ITEMS.flatMap((entry): NavEntry[] => {
    if (!isNavGroup(entry)) return visible(entry) ? [entry] : [];
    const items = entry.items.filter(visible);
    return items.length ? [{ ...entry, items }] : [];
  });
}

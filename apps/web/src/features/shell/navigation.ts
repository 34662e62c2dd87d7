import type { Role } from '../../generated/graphql';

export interface NavItem {
  key: string;
  path: string;
  /** Built and usable; the others route to a page saying what they will do. */
  isLive: boolean;
  roles?: readonly Role[];
}

// One place per capability in DESIGN.md.
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'households', path: '/households', isLive: true },
  { key: 'candidates', path: '/candidates', isLive: false },
  { key: 'cases', path: '/cases', isLive: false },
  { key: 'referrals', path: '/referrals', isLive: false },
  { key: 'resources', path: '/resources', isLive: false },
  { key: 'benefits', path: '/benefits', isLive: false },
  { key: 'provisions', path: '/provisions', isLive: false },
  { key: 'accessLog', path: '/access-log', isLive: true, roles: ['ADMIN'] },
  { key: 'apiKeys', path: '/api-keys', isLive: true, roles: ['ADMIN'] },
];

export const COMING_SOON = NAV_ITEMS.filter((item) => !item.isLive);

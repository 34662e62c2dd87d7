import type { Role } from '../../generated/graphql';

/** 시군구 supervisors see their district; analysts and administrators any region. */
export const DASHBOARD_ROLES: readonly Role[] = ['SUPERVISOR', 'ANALYST', 'ADMIN'];

/** Who may choose any region on the dashboard (a supervisor always sees their own district). */
export const COUNTRY_WIDE_ROLES: readonly Role[] = ['ANALYST', 'ADMIN'];

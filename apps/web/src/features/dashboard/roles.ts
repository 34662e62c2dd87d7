import type { Role } from '../../generated/graphql';

/** 시군구 supervisors see their district; analysts and administrators any region. */
export const DASHBOARD_ROLES: readonly Role[] = ['SUPERVISOR', 'ANALYST', 'ADMIN'];

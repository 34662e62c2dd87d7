import type { Role } from '../../generated/graphql';

/** Roles that may register households (읍면동 and 시군구 public staff, administrators). */
export const REGISTER_ROLES: readonly Role[] = ['CASE_WORKER', 'SUPERVISOR', 'ADMIN'];

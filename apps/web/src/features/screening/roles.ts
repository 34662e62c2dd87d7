import type { Role } from '../../generated/graphql';

// Who sees which part of 복지사각지대 발굴; the API checks the same (AGENCY_WORKER sees none of it).
export const QUEUE_ROLES: readonly Role[] = ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'];
export const ROUND_ROLES: readonly Role[] = ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'];
export const CATALOGUE_ROLES: readonly Role[] = ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'];
/** 시군구 supervisors edit their own rules, analysts the national default. */
export const RULE_ROLES: readonly Role[] = ['SUPERVISOR', 'ANALYST'];
/** Recording a visit: the 읍면동 and 시군구 public staff. */
export const VISIT_ROLES: readonly Role[] = ['CASE_WORKER', 'SUPERVISOR'];
/** Loading feeds and starting rounds (the feed list itself is also open to ADMIN). */
export const FEED_ROLES: readonly Role[] = ['ANALYST', 'ADMIN'];
export const START_ROUND_ROLES: readonly Role[] = ['ANALYST'];
export const FEED_UPLOAD_ROLES: readonly Role[] = ['ANALYST'];
export const KIND_EDIT_ROLES: readonly Role[] = ['ANALYST'];

import type { NeedLevel, NeedsDomain, CaseClosureReason, Role } from '../../generated/graphql';

// 통합사례관리 is shared by the 읍면동 and 시군구 public staff and the private partner agencies; the
// API narrows each case to what the viewer's agency may see.
export const CASE_ROLES: readonly Role[] = ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER'];
/** Opening a case is a public duty (사회보장급여법 제42조의2). */
export const OPEN_CASE_ROLES: readonly Role[] = ['CASE_WORKER', 'SUPERVISOR'];

// The ten 욕구 영역 of the 통합사례관리 guidelines, in their order (libs/domain cases/case-rules.ts).
export const NEEDS_DOMAINS: readonly NeedsDomain[] = [
  'SAFETY',
  'HEALTH',
  'DAILY_LIVING',
  'FAMILY_RELATIONS',
  'SOCIAL_RELATIONS',
  'ECONOMY',
  'EDUCATION',
  'EMPLOYMENT',
  'LIVING_ENVIRONMENT',
  'RIGHTS_PROTECTION',
];
export const NEED_LEVELS: readonly NeedLevel[] = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT'];
export const CLOSURE_REASONS: readonly CaseClosureReason[] = [
  'GOALS_ACHIEVED',
  'MOVED_AWAY',
  'REFUSED_SERVICES',
  'DECEASED',
  'TRANSFERRED',
  'NO_CONTACT',
  'OTHER',
];

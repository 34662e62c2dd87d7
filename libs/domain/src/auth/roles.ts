// Roles, each given the least data its work needs (개인정보 보호법 제29조; 안전성 확보조치 기준,
// 접근권한의 관리: access only to the extent a worker's duties require).
import type { AgencySector } from '../agencies/agency-kind';

export const ROLES = ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface Actor {
  role: Role;
  agencySector: AgencySector;
  /** 행정기관코드 of the actor's agency; null for agencies without a region (e.g. the ministry). */
  agencyRegionCode: string | null;
}

/** The roles an API key may act in: a partner system never administers Ieum. */
export const API_KEY_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'ADMIN');

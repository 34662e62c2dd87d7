import { describe, expect, it } from 'vitest';
import { CAPABILITIES, can, permissionsOf, rolesFor } from './permissions';
import { ROLES, type Role } from './roles';

describe('permissions', () => {
  it.each<{ capability: (typeof CAPABILITIES)[number]; roles: Role[] }>([
    { capability: 'OPEN_CASE', roles: ['CASE_WORKER', 'SUPERVISOR'] },
    { capability: 'SEND_REFERRAL', roles: ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER'] },
    { capability: 'VIEW_CANDIDATES', roles: ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'] },
    { capability: 'EDIT_SCREENING_RULES', roles: ['SUPERVISOR', 'ANALYST'] },
    { capability: 'UPLOAD_FEED', roles: ['ANALYST'] },
    { capability: 'VIEW_ACCESS_LOG', roles: ['ADMIN'] },
    { capability: 'REGISTER_HOUSEHOLD', roles: ['CASE_WORKER', 'SUPERVISOR', 'ADMIN'] },
    { capability: 'MANAGE_RESOURCES', roles: ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER', 'ADMIN'] },
    { capability: 'VIEW_BENEFIT_PARAMETERS', roles: ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'] },
    { capability: 'RECORD_MEANS', roles: ['CASE_WORKER', 'SUPERVISOR'] },
    { capability: 'DECIDE_ELIGIBILITY', roles: ['CASE_WORKER', 'SUPERVISOR'] },
    { capability: 'VIEW_MEANS', roles: ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER'] },
    { capability: 'SUBMIT_APPLICATION', roles: ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER'] },
    { capability: 'REVIEW_APPLICATION', roles: ['CASE_WORKER', 'SUPERVISOR'] },
    { capability: 'RECORD_PROVISION', roles: ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER'] },
    { capability: 'START_ELIGIBILITY_EVALUATION', roles: ['ANALYST'] },
    {
      capability: 'VIEW_ELIGIBILITY_EVALUATIONS',
      roles: ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'],
    },
    { capability: 'UPLOAD_MEANS_FEED', roles: ['ANALYST'] },
    { capability: 'START_REVERIFICATION', roles: ['ANALYST'] },
    { capability: 'VIEW_REVERIFICATION_RUNS', roles: ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'] },
    { capability: 'VIEW_REVERIFICATION_CHANGES', roles: ['CASE_WORKER', 'SUPERVISOR'] },
    { capability: 'ACT_ON_REVERIFICATION', roles: ['CASE_WORKER', 'SUPERVISOR'] },
  ])('$capability belongs to exactly $roles', ({ capability, roles }) => {
    expect([...rolesFor(capability)].sort()).toEqual([...roles].sort());
    for (const role of ROLES) expect(can(role, capability)).toBe(roles.includes(role));
  });

  it('keeps private agencies out of blind-spot detection and administration (least privilege)', () => {
    const agency = permissionsOf('AGENCY_WORKER');
    expect(agency).toEqual([
      'VIEW_CASES',
      'WORK_ON_CASE',
      'SEND_REFERRAL',
      'ACT_ON_REFERRAL',
      'MANAGE_RESOURCES',
      'VIEW_MEANS',
      'SUBMIT_APPLICATION',
      'RECORD_PROVISION',
    ]);
  });

  it('lists every capability once, each held by at least one role', () => {
    expect(new Set(CAPABILITIES).size).toBe(CAPABILITIES.length);
    for (const c of CAPABILITIES) expect(rolesFor(c).length).toBeGreaterThan(0);
  });
});

// What each role may do, as data: the API's guards (@Can on each resolver) and the web app's menus
// and buttons (me.permissions) read this one table, so the two cannot drift. Scope is a second
// check on top (household-scope.ts: 읍면동, 시군구, the whole country; consent for private agencies).
import type { Role } from './roles';

const PUBLIC_WORKERS = ['CASE_WORKER', 'SUPERVISOR'] as const satisfies readonly Role[];
const CASE_TEAM = ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER'] as const satisfies readonly Role[];
const SCREENERS = ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'] as const satisfies readonly Role[];

export const PERMISSIONS = {
  /** 가구 등록 (the 읍면동 and 시군구 staff; administrators for corrections). */
  REGISTER_HOUSEHOLD: ['CASE_WORKER', 'SUPERVISOR', 'ADMIN'],
  /** 정보제공 동의 기록·철회: public workers of the household's area. */
  RECORD_CONSENT: PUBLIC_WORKERS,
  /** 사례 개시 is a public duty (사회보장급여법 제42조의2). */
  OPEN_CASE: PUBLIC_WORKERS,
  /** The case list and pages: public staff and the private partner agencies. */
  VIEW_CASES: CASE_TEAM,
  /** 욕구사정, 서비스 계획, 서비스 제공, 사례회의, 모니터링, 종결 (the API narrows by the case's team). */
  WORK_ON_CASE: CASE_TEAM,
  /** 서비스 의뢰 and every later step of a referral (the API checks which side may act). */
  SEND_REFERRAL: CASE_TEAM,
  ACT_ON_REFERRAL: CASE_TEAM,
  /** Caseload and referral dashboards: supervisors their 시군구, ministry roles anywhere. */
  VIEW_DASHBOARD: ['SUPERVISOR', 'ANALYST', 'ADMIN'],
  /** The dashboard of any 시도, 시군구 or 읍면동. */
  VIEW_DASHBOARD_COUNTRYWIDE: ['ANALYST', 'ADMIN'],
  /** 복지사각지대 발굴: the candidate queue and the rounds (never private agencies). */
  VIEW_CANDIDATES: SCREENERS,
  VIEW_ROUNDS: SCREENERS,
  VIEW_INDICATOR_KINDS: SCREENERS,
  /** 찾아가는 복지 상담 결과. */
  RECORD_VISIT: PUBLIC_WORKERS,
  /** 발굴 기준: supervisors their 시군구's, analysts the national default. */
  EDIT_SCREENING_RULES: ['SUPERVISOR', 'ANALYST'],
  EDIT_LOCAL_RULES: ['SUPERVISOR'],
  EDIT_NATIONAL_RULES: ['ANALYST'],
  /** Oversees a whole 시군구 (희망복지지원단) and narrows its lists to one 읍면동 at a time. */
  OVERSEE_SIGUNGU: ['SUPERVISOR'],
  START_ROUND: ['ANALYST'],
  UPLOAD_FEED: ['ANALYST'],
  VIEW_FEEDS: ['ANALYST', 'ADMIN'],
  ADD_INDICATOR_KIND: ['ANALYST'],
  /** 개인정보 접근기록 review (안전성 확보조치 기준 제8조). */
  VIEW_ACCESS_LOG: ['ADMIN'],
  MANAGE_USERS: ['ADMIN'],
  MANAGE_API_KEYS: ['ADMIN'],
  /** Keeps its own agency's entries of the resource directory (복지자원); administrators any agency's. */
  MANAGE_RESOURCES: ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER', 'ADMIN'],
  /**
   * The benefit parameters page (급여 기준): the public staff who explain decisions and the ministry
   * roles who keep the figures. The figures are public; this only decides who gets the page in the menu.
   */
  VIEW_BENEFIT_PARAMETERS: ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'],
  /** 소득·재산 조사 기록: public workers of the household's area (the API checks the area). */
  RECORD_MEANS: PUBLIC_WORKERS,
  /** 수급자격 판정, stored with its trace: public workers of the household's area. */
  DECIDE_ELIGIBILITY: PUBLIC_WORKERS,
  /**
   * A household's means and decisions: public workers in their area, a private agency only while a
   * consent covers FINANCES (the household access guard checks both).
   */
  VIEW_MEANS: CASE_TEAM,
  /** 급여 신청: a centre takes it (anywhere for the nationwide programmes), a private agency on the resident's behalf. */
  SUBMIT_APPLICATION: CASE_TEAM,
  /** 신청 검토·결정 (review, ask for documents, approve, reject): public workers of the home 읍면동. */
  REVIEW_APPLICATION: PUBLIC_WORKERS,
  /** 제공 이력: records what its agency gives a household, after the duplicate check (중복지원 방지). */
  RECORD_PROVISION: CASE_TEAM,
  /** 일괄 판정 of every household with means on a date (for 확인조사): the ministry's analysts. */
  START_ELIGIBILITY_EVALUATION: ['ANALYST'],
  /**
   * The batch runs, their progress and totals, and one household's result of a run (that read goes
   * through the household access guard: area, and FINANCES).
   */
  VIEW_ELIGIBILITY_EVALUATIONS: ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'],
  /** 복지멤버십 가입·탈퇴 at a centre: a public worker of any 읍면동 (the resident is there). */
  ENROL_MEMBERSHIP: PUBLIC_WORKERS,
  /** 맞춤형 급여 안내 of a member household: public workers of its area (FINANCES, as its means). */
  VIEW_GUIDANCE: PUBLIC_WORKERS,
  /** Every member evaluated at once (the new parameter year's run, on demand). */
  START_GUIDANCE_RUN: ['ANALYST'],
  /** 소득·재산 자료 (means feed) from a source agency: loaded by the ministry's analysts, like crisis feeds. */
  UPLOAD_MEANS_FEED: ['ANALYST'],
  /** 확인조사 of every current recipient (monthly, or on demand). */
  START_REVERIFICATION: ['ANALYST'],
  /** A run's progress and totals (no household in it). */
  VIEW_REVERIFICATION_RUNS: ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'],
  /** The 확인조사 queue of changes: public workers of the households' area (FINANCES). */
  VIEW_REVERIFICATION_CHANGES: PUBLIC_WORKERS,
  /** Confirming (a new decision) or contesting a change is a 수급자격 판정 of the home 읍면동. */
  ACT_ON_REVERIFICATION: PUBLIC_WORKERS,
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof PERMISSIONS;
export const CAPABILITIES = Object.keys(PERMISSIONS) as Capability[];

/** The roles that hold a capability. */
export function rolesFor(capability: Capability): readonly Role[] {
  return PERMISSIONS[capability];
}

export function can(role: Role, capability: Capability): boolean {
  return (PERMISSIONS[capability] as readonly Role[]).includes(role);
}

/** Every capability a role holds, in table order. */
export function permissionsOf(role: Role): Capability[] {
  return CAPABILITIES.filter((c) => can(role, c));
}

// Kinds of agencies in 지역사회 welfare delivery. The sector decides default data access: private
// agencies see personal data only through consent (개인정보 보호법 제17조).

export const AGENCY_KINDS = [
  'MINISTRY',
  'SIGUNGU_OFFICE',
  'EUPMYEONDONG_CENTER',
  'PUBLIC_HEALTH_CENTER',
  'COMMUNITY_WELFARE_CENTER',
  'SENIOR_WELFARE_CENTER',
  'DISABILITY_WELFARE_CENTER',
  'COMMUNITY_CHILD_CENTER',
  'MENTAL_HEALTH_CENTER',
  'OTHER_PRIVATE',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export type AgencySector = 'PUBLIC' | 'PRIVATE';

const PUBLIC_KINDS: ReadonlySet<AgencyKind> = new Set<AgencyKind>([
  'MINISTRY',
  'SIGUNGU_OFFICE',
  'EUPMYEONDONG_CENTER',
  'PUBLIC_HEALTH_CENTER',
]);

/** Welfare centres are usually run by private 법인 on commission, so they count as PRIVATE. */
export function sectorOf(kind: AgencyKind): AgencySector {
  return PUBLIC_KINDS.has(kind) ? 'PUBLIC' : 'PRIVATE';
}

export function isAgencyKind(value: string): value is AgencyKind {
  return (AGENCY_KINDS as readonly string[]).includes(value);
}

export const AGENCY_KIND_LABELS: Record<AgencyKind, { ko: string; en: string }> = {
  MINISTRY: { ko: '보건복지부', en: 'Ministry of Health and Welfare' },
  SIGUNGU_OFFICE: { ko: '시군구청', en: 'City, county or district office' },
  EUPMYEONDONG_CENTER: { ko: '읍면동 주민센터', en: 'Community service centre' },
  PUBLIC_HEALTH_CENTER: { ko: '보건소', en: 'Public health centre' },
  COMMUNITY_WELFARE_CENTER: { ko: '종합사회복지관', en: 'Community welfare centre' },
  SENIOR_WELFARE_CENTER: { ko: '노인복지관', en: 'Senior welfare centre' },
  DISABILITY_WELFARE_CENTER: { ko: '장애인복지관', en: 'Disability welfare centre' },
  COMMUNITY_CHILD_CENTER: { ko: '지역아동센터', en: 'Community child centre' },
  MENTAL_HEALTH_CENTER: { ko: '정신건강복지센터', en: 'Mental health welfare centre' },
  OTHER_PRIVATE: { ko: '기타 민간기관', en: 'Other private organisation' },
};

/** The ministry plans and funds; it takes no referral for a household. */
export function mayReceiveReferrals(kind: AgencyKind): boolean {
  return kind !== 'MINISTRY';
}

/**
 * Where the agencies a household can be referred to are: anywhere in its 시군구 (a 시 with its
 * 일반구; 세종, which has none, as a whole), or at its 시도 itself (a 광역 centre). `ancestry` is
 * the household's 읍면동 code and its ancestors, nearest first. Another province's 군청 is never
 * offered.
 */
export function referralArea(ancestry: readonly string[]): { within: string; sido: string } | null {
  if (ancestry.length < 2) return null;
  const sido = ancestry[ancestry.length - 1];
  return { within: ancestry.length >= 3 ? ancestry[ancestry.length - 2] : sido, sido };
}

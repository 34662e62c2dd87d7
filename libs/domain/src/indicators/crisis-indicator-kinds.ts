// The 39 위기정보 유형 (crisis-indicator kinds) that 사회보장정보원 links from partner institutions
// for 복지사각지대 발굴. Source and caveats (e.g. the split of 자살고위험군 into two kinds):
// libs/db/data/crisis/SOURCE.md and docs/sources/data-sources.md §2. Codes are stable identifiers; names are
// for the UI and explanations.

export const CRISIS_INDICATOR_GROUPS = [
  'ARREARS',
  'LIVING_STANDARD',
  'SITUATION_CHANGE',
  'EMPLOYMENT_CRISIS',
  'OTHER_WELFARE_PROGRAM',
  'OTHER',
] as const;
export type CrisisIndicatorGroup = (typeof CRISIS_INDICATOR_GROUPS)[number];

export const CRISIS_INDICATOR_GROUP_LABELS: Record<CrisisIndicatorGroup, { ko: string; en: string }> = {
  ARREARS: { ko: '요금 체납', en: 'Utility and payment arrears' },
  LIVING_STANDARD: { ko: '생활수준 추정', en: 'Estimated living standard' },
  SITUATION_CHANGE: { ko: '상황 변동', en: 'Change in circumstances' },
  EMPLOYMENT_CRISIS: { ko: '근로 위기', en: 'Employment crisis' },
  OTHER_WELFARE_PROGRAM: { ko: '타 복지사업 관련', en: 'Other welfare programmes' },
  OTHER: { ko: '기타', en: 'Other' },
};

export interface CrisisIndicatorKind {
  code: string;
  group: CrisisIndicatorGroup;
  nameKo: string;
  nameEn: string;
}

export const CRISIS_INDICATOR_KINDS: readonly CrisisIndicatorKind[] = [
  { code: 'POWER_CUT', group: 'ARREARS', nameKo: '단전', nameEn: 'Electricity supply cut off' },
  { code: 'WATER_CUT', group: 'ARREARS', nameKo: '단수', nameEn: 'Water supply cut off' },
  { code: 'GAS_CUT', group: 'ARREARS', nameKo: '단가스', nameEn: 'Gas supply cut off' },
  {
    code: 'ELECTRICITY_BILL_ARREARS',
    group: 'ARREARS',
    nameKo: '전기료체납',
    nameEn: 'Electricity bill arrears',
  },
  {
    code: 'HEALTH_INSURANCE_PREMIUM_ARREARS',
    group: 'ARREARS',
    nameKo: '건보료체납',
    nameEn: 'National Health Insurance premium arrears',
  },
  {
    code: 'NATIONAL_PENSION_ARREARS',
    group: 'ARREARS',
    nameKo: '국민연금체납',
    nameEn: 'National Pension contribution arrears',
  },
  {
    code: 'MAINTENANCE_FEE_ARREARS',
    group: 'ARREARS',
    nameKo: '관리비체납',
    nameEn: 'Apartment maintenance fee arrears',
  },
  {
    code: 'RENT_ARREARS',
    group: 'ARREARS',
    nameKo: '임차료체납',
    nameEn: 'Rent arrears (public rental housing)',
  },
  { code: 'TELECOM_BILL_ARREARS', group: 'ARREARS', nameKo: '통신비체납', nameEn: 'Telecom bill arrears' },
  {
    code: 'ELDERLY_LONG_TERM_CARE',
    group: 'LIVING_STANDARD',
    nameKo: '노인장기요양',
    nameEn: 'Elderly long-term care insurance record',
  },
  {
    code: 'EXCESSIVE_MEDICAL_EXPENSES',
    group: 'LIVING_STANDARD',
    nameKo: '의료비과다지출',
    nameEn: 'Excessive medical expenses',
  },
  {
    code: 'JEONSE_VULNERABLE_HOUSEHOLD',
    group: 'LIVING_STANDARD',
    nameKo: '전세취약가구',
    nameEn: 'Housing-vulnerable household on jeonse (lump-sum deposit)',
  },
  {
    code: 'MONTHLY_RENT_VULNERABLE_HOUSEHOLD',
    group: 'LIVING_STANDARD',
    nameKo: '월세취약가구',
    nameEn: 'Housing-vulnerable household on monthly rent',
  },
  {
    code: 'FINANCIAL_DELINQUENCY',
    group: 'LIVING_STANDARD',
    nameKo: '금융연체',
    nameEn: 'Financial (loan/card) delinquency',
  },
  {
    code: 'HEALTH_INSURANCE_PREMIUM_ASSESSMENT',
    group: 'LIVING_STANDARD',
    nameKo: '건강보험료 부과내역',
    nameEn: 'Health insurance premium assessment record',
  },
  {
    code: 'CUSTOMIZED_BENEFIT_APPLICATION_INCOME_ASSETS',
    group: 'LIVING_STANDARD',
    nameKo: '맞춤형 급여 신청 소득재산정보',
    nameEn: 'Income and asset data from a customized-benefit application',
  },
  {
    code: 'FACILITY_LEAVER',
    group: 'SITUATION_CHANGE',
    nameKo: '시설퇴소자',
    nameEn: 'Person discharged from a residential facility',
  },
  {
    code: 'BASIC_OR_EMERGENCY_APPLICATION_REJECTED',
    group: 'SITUATION_CHANGE',
    nameKo: '기초긴급신청탈락',
    nameEn: 'Rejected or dropped basic livelihood / emergency welfare applicant',
  },
  {
    code: 'BUSINESS_CLOSURE',
    group: 'SITUATION_CHANGE',
    nameKo: '휴폐업',
    nameEn: 'Business suspension or closure',
  },
  { code: 'FIRE_DAMAGE', group: 'SITUATION_CHANGE', nameKo: '화재피해', nameEn: 'Residential fire damage' },
  { code: 'DISASTER_DAMAGE', group: 'SITUATION_CHANGE', nameKo: '재난피해', nameEn: 'Disaster damage' },
  {
    code: 'HOUSEHOLD_HEAD_DEATH',
    group: 'SITUATION_CHANGE',
    nameKo: '세대주사망',
    nameEn: 'Death of the household head',
  },
  {
    code: 'LONG_TERM_CARE_GRADE',
    group: 'SITUATION_CHANGE',
    nameKo: '장기요양 등급',
    nameEn: 'Long-term care grade',
  },
  {
    code: 'SEVERE_DISEASE_COPAY_EXEMPTION',
    group: 'SITUATION_CHANGE',
    nameKo: '중증질환 산정특례',
    nameEn: 'Severe-disease co-payment special case (산정특례)',
  },
  {
    code: 'LONG_TERM_NO_MEDICAL_CLAIMS',
    group: 'SITUATION_CHANGE',
    nameKo: '요양급여 장기 미청구',
    nameEn: 'No health-care benefit claims for a long period',
  },
  {
    code: 'RESIDENT_REGISTRATION_HOUSEHOLD_MEMBERS',
    group: 'SITUATION_CHANGE',
    nameKo: '주민등록 세대원',
    nameEn: 'Resident-registration household composition',
  },
  {
    code: 'UNEMPLOYMENT_BENEFIT_RECIPIENT',
    group: 'EMPLOYMENT_CRISIS',
    nameKo: '실업급여수급',
    nameEn: 'Unemployment benefit recipient',
  },
  {
    code: 'UNEMPLOYMENT_BENEFIT_NON_RECIPIENT',
    group: 'EMPLOYMENT_CRISIS',
    nameKo: '실업급여미수급',
    nameEn: 'Unemployed, not receiving unemployment benefit',
  },
  {
    code: 'NOT_EMPLOYED_AFTER_INDUSTRIAL_INJURY_CARE',
    group: 'EMPLOYMENT_CRISIS',
    nameKo: '산재요양후미취업',
    nameEn: 'Not re-employed after industrial-injury medical care ended',
  },
  {
    code: 'UNEMPLOYED_DAY_LABORER',
    group: 'EMPLOYMENT_CRISIS',
    nameKo: '미취업일용근로자',
    nameEn: 'Day labourer without work',
  },
  {
    code: 'INDIVIDUAL_EXTENDED_BENEFIT',
    group: 'EMPLOYMENT_CRISIS',
    nameKo: '개별연장급여대상',
    nameEn: 'Eligible for individual extended unemployment benefit',
  },
  {
    code: 'STUDENT_IN_CRISIS',
    group: 'OTHER_WELFARE_PROGRAM',
    nameKo: '위기학생',
    nameEn: 'Student in crisis (school education-cost support)',
  },
  {
    code: 'NUTRITION_PLUS_NOT_SUPPORTED',
    group: 'OTHER_WELFARE_PROGRAM',
    nameKo: '영양플러스미지원',
    nameEn: 'Eligible for Nutrition Plus but not supported',
  },
  {
    code: 'VISITING_HEALTH_CARE_GROUP',
    group: 'OTHER_WELFARE_PROGRAM',
    nameKo: '방문건강관리군',
    nameEn: 'Visiting health-care intensive-management group',
  },
  {
    code: 'DIAPER_FORMULA_SUPPORT',
    group: 'OTHER_WELFARE_PROGRAM',
    nameKo: '기저귀분유지원',
    nameEn: 'Low-income diaper / infant-formula support recipient',
  },
  {
    code: 'NEWBORN_HEARING_LOSS_CONFIRMED',
    group: 'OTHER_WELFARE_PROGRAM',
    nameKo: '신생아난청확진',
    nameEn: 'Newborn with confirmed hearing loss',
  },
  {
    code: 'SUICIDE_HIGH_RISK_MANAGED',
    group: 'OTHER',
    nameKo: '자살고위험군 (관리대상자)',
    nameEn: 'Suicide high-risk group: person managed by a mental-health / suicide-prevention centre',
  },
  {
    code: 'SUICIDE_ATTEMPT_ER_VISIT',
    group: 'OTHER',
    nameKo: '자살고위험군 (응급실 내원 자해·자살시도자)',
    nameEn: 'Suicide high-risk group: emergency-room visit for self-harm or suicide attempt',
  },
  { code: 'CRIME_VICTIM', group: 'OTHER', nameKo: '범죄피해자', nameEn: 'Crime victim' },
];

/** The 39 kind codes, for `parseFeedRecord` and `validateRuleDocument`. */
export const CRISIS_INDICATOR_KIND_CODES: ReadonlySet<string> = new Set(
  CRISIS_INDICATOR_KINDS.map((k) => k.code),
);

/** code → Korean name, for `explainScore`. */
export const CRISIS_INDICATOR_KIND_NAMES_KO: ReadonlyMap<string, string> = new Map(
  CRISIS_INDICATOR_KINDS.map((k) => [k.code, k.nameKo]),
);

import type { Relationship } from '../registry/relationship';

// 만 나이 comes from screening/risk-score.ts (ageOn).
export { ageOn } from '../screening/risk-score';

// What the calculator and a decision know of a household on a date: members with their monthly
// incomes (per member, since deductions depend on the earner's age) and the household's property.

export const CAR_USES = ['PRIVATE', 'BUSINESS', 'DISABILITY'] as const;
export type CarUse = (typeof CAR_USES)[number];

// 부양의무자: whether an obligor exists and can support. 의료급여 still applies the test; 생계급여 only
// excludes households whose obligor is very high-earning or wealthy (JJYU_IR, JJYU_BLA in SOURCE.md).
export const SUPPORT_OBLIGORS = ['NONE', 'UNABLE', 'ABLE', 'WEALTHY'] as const;
export type SupportObligor = (typeof SUPPORT_OBLIGORS)[number];

export interface MonthlyIncome {
  earned: number;
  business: number;
  property: number;
  /** 국민연금 and other public pensions; 기초연금 is computed by the engine, not entered. */
  pension: number;
  publicTransfer: number;
  privateTransfer: number;
}

export interface BenefitMember {
  birthDate: string;
  relationship: Relationship;
  disabled: boolean;
  /** 장애의 정도가 심한 장애인 (중증): 장애인연금 is for them only; implies `disabled`. Absent = false. */
  disabilitySevere?: boolean;
  student: boolean;
  monthlyIncome: MonthlyIncome;
}

export interface Car {
  value: number;
  engineCc: number;
  modelYear: number;
  use: CarUse;
}

export interface HouseholdProperty {
  residential: number;
  general: number;
  financial: number;
  debt: number;
  cars: Car[];
}

// 기본재산액 classes of 국민기초생활보장 (서울 / 경기 / 광역시·세종·창원 / 그 외) and of 기초연금
// (대도시 / 중소도시 / 농어촌); see region-class.ts.
export type LivelihoodRegionClass = 'SEOUL' | 'GYEONGGI' | 'METRO' | 'OTHER';
export type PensionRegionClass = 'BIG_CITY' | 'SMALL_CITY' | 'RURAL';

// 주거급여 급지 (1 서울, 2 경기·인천, 3 광역시·세종, 4 그 외): decides the 기준임대료; see region-class.ts.
export type HousingGrade = 1 | 2 | 3 | 4;

export const HOUSING_TENURES = ['RENT', 'OWN'] as const;
export type HousingTenure = (typeof HOUSING_TENURES)[number];

/** How the household lives, for the 주거급여 amount: 임차 with rent and deposit, or 자가. */
export interface HousingSituation {
  tenure: HousingTenure;
  /** 월 임차료 (won); 0 for 전세. */
  monthlyRent: number;
  /** 임차보증금 (won); converted to rent at a yearly rate. */
  deposit: number;
}

export interface BenefitHousehold {
  asOf: string;
  regionClass: { livelihood: LivelihoodRegionClass; pension: PensionRegionClass; housing?: HousingGrade };
  members: BenefitMember[];
  property: HouseholdProperty;
  supportObligor: SupportObligor;
  /** For the 주거급여 amount; without it no amount is computed. */
  housing?: HousingSituation | null;
  /** 긴급복지지원법 제2조 위기사유 (주소득자 사망·실직, 중한 질병, 화재 …); absent = none. */
  crisisSituation?: boolean;
}

/** Whole months from birth to `date` (a child born 2025-03-15 is 11 months old on 2026-03-14). */
export function monthsOn(birthDate: string, date: string): number {
  const months =
    (Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4))) * 12 +
    Number(date.slice(5, 7)) -
    Number(birthDate.slice(5, 7));
  return date.slice(8) < birthDate.slice(8) ? months - 1 : months;
}

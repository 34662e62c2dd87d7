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

export interface BenefitHousehold {
  asOf: string;
  regionClass: { livelihood: LivelihoodRegionClass; pension: PensionRegionClass };
  members: BenefitMember[];
  property: HouseholdProperty;
  supportObligor: SupportObligor;
}

/** Whole months from birth to `date` (a child born 2025-03-15 is 11 months old on 2026-03-14). */
export function monthsOn(birthDate: string, date: string): number {
  const months =
    (Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4))) * 12 +
    Number(date.slice(5, 7)) -
    Number(birthDate.slice(5, 7));
  return date.slice(8) < birthDate.slice(8) ? months - 1 : months;
}

import { ageOn, type BenefitHousehold, type PensionRegionClass } from './household';
import { num, pct, percentOf, roundHalfUp, won } from './money';
import { step, type ParameterReader, type TraceStep, type UsedParameter } from './trace';

// The 소득인정액 of 기초연금 (기초연금법 제2조제4호) and of 장애인연금, whose rules follow it (장애인연금법
// 제2조제6호): (근로소득 − 기본공제) × 반영률 + 기타소득 + [(일반재산 − 기본재산액) + (금융재산 − 금융공제)
// − 부채] × 연 환산율 ÷ 12, counted per 단독 or 부부 unit. Each programme reads its own parameters under
// its prefix, so a figure that differs between the two is a data change.

export type PensionPrefix = 'basic_pension' | 'disability_pension';

const CLASS_KEY: Record<PensionRegionClass, string> = {
  BIG_CITY: 'big_city',
  SMALL_CITY: 'small_city',
  RURAL: 'rural',
};
const CLASS_LABEL: Record<PensionRegionClass, string> = {
  BIG_CITY: '대도시',
  SMALL_CITY: '중소도시',
  RURAL: '농어촌',
};
const PROGRAMME_LABEL: Record<PensionPrefix, string> = {
  basic_pension: '기초연금',
  disability_pension: '장애인연금',
};

interface Figure {
  value: number;
  used: UsedParameter;
}

export interface PensionIncomeParameters {
  prefix: PensionPrefix;
  earnedDeduction: Figure;
  earnedCountedPct: Figure;
  basicPropertyDeduction: Figure;
  financialDeduction: Figure;
  propertyRate: Figure;
  regionLabel: string;
}

export function pensionIncomeParameters(
  reader: ParameterReader,
  prefix: PensionPrefix,
  regionClass: PensionRegionClass,
): PensionIncomeParameters {
  return {
    prefix,
    earnedDeduction: reader.number(`${prefix}.earned_deduction`),
    earnedCountedPct: reader.number(`${prefix}.earned_counted_pct`),
    basicPropertyDeduction: reader.number(`${prefix}.basic_property_deduction.${CLASS_KEY[regionClass]}`),
    financialDeduction: reader.number(`${prefix}.financial_deduction`),
    propertyRate: reader.number(`${prefix}.property_rate_annual_pct`),
    regionLabel: CLASS_LABEL[regionClass],
  };
}

/** A 단독 or 부부 unit: member indexes, and whether the household's property is counted in it. */
export interface PensionUnit {
  members: number[];
  isCouple: boolean;
  ownsProperty: boolean;
}

/**
 * 가구주 with 배우자 form a 부부 unit that owns the household's property; any other member who
 * qualifies is 단독 with their own income and no property (the calculator does not split property by
 * owner). Without a 가구주 the first qualifying member owns it, so it is counted once.
 */
export function pensionUnits(household: BenefitHousehold, qualifies: (i: number) => boolean): PensionUnit[] {
  const head = household.members.findIndex((m) => m.relationship === 'HEAD');
  const spouse = household.members.findIndex((m) => m.relationship === 'SPOUSE');
  const units: PensionUnit[] = [];
  const inUnit = new Set<number>();
  if (head >= 0) {
    const members = spouse >= 0 ? [head, spouse] : [head];
    members.forEach((i) => inUnit.add(i));
    if (members.some(qualifies)) units.push({ members, isCouple: spouse >= 0, ownsProperty: true });
  }
  household.members.forEach((_, i) => {
    if (!inUnit.has(i) && qualifies(i)) {
      units.push({
        members: [i],
        isCouple: false,
        ownsProperty: !units.some((u) => u.ownsProperty) && head < 0,
      });
    }
  });
  return units;
}

/** The unit's 소득인정액, pushing one readable step per income and the property conversion. */
export function pensionRecognizedIncome(
  household: BenefitHousehold,
  unit: PensionUnit,
  p: PensionIncomeParameters,
  tag: string,
  trace: TraceStep[],
): number {
  const label = PROGRAMME_LABEL[p.prefix];
  let income = 0;
  for (const i of unit.members) {
    const m = household.members[i]!;
    const e = m.monthlyIncome.earned;
    if (e > 0) {
      const v = percentOf(Math.max(0, e - p.earnedDeduction.value), p.earnedCountedPct.value);
      income += v;
      trace.push(
        step(
          `${tag}가구원 ${num(i + 1)} 근로소득 (${label})`,
          `(${won(e)} − ${won(p.earnedDeduction.value)}) × ${pct(p.earnedCountedPct.value)} = ${won(v)}`,
          v,
          [p.earnedDeduction.used, p.earnedCountedPct.used],
        ),
      );
    }
    const { business, property, pension, publicTransfer, privateTransfer } = m.monthlyIncome;
    const other = business + property + pension + publicTransfer + privateTransfer;
    if (other > 0) {
      income += other;
      trace.push(
        step(`${tag}가구원 ${num(i + 1)} 사업·재산·연금·이전소득`, `${won(other)} (전액 반영)`, other),
      );
    }
  }
  let propertyIncome = 0;
  if (unit.ownsProperty) {
    const prop = household.property;
    const cars = prop.cars.reduce((s, c) => s + c.value, 0);
    const general = prop.residential + prop.general + cars;
    const generalAfter = Math.max(0, general - p.basicPropertyDeduction.value);
    const financialAfter = Math.max(0, prop.financial - p.financialDeduction.value);
    const net = Math.max(0, generalAfter + financialAfter - prop.debt);
    propertyIncome = roundHalfUp((net * Math.round(p.propertyRate.value * 100)) / 120000);
    trace.push(
      step(
        `${tag}재산의 소득환산액 (${label})`,
        `[(일반재산 ${won(general)} − 기본재산액 ${won(p.basicPropertyDeduction.value)} (${p.regionLabel})) + (금융재산 ${won(prop.financial)} − ${won(p.financialDeduction.value)}) − 부채 ${won(prop.debt)}] × ${pct(p.propertyRate.value)} ÷ 12 = ${won(propertyIncome)}`,
        propertyIncome,
        [p.basicPropertyDeduction.used, p.financialDeduction.used, p.propertyRate.used],
      ),
    );
  }
  const recognized = income + propertyIncome;
  trace.push(
    step(
      `${tag}소득인정액 (${label})`,
      `${won(income)} + ${won(propertyIncome)} = ${won(recognized)}`,
      recognized,
    ),
  );
  return recognized;
}

/** 만 나이 of member i on the household's date is at least `age`. */
export function isAged(household: BenefitHousehold, i: number, age: number): boolean {
  return ageOn(household.members[i]!.birthDate, household.asOf) >= age;
}

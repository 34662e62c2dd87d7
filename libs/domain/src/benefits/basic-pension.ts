import { ageOn, type BenefitHousehold, type BenefitMember, type PensionRegionClass } from './household';
import { percentOf, pct, roundHalfUp, won } from './money';
import type { ProgrammeResult } from './programme';
import { step, type ParameterReader, type TraceStep } from './trace';

// 기초연금 (기초연금법): its own 소득인정액 (근로소득 기본공제 then 70 %, 기본재산액 by 대도시 / 중소도시 /
// 농어촌, 금융재산 공제, 연 4 %), 20 % off each when both of a couple receive it (제8조), and the
// 소득역전 방지 cut: 소득인정액 + 기초연금 never above the 선정기준액. Parameters:
// libs/db/data/benefits/basic-pension.json.
//
// Who forms a unit: 가구주 with 배우자 is a 부부가구 and owns the household's property; any other member
// of pension age is a 단독가구 with their own income and no property (the calculator does not split
// property by owner). 국민연금 연계감액 and the 고급자동차 rule are not applied (SOURCE.md).

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

export interface BasicPensionResult extends ProgrammeResult {
  /** Monthly 기초연금 per member, by member index (0 for those who get none). */
  byMember: number[];
}

interface Unit {
  members: number[];
  isCouple: boolean;
  ownsProperty: boolean;
}

function unitsOf(household: BenefitHousehold, minAge: number): Unit[] {
  const aged = (i: number) => ageOn(household.members[i]!.birthDate, household.asOf) >= minAge;
  const head = household.members.findIndex((m) => m.relationship === 'HEAD');
  const spouse = household.members.findIndex((m) => m.relationship === 'SPOUSE');
  const units: Unit[] = [];
  const inUnit = new Set<number>();
  if (head >= 0) {
    const members = spouse >= 0 ? [head, spouse] : [head];
    members.forEach((i) => inUnit.add(i));
    if (members.some(aged)) units.push({ members, isCouple: spouse >= 0, ownsProperty: true });
  }
  // Without a 가구주 the first member of pension age owns the property, so it is counted once.
  household.members.forEach((_, i) => {
    if (!inUnit.has(i) && aged(i)) {
      units.push({
        members: [i],
        isCouple: false,
        ownsProperty: !units.some((u) => u.ownsProperty) && head < 0,
      });
    }
  });
  return units;
}

export function basicPension(household: BenefitHousehold, reader: ParameterReader): BasicPensionResult {
  const minAge = reader.number('basic_pension.min_age');
  const single = reader.number('basic_pension.threshold_single');
  const couple = reader.number('basic_pension.threshold_couple');
  const base = reader.number('basic_pension.base_amount');
  const coupleCut = reader.number('basic_pension.couple_reduction_pct');
  const minimum = reader.number('basic_pension.minimum_pct');
  const earnedDed = reader.number('basic_pension.earned_deduction');
  const earnedPct = reader.number('basic_pension.earned_counted_pct');
  const basicDed = reader.number(
    `basic_pension.basic_property_deduction.${CLASS_KEY[household.regionClass.pension]}`,
  );
  const finDed = reader.number('basic_pension.financial_deduction');
  const rate = reader.number('basic_pension.property_rate_annual_pct');

  const byMember = household.members.map(() => 0);
  const units = unitsOf(household, minAge.value);
  if (units.length === 0) {
    return {
      programme: 'BASIC_PENSION',
      eligible: false,
      monthlyAmount: null,
      threshold: null,
      incomeRecognized: null,
      reasons: [`만 ${minAge.value}세 이상인 가구원이 없습니다.`],
      trace: [step('대상 연령', `만 ${minAge.value}세 이상 가구원 없음`, null, [minAge.used])],
      byMember,
    };
  }

  const trace: TraceStep[] = [];
  const reasons: string[] = [];
  let total = 0;
  let recognizedSum = 0;
  let firstThreshold: number | null = null;
  let anyEligible = false;

  units.forEach((unit, u) => {
    const tag = units.length > 1 ? `[${u + 1}] ` : '';
    const threshold = unit.isCouple ? couple : single;
    firstThreshold ??= threshold.value;
    let income = 0;
    for (const i of unit.members) {
      const m: BenefitMember = household.members[i]!;
      const e = m.monthlyIncome.earned;
      if (e > 0) {
        const v = percentOf(Math.max(0, e - earnedDed.value), earnedPct.value);
        income += v;
        trace.push(
          step(
            `${tag}가구원 ${i + 1} 근로소득 (기초연금)`,
            `(${won(e)} − ${won(earnedDed.value)}) × ${pct(earnedPct.value)} = ${won(v)}`,
            v,
            [earnedDed.used, earnedPct.used],
          ),
        );
      }
      const { business, property, pension, publicTransfer, privateTransfer } = m.monthlyIncome;
      const other = business + property + pension + publicTransfer + privateTransfer;
      if (other > 0) {
        income += other;
        trace.push(step(`${tag}가구원 ${i + 1} 사업·재산·연금·이전소득`, `${won(other)} (전액 반영)`, other));
      }
    }
    let propertyIncome = 0;
    if (unit.ownsProperty) {
      const p = household.property;
      const cars = p.cars.reduce((s, c) => s + c.value, 0);
      const general = p.residential + p.general + cars;
      const generalAfter = Math.max(0, general - basicDed.value);
      const financialAfter = Math.max(0, p.financial - finDed.value);
      const net = Math.max(0, generalAfter + financialAfter - p.debt);
      propertyIncome = roundHalfUp((net * Math.round(rate.value * 100)) / 120000);
      trace.push(
        step(
          `${tag}재산의 소득환산액 (기초연금)`,
          `[(일반재산 ${won(general)} − 기본재산액 ${won(basicDed.value)} (${CLASS_LABEL[household.regionClass.pension]})) + (금융재산 ${won(p.financial)} − ${won(finDed.value)}) − 부채 ${won(p.debt)}] × ${pct(rate.value)} ÷ 12 = ${won(propertyIncome)}`,
          propertyIncome,
          [basicDed.used, finDed.used, rate.used],
        ),
      );
    }
    const recognized = income + propertyIncome;
    recognizedSum += recognized;
    trace.push(
      step(
        `${tag}소득인정액 (기초연금)`,
        `${won(income)} + ${won(propertyIncome)} = ${won(recognized)}`,
        recognized,
      ),
    );
    const eligible = recognized <= threshold.value;
    trace.push(
      step(
        `${tag}선정기준액 (${unit.isCouple ? '부부' : '단독'})`,
        `${won(recognized)} ${eligible ? '≤' : '>'} ${won(threshold.value)}: ${eligible ? '대상' : '대상 아님'}`,
        threshold.value,
        [threshold.used],
      ),
    );
    if (!eligible) {
      reasons.push(`${tag}소득인정액 ${won(recognized)}이 선정기준액 ${won(threshold.value)}을 넘습니다.`);
      return;
    }
    anyEligible = true;
    const recipients = unit.members.filter(
      (i) => ageOn(household.members[i]!.birthDate, household.asOf) >= minAge.value,
    );
    const both = recipients.length === 2;
    const each = both ? base.value - percentOf(base.value, coupleCut.value) : base.value;
    trace.push(
      both
        ? step(
            `${tag}기준연금액 (부부 감액)`,
            `${won(base.value)} × (100% − ${pct(coupleCut.value)}) = ${won(each)} × 2명`,
            each * 2,
            [base.used, coupleCut.used],
          )
        : step(`${tag}기준연금액`, won(each), each, [base.used]),
    );
    let amounts = recipients.map(() => each);
    const sum = each * recipients.length;
    if (recognized + sum > threshold.value) {
      // 소득역전 방지: cut the pension to the gap, split evenly, never below the minimum share.
      const gap = threshold.value - recognized;
      const floor = percentOf(base.value, minimum.value);
      amounts = recipients.map(() => Math.max(floor, roundHalfUp(gap / recipients.length)));
      trace.push(
        step(
          `${tag}소득역전 방지 감액`,
          `${won(recognized)} + ${won(sum)} > ${won(threshold.value)} → ${won(threshold.value)} − ${won(recognized)} = ${won(gap)} (최저 1인 ${won(floor)})`,
          amounts.reduce((s, a) => s + a, 0),
          [threshold.used, minimum.used],
        ),
      );
      reasons.push(`${tag}소득역전 방지로 감액되었습니다.`);
    }
    recipients.forEach((i, k) => {
      byMember[i] = amounts[k]!;
      total += amounts[k]!;
    });
    reasons.push(`${tag}소득인정액 ${won(recognized)}이 선정기준액 ${won(threshold.value)} 이하입니다.`);
  });
  reasons.push('국민연금 연계감액은 계산하지 않았습니다.');

  return {
    programme: 'BASIC_PENSION',
    eligible: anyEligible,
    monthlyAmount: anyEligible ? total : null,
    threshold: firstThreshold,
    incomeRecognized: recognizedSum,
    reasons,
    trace,
    byMember,
  };
}

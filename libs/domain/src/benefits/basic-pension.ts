import { ageOn, type BenefitHousehold } from './household';
import { num, pct, percentOf, roundHalfUp, won } from './money';
import { isAged, pensionIncomeParameters, pensionRecognizedIncome, pensionUnits } from './pension-income';
import type { ProgrammeResult } from './programme';
import { step, type ParameterReader, type TraceStep } from './trace';

// 기초연금 (기초연금법): its own 소득인정액 (근로소득 기본공제 then 70 %, 기본재산액 by 대도시 / 중소도시 /
// 농어촌, 금융재산 공제, 연 4 %), 20 % off each when both of a couple receive it (제8조), and the
// 소득역전 방지 cut: 소득인정액 + 기초연금 never above the 선정기준액. Parameters:
// libs/db/data/benefits/basic-pension.json.
//
// Units (단독 / 부부) and the 소득인정액 are shared with 장애인연금 (pension-income.ts). 국민연금 연계감액 and
// the 고급자동차 rule are not applied (SOURCE.md).

export interface BasicPensionResult extends ProgrammeResult {
  /** Monthly 기초연금 per member, by member index (0 for those who get none). */
  byMember: number[];
}

export function basicPension(household: BenefitHousehold, reader: ParameterReader): BasicPensionResult {
  const minAge = reader.number('basic_pension.min_age');
  const single = reader.number('basic_pension.threshold_single');
  const couple = reader.number('basic_pension.threshold_couple');
  const base = reader.number('basic_pension.base_amount');
  const coupleCut = reader.number('basic_pension.couple_reduction_pct');
  const minimum = reader.number('basic_pension.minimum_pct');
  const incomeParameters = pensionIncomeParameters(reader, 'basic_pension', household.regionClass.pension);

  const byMember = household.members.map(() => 0);
  const units = pensionUnits(household, (i) => isAged(household, i, minAge.value));
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
    const tag = units.length > 1 ? `[${num(u + 1)}] ` : '';
    const threshold = unit.isCouple ? couple : single;
    firstThreshold ??= threshold.value;
    const recognized = pensionRecognizedIncome(household, unit, incomeParameters, tag, trace);
    recognizedSum += recognized;
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

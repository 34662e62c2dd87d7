import type { BenefitHousehold } from './household';
import { num, pct, percentOf, won } from './money';
import { isAged, pensionIncomeParameters, pensionRecognizedIncome, pensionUnits } from './pension-income';
import type { ProgrammeResult } from './programme';
import { step, type ParameterReader, type TraceStep } from './trace';

// 장애인연금 (장애인연금법 제4조): 만 18세 이상 중증장애인 whose 소득인정액 (단독 or 부부, counted like
// 기초연금's, pension-income.ts) is at most the 선정기준액. 연금 = 기초급여 + 부가급여 (제5조):
// - 기초급여 (제6조) is the 기준연금액 of 기초연금, 20 % off each when both of a couple receive it; not paid
//   from the age of 기초연금 (65), since those members receive 기초연금 instead;
// - 부가급여 (제7조) depends on the status (생계·의료급여 수급자 …, 3만~9만원 in the sources): only the
//   생계·의료급여 figure for members under 65 was found, so for any other status the amount is not summed.
// Parameters: libs/db/data/benefits/disability-pension.json (single unofficial pages: all unverified).

export interface DisabilityPensionContext {
  household: BenefitHousehold;
  reader: ParameterReader;
  /** The household is eligible for 생계급여 or 의료급여 in the same estimate (부가급여 status). */
  livelihoodOrMedical: boolean;
}

export function disabilityPension(ctx: DisabilityPensionContext): ProgrammeResult {
  const { household, reader } = ctx;
  const minAge = reader.number('disability_pension.min_age');
  const single = reader.number('disability_pension.threshold_single');
  const couple = reader.number('disability_pension.threshold_couple');
  const base = reader.number('disability_pension.basic_benefit');
  const basicUntil = reader.number('disability_pension.basic_benefit_age_limit');
  const coupleCut = reader.number('disability_pension.couple_reduction_pct');
  const additional = reader.number('disability_pension.additional_benefit.livelihood_medical');
  const incomeParameters = pensionIncomeParameters(
    reader,
    'disability_pension',
    household.regionClass.pension,
  );

  const qualifies = (i: number) => {
    const m = household.members[i]!;
    return m.disabled && m.disabilitySevere === true && isAged(household, i, minAge.value);
  };
  const units = pensionUnits(household, qualifies);
  if (units.length === 0) {
    const anyDisabled = household.members.some((m) => m.disabled);
    return {
      programme: 'DISABILITY_PENSION',
      eligible: false,
      monthlyAmount: null,
      threshold: null,
      incomeRecognized: null,
      reasons: [
        anyDisabled
          ? `만 ${minAge.value}세 이상의 중증장애인(장애의 정도가 심한 장애인)인 가구원이 없습니다.`
          : '장애인인 가구원이 없습니다.',
      ],
      trace: [step('대상', `만 ${minAge.value}세 이상 중증장애인 가구원 없음`, null, [minAge.used])],
    };
  }

  const trace: TraceStep[] = [];
  const reasons: string[] = [];
  let total = 0;
  let amountKnown = true;
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
        `${tag}선정기준액 (장애인연금 ${unit.isCouple ? '부부' : '단독'})`,
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
    reasons.push(`${tag}소득인정액 ${won(recognized)}이 선정기준액 ${won(threshold.value)} 이하입니다.`);
    const recipients = unit.members.filter(qualifies);
    const both = recipients.length === 2;
    for (const i of recipients) {
      const who = `${tag}가구원 ${num(i + 1)}`;
      if (isAged(household, i, basicUntil.value)) {
        trace.push(
          step(`${who} 기초급여`, `만 ${basicUntil.value}세 이상: 기초연금으로 받음 → 0원`, 0, [
            basicUntil.used,
          ]),
        );
        reasons.push(
          `${who}: 만 ${basicUntil.value}세 이상은 기초급여 대신 기초연금을 받으며, 이 연령의 부가급여 금액은 자료에 없어 월 금액을 합산하지 않았습니다.`,
        );
        amountKnown = false;
        continue;
      }
      const basic = both ? base.value - percentOf(base.value, coupleCut.value) : base.value;
      trace.push(
        both
          ? step(
              `${who} 기초급여 (부부 감액)`,
              `${won(base.value)} × (100% − ${pct(coupleCut.value)}) = ${won(basic)}`,
              basic,
              [base.used, coupleCut.used],
            )
          : step(`${who} 기초급여`, won(basic), basic, [base.used]),
      );
      total += basic;
      if (ctx.livelihoodOrMedical) {
        trace.push(
          step(`${who} 부가급여 (생계·의료급여 수급)`, won(additional.value), additional.value, [
            additional.used,
          ]),
        );
        total += additional.value;
      } else {
        trace.push(step(`${who} 부가급여`, '생계·의료급여 수급 가구가 아님: 금액표 없음', null));
        reasons.push(
          `${who}: 부가급여(월 3만~9만원)는 수급 자격에 따라 다르며 생계·의료급여 수급 가구 외의 금액은 자료에 없어 월 금액을 합산하지 않았습니다 (기초급여 ${won(basic)}).`,
        );
        amountKnown = false;
      }
    }
  });
  const monthlyAmount = anyEligible && amountKnown ? total : null;
  if (monthlyAmount !== null) trace.push(step('장애인연금액', `기초급여 + 부가급여 = ${won(total)}`, total));

  return {
    programme: 'DISABILITY_PENSION',
    eligible: anyEligible,
    monthlyAmount,
    threshold: firstThreshold,
    incomeRecognized: recognizedSum,
    reasons,
    trace,
  };
}

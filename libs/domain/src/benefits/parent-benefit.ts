import { monthsOn, type BenefitHousehold } from './household';
import { num, won } from './money';
import type { ProgrammeResult } from './programme';
import { step, type ParameterReader } from './trace';

// 부모급여: 만 0세 (0–11개월) and 만 1세 (12–23개월) children, no means test. The 어린이집 case (only the
// difference from the 보육료 in cash) is not modelled.
export function parentBenefit(household: BenefitHousehold, reader: ParameterReader): ProgrammeResult {
  const age0 = reader.number('parent_benefit.amount_age_0');
  const age1 = reader.number('parent_benefit.amount_age_1');
  const months = household.members.map((m) => monthsOn(m.birthDate, household.asOf));
  const infants = months.filter((m) => m >= 0 && m < 12).length;
  const toddlers = months.filter((m) => m >= 12 && m < 24).length;
  const total = infants * age0.value + toddlers * age1.value;
  const eligible = infants + toddlers > 0;
  return {
    programme: 'PARENT_BENEFIT',
    eligible,
    monthlyAmount: eligible ? total : null,
    threshold: null,
    incomeRecognized: null,
    reasons: [
      eligible
        ? `만 0세 ${num(infants)}명, 만 1세 ${num(toddlers)}명입니다.`
        : '만 2세 미만 아동이 없습니다.',
    ],
    trace: [
      step(
        '부모급여',
        `만 0세 ${num(infants)}명 × ${won(age0.value)} + 만 1세 ${num(toddlers)}명 × ${won(age1.value)} = ${won(total)}`,
        total,
        [age0.used, age1.used],
      ),
    ],
  };
}

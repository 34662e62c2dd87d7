import { ageOn, type BenefitHousehold } from './household';
import { num, won } from './money';
import type { ProgrammeResult } from './programme';
import { step, type ParameterReader } from './trace';

// 아동수당 (아동수당법 제4조): every child under the age limit (2025 만 8세 미만, 2026 만 9세 미만, rising
// a year a year to 13), no means test. The 2017년생 특례 and regional top-ups are not modelled.
export function childAllowance(household: BenefitHousehold, reader: ParameterReader): ProgrammeResult {
  const limit = reader.number('child_allowance.age_limit');
  const amount = reader.number('child_allowance.monthly_amount');
  const children = household.members.filter((m) => ageOn(m.birthDate, household.asOf) < limit.value).length;
  const total = children * amount.value;
  return {
    programme: 'CHILD_ALLOWANCE',
    eligible: children > 0,
    monthlyAmount: children > 0 ? total : null,
    threshold: null,
    incomeRecognized: null,
    reasons: [
      children > 0
        ? `만 ${limit.value}세 미만 아동 ${num(children)}명입니다.`
        : `만 ${limit.value}세 미만 아동이 없습니다.`,
    ],
    trace: [
      step(
        '아동수당',
        `만 ${limit.value}세 미만 ${num(children)}명 × ${won(amount.value)} = ${won(total)}`,
        total,
        [limit.used, amount.used],
      ),
    ],
  };
}

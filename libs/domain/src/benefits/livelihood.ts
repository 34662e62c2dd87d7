import { result, selectionReason, selectionTest, type BasicLivelihoodContext } from './basic-livelihood';
import { won } from './money';
import type { ProgrammeResult } from './programme';
import { step } from './trace';

// 생계급여 (국민기초생활 보장법 제8조): 소득인정액 이하 중위 32 % (2024–2026); 급여액 = 선정기준액 −
// 소득인정액. 부양의무자 기준 applies only to an obligor with very high income or property (WEALTHY).
export function livelihood(ctx: BasicLivelihoodContext): ProgrammeResult {
  const test = selectionTest(ctx, 'LIVELIHOOD');
  const reasons = [selectionReason(test, ctx.recognized.total)];
  const excluded = ctx.household.supportObligor === 'WEALTHY';
  if (excluded) reasons.push('고소득·고재산 부양의무자가 있어 생계급여 대상이 아닙니다.');
  const eligible = test.passes && !excluded;
  if (!eligible) return result('LIVELIHOOD', ctx, test, { eligible, monthlyAmount: null, reasons });
  const amount = test.threshold - ctx.recognized.total;
  if (amount === 0) reasons.push('소득인정액이 선정기준액과 같아 지급할 생계급여가 없습니다.');
  return result('LIVELIHOOD', ctx, test, {
    eligible,
    monthlyAmount: amount,
    reasons,
    trace: [
      step(
        '생계급여액',
        `선정기준액 ${won(test.threshold)} − 소득인정액 ${won(ctx.recognized.total)} = ${won(amount)}`,
        amount,
      ),
    ],
  });
}

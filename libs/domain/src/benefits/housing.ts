import { result, selectionReason, selectionTest, type BasicLivelihoodContext } from './basic-livelihood';
import type { ProgrammeResult } from './programme';

// 주거급여 (주거급여법 제5조): 소득인정액 이하 중위 48 %, no 부양의무자 test. The amount needs the rent and
// the 급지 기준임대료, whose 2026 table is incomplete in the sources (SOURCE.md), so none is computed yet.
export function housing(ctx: BasicLivelihoodContext): ProgrammeResult {
  const test = selectionTest(ctx, 'HOUSING');
  const reasons = [selectionReason(test, ctx.recognized.total)];
  if (test.passes)
    reasons.push('월 급여액은 임차료와 지역별 기준임대료로 정해지며 여기서는 계산하지 않습니다.');
  return result('HOUSING', ctx, test, { eligible: test.passes, monthlyAmount: null, reasons });
}

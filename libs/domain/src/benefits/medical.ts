import { result, selectionReason, selectionTest, type BasicLivelihoodContext } from './basic-livelihood';
import type { ProgrammeResult } from './programme';

// 의료급여 (의료급여법 제3조): 소득인정액 이하 중위 40 %, and the 부양의무자 test still applies: an obligor
// able to support (ABLE, or WEALTHY) excludes the household. Paid in kind: no monthly amount.
export function medical(ctx: BasicLivelihoodContext): ProgrammeResult {
  const test = selectionTest(ctx, 'MEDICAL');
  const reasons = [selectionReason(test, ctx.recognized.total)];
  const obligor = ctx.household.supportObligor;
  const excluded = obligor === 'ABLE' || obligor === 'WEALTHY';
  if (excluded) reasons.push('부양능력이 있는 부양의무자가 있어 의료급여 대상이 아닙니다.');
  reasons.push('의료급여는 현금이 아닌 의료비 지원입니다.');
  return result('MEDICAL', ctx, test, { eligible: test.passes && !excluded, monthlyAmount: null, reasons });
}

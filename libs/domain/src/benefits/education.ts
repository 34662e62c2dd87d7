import { result, selectionReason, selectionTest, type BasicLivelihoodContext } from './basic-livelihood';
import type { ProgrammeResult } from './programme';

// 교육급여 (국민기초생활 보장법 제12조): 소득인정액 이하 중위 50 % and a member in school (초·중·고). Paid
// as a yearly 교육활동지원비, so no monthly amount.
export function education(ctx: BasicLivelihoodContext): ProgrammeResult {
  const test = selectionTest(ctx, 'EDUCATION');
  const reasons = [selectionReason(test, ctx.recognized.total)];
  const hasStudent = ctx.household.members.some((m) => m.student);
  if (!hasStudent) reasons.push('초·중·고등학교에 다니는 가구원이 없습니다.');
  return result('EDUCATION', ctx, test, {
    eligible: test.passes && hasStudent,
    monthlyAmount: null,
    reasons,
  });
}

import type { Task } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { todayInKorea } from '../clock';
import {
  ELIGIBILITY_EVALUATION_TASK,
  eligibilityEvaluationTask,
} from '../modules/eligibility/evaluations.service';
import { GUIDANCE_NEW_YEAR_TASK, guidanceTasks } from '../modules/membership/guidance.service';
import {
  REVERIFICATION_MONTHLY_TASK,
  reverificationTasks,
} from '../modules/reverification/reverification-run';
import { escalateOverdue } from '../modules/referrals/referrals.service';
import { SCREENING_ROUND_TASK, screeningRoundTask } from '../modules/screening/rounds.service';

export const REFERRAL_ESCALATION_TASK = 'referral-escalation';
// Overdue referrals are raised to supervisors every 15 minutes. On 1 January (10:00 in the server's
// zone, which is already the new year in Korea for any zone) every 복지멤버십 household is evaluated
// on the new year's parameters. On the 1st of every month at 02:00 every current recipient is
// re-verified (확인조사) on the newest means and parameters.
export const CRONTAB = [
  `*/15 * * * * ${REFERRAL_ESCALATION_TASK}`,
  `0 10 1 1 * ${GUIDANCE_NEW_YEAR_TASK}`,
  `0 2 1 * * ${REVERIFICATION_MONTHLY_TASK}`,
].join('\n');

// Every background job Ieum runs, by its task name in the graphile-worker queue.
export function jobTasks(db: DataSource): Record<string, Task> {
  return {
    [SCREENING_ROUND_TASK]: screeningRoundTask(db),
    [ELIGIBILITY_EVALUATION_TASK]: eligibilityEvaluationTask(db),
    ...guidanceTasks(db),
    ...reverificationTasks(db),
    [REFERRAL_ESCALATION_TASK]: async () => {
      await escalateOverdue(db, todayInKorea());
    },
  };
}

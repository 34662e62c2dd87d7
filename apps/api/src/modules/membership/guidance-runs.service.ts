import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { checkId, ErrorCode, inputError, validationError } from '../../graphql/errors';
import { queueGuidanceRun } from './guidance.service';
import {
  StartWelfareGuidanceRunPayload,
  WelfareGuidanceRun,
  type StartWelfareGuidanceRunInput,
} from './membership.types';

const COLUMNS = `id, to_char(as_of, 'YYYY-MM-DD') AS "asOf", status, members_total AS "membersTotal",
  members_done AS "membersDone", messages, failure, created_at AS "createdAt", finished_at AS "finishedAt"`;

export async function guidanceRun(ctx: RequestContext, id: string): Promise<WelfareGuidanceRun | null> {
  const [row] = await ctx.services.dataSource.query(`SELECT ${COLUMNS} FROM guidance_runs WHERE id = $1`, [
    checkId(id),
  ]);
  if (!row) return null;
  const progress =
    row.status === 'DONE' ? 1 : row.membersTotal ? Math.min(1, row.membersDone / row.membersTotal) : 0;
  return Object.assign(new WelfareGuidanceRun(), row, { progress });
}

export async function startGuidanceRun(
  ctx: RequestContext,
  input: StartWelfareGuidanceRunInput,
): Promise<StartWelfareGuidanceRunPayload> {
  const fail = (error: ReturnType<typeof inputError>) =>
    Object.assign(new StartWelfareGuidanceRunPayload(), { run: null, errors: [error] });
  if (input.asOf > todayInKorea())
    return fail(
      validationError('DATE_IN_FUTURE', 'A run is for today or an earlier date.', ['input', 'asOf']),
    );
  const id = await queueGuidanceRun(ctx.services.dataSource, input.asOf, ctx.actor!.account);
  if (!id) return fail(inputError(ErrorCode.CONFLICT, 'A guidance run is already queued or running.'));
  return Object.assign(new StartWelfareGuidanceRunPayload(), { run: await guidanceRun(ctx, id), errors: [] });
}

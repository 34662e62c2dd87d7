import type { DataSource, EntityManager } from 'typeorm';
import type { GuidanceTrigger } from '@ieum/domain';

// How a change of a household's data asks for 맞춤형 급여 안내: a job in the caller's transaction, so
// the job exists exactly when the change does. The jobs are in guidance.service.ts.

export const GUIDANCE_REFRESH_TASK = 'guidance-refresh';
export const GUIDANCE_FEED_TASK = 'guidance-feed';

type Db = DataSource | EntityManager;

/** Queues a re-evaluation of each household that is a member (one pending job per household). */
export async function queueGuidance(db: Db, householdIds: readonly string[], trigger: GuidanceTrigger) {
  if (!householdIds.length) return;
  await db.query(
    `SELECT graphile_worker.add_job($2, json_build_object('householdId', m.household_id, 'trigger', $3::text),
       job_key := 'guidance:' || m.household_id, max_attempts := 5)
     FROM welfare_memberships m WHERE m.household_id = ANY($1::uuid[]) AND m.status = 'ACTIVE'`,
    [householdIds, GUIDANCE_REFRESH_TASK, trigger],
  );
}

/** After a crisis feed is loaded: one job that looks at the member households it names. */
export async function queueGuidanceForFeed(db: Db, feedId: string) {
  await db.query(
    `SELECT graphile_worker.add_job($1, json_build_object('feedId', $2::text), max_attempts := 5)`,
    [GUIDANCE_FEED_TASK, feedId],
  );
}

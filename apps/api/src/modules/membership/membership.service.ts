import {
  APPLICATION_PROGRAMME_FACTS,
  checkMembershipConsent,
  householdScope,
  scopeCoversAncestry,
  type Programme,
} from '@ieum/domain';
import { isUniqueViolation } from '@ieum/db';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { checkId, ErrorCode, fromFieldProblem, inputError, type UserError } from '../../graphql/errors';
import { readHousehold, recordHouseholdAccess } from '../consents/household-access';
import { queueGuidance } from './guidance-queue';
import {
  GuidanceMessage,
  WelfareMembership,
  WelfareMembershipPayload,
  type JoinWelfareMembershipInput,
  type LeaveWelfareMembershipInput,
} from './membership.types';

const payload = (membership: WelfareMembership | null, errors: UserError[] = []) =>
  Object.assign(new WelfareMembershipPayload(), { membership, errors });

const MEMBERSHIP_COLUMNS = `m.id, m.household_id AS "householdId", m.status, m.channel, m.consent_id AS "consentId",
  c.scopes AS items, to_char(c.valid_until, 'YYYY-MM-DD') AS "validUntil", m.joined_at AS "joinedAt", m.left_at AS "leftAt"`;

async function membershipsWhere(
  ctx: RequestContext,
  where: string,
  params: unknown[],
): Promise<WelfareMembership[]> {
  const rows = await ctx.services.dataSource.query(
    `SELECT ${MEMBERSHIP_COLUMNS} FROM welfare_memberships m JOIN consents c ON c.id = m.consent_id WHERE ${where}
     ORDER BY m.joined_at DESC, m.id DESC`,
    params,
  );
  return rows.map((r: object) => Object.assign(new WelfareMembership(), r));
}

/** Whether the caller is a public worker of the household's area. */
async function inArea(ctx: RequestContext, regionCode: string): Promise<boolean> {
  const actor = ctx.actor!;
  return (
    actor.agencySector === 'PUBLIC' &&
    scopeCoversAncestry(householdScope(actor), await ctx.loaders.regionAncestry.load(regionCode))
  );
}

/**
 * 복지멤버십 가입 at a centre: any public worker, whatever the household's address (the resident is
 * there). Records the consent the analysis rests on (given to the household's home 읍면동, which
 * gets the guidance) and queues the first analysis, in one transaction.
 */
export async function joinWelfareMembership(
  ctx: RequestContext,
  input: JoinWelfareMembershipInput,
): Promise<WelfareMembershipPayload> {
  const actor = ctx.actor!;
  const path = ['input', 'householdId'];
  const household = await ctx.loaders.household.load(checkId(input.householdId, 'input.householdId'));
  if (!household)
    return payload(null, [inputError(ErrorCode.NOT_FOUND, 'There is no such household.', path)]);
  if (actor.agencySector !== 'PUBLIC')
    return payload(null, [
      inputError(
        ErrorCode.FORBIDDEN,
        'A 행정복지센터 (a public agency) enrols a household in 복지멤버십.',
        path,
      ),
    ]);
  const today = todayInKorea();
  const consent = { ...input.consent, purpose: input.consent.purpose.trim() };
  const problems = checkMembershipConsent(consent, today);
  if (problems.length)
    return payload(
      null,
      problems.map((p) => fromFieldProblem(p)),
    );

  const members = await ctx.loaders.householdMembers.load(household.id);
  const head = members.find((m) => m.relationship === 'HEAD') ?? members[0];
  if (!head)
    return payload(null, [inputError(ErrorCode.INVALID_STATE, 'The household has no members.', path)]);
  const db = ctx.services.dataSource;
  try {
    const id = await db.transaction(async (tx) => {
      const [home] = await tx.query(
        `SELECT id FROM agencies WHERE region_code = $1 AND sector = 'PUBLIC' ORDER BY created_at, id LIMIT 1`,
        [household.regionCode],
      );
      const [c] = await tx.query(
        `INSERT INTO consents (household_id, grantee_agency_id, scopes, purpose, valid_from, valid_until, refusal_right_notified, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, true, $7) RETURNING id`,
        [
          household.id,
          home?.id ?? actor.agencyId,
          consent.items,
          consent.purpose,
          today,
          consent.validUntil,
          actor.userId,
        ],
      );
      const [m] = await tx.query(
        `INSERT INTO welfare_memberships (household_id, person_id, consent_id, status, channel, joined_agency_id, joined_by)
         VALUES ($1, $2, $3, 'ACTIVE', 'CENTRE', $4, $5) RETURNING id`,
        [household.id, head.person.id, c.id, actor.agencyId, actor.account],
      );
      await queueGuidance(tx, [household.id], 'JOINED');
      return m.id as string;
    });
    await recordHouseholdAccess(ctx, household.id, 'CREATE');
    return payload((await membershipsWhere(ctx, `m.id = $1`, [id]))[0]!);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return payload(null, [inputError(ErrorCode.CONFLICT, 'The household is already a member.', path)]);
  }
}

/**
 * 탈퇴 takes effect at once: the membership ends, its consent is withdrawn, and messages not yet sent
 * are cancelled, in one transaction (the analysis locks the membership, so none runs after this).
 * A public worker of the household's area or of the agency that enrolled it records it.
 */
export async function leaveWelfareMembership(
  ctx: RequestContext,
  input: LeaveWelfareMembershipInput,
): Promise<WelfareMembershipPayload> {
  const path = ['input', 'membershipId'];
  const [found] = await membershipsWhere(ctx, `m.id = $1`, [
    checkId(input.membershipId, 'input.membershipId'),
  ]);
  if (!found) return payload(null, [inputError(ErrorCode.NOT_FOUND, 'There is no such membership.', path)]);
  const household = (await ctx.loaders.household.load(found.householdId))!;
  const [enrolled] = await ctx.services.dataSource.query(
    `SELECT joined_agency_id AS "agencyId" FROM welfare_memberships WHERE id = $1`,
    [found.id],
  );
  const actor = ctx.actor!;
  if (
    !(await inArea(ctx, household.regionCode)) &&
    !(actor.agencySector === 'PUBLIC' && enrolled.agencyId === actor.agencyId)
  )
    return payload(null, [
      inputError(ErrorCode.FORBIDDEN, 'A public worker of the household’s area records the leaving.', path),
    ]);
  const left = await endMembership(ctx, found.id, actor.account, actor.userId);
  if (!left)
    return payload(null, [inputError(ErrorCode.INVALID_STATE, 'The household has already left.', path)]);
  await recordHouseholdAccess(ctx, household.id, 'UPDATE');
  return payload((await membershipsWhere(ctx, `m.id = $1`, [found.id]))[0]!);
}

/** Ends an active membership with its consent and unsent messages; false when it was not active. */
export async function endMembership(
  ctx: RequestContext,
  membershipId: string,
  account: string,
  userId: string | null,
): Promise<boolean> {
  return ctx.services.dataSource.transaction(async (tx) => {
    const rows = await tx.query(
      `WITH u AS (UPDATE welfare_memberships SET status = 'LEFT', left_at = now(), left_by = $2
                  WHERE id = $1 AND status = 'ACTIVE' RETURNING consent_id)
       SELECT consent_id AS "consentId" FROM u`,
      [membershipId, account],
    );
    if (!rows.length) return false;
    await tx.query(
      `UPDATE consents SET withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1 AND withdrawn_at IS NULL`,
      [rows[0].consentId, userId],
    );
    await tx.query(
      `UPDATE notification_outbox o SET state = 'CANCELLED' FROM guidance_messages g
       WHERE g.id = o.guidance_message_id AND g.membership_id = $1 AND o.state = 'PENDING'`,
      [membershipId],
    );
    return true;
  });
}

/** The household's memberships, current first (BASIC: who may see the household may see this). */
export async function membershipsOfHousehold(
  ctx: RequestContext,
  householdId: string,
): Promise<WelfareMembership[]> {
  const household = await readHousehold(ctx, checkId(householdId, 'householdId'), 'BASIC');
  if (!household) return [];
  return membershipsWhere(ctx, `m.household_id = $1`, [household.id]);
}

const GUIDANCE_COLUMNS = `id, household_id AS "householdId", programme, kind,
  estimated_monthly_amount::float8 AS "estimatedMonthlyAmount", previous_monthly_amount::float8 AS "previousMonthlyAmount",
  reasons, to_char(as_of, 'YYYY-MM-DD') AS "asOf", created_at AS "createdAt", read_at AS "readAt"`;

function toGuidance(row: GuidanceMessage): GuidanceMessage {
  const facts = APPLICATION_PROGRAMME_FACTS[row.programme as Programme];
  return Object.assign(new GuidanceMessage(), row, { nationwide: facts.nationwide });
}

/** A household's guidance messages, newest first. */
export async function guidanceOfHousehold(
  ctx: RequestContext,
  householdId: string,
  first?: number,
  after?: string,
): Promise<Page<GuidanceMessage>> {
  // Derived from 소득·재산: FINANCES, as the means themselves.
  const household = await readHousehold(ctx, checkId(householdId, 'householdId'), 'FINANCES');
  if (!household)
    return toPage<GuidanceMessage>(
      [],
      pageSize(first, 20),
      after,
      () => '',
      async () => 0,
    );
  return guidancePage(ctx, household.id, first, after);
}

export async function guidancePage(
  ctx: RequestContext,
  householdId: string,
  first?: number,
  after?: string,
): Promise<Page<GuidanceMessage>> {
  const db = ctx.services.dataSource;
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 2);
  const rows = await db.query(
    `SELECT ${GUIDANCE_COLUMNS} FROM guidance_messages
     WHERE household_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2, $3::uuid))
     ORDER BY created_at DESC, id DESC LIMIT $4`,
    [householdId, cursor?.[0] ?? null, cursor?.[1] ?? null, size + 1],
  );
  return toPage(
    rows.map(toGuidance),
    size,
    cursor,
    (g) => encodeCursor([g.createdAt.toISOString(), g.id]),
    async () =>
      Number(
        (
          await db.query(`SELECT count(*) AS n FROM guidance_messages WHERE household_id = $1`, [householdId])
        )[0].n,
      ),
  );
}

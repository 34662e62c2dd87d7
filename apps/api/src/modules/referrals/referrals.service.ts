import type { DataSource, EntityManager } from 'typeorm';
import {
  can,
  householdScope,
  missingReferralConsent,
  currentDeadline,
  DEFAULT_REFERRAL_DEADLINES,
  defaultReplyBy,
  KOREAN_PUBLIC_HOLIDAYS,
  nextReferralStatus,
  placesTaken,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  type ReferralAction,
  type ReferralOutcome,
  type ReferralStatus,
} from '@ieum/domain';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import {
  keyset,
  pageSize,
  SortDirection,
  toPage,
  type ListArgs,
  type Page,
  type SortKey,
} from '../../graphql/connection';
import {
  checkId,
  ErrorCode,
  forbidden,
  inputError,
  validationError,
  type UserError,
} from '../../graphql/errors';
import { userErrorOf, type DomainProblem } from '../../graphql/problems';
import { caseForChange } from '../cases/cases.service';
import { consentRecordOf, householdAccessOf, nowIso } from '../consents/household-access';
import { consentRequired } from '../consents/consents.types';
import { notifyAgencies } from '../notifications/notifications.service';
import { regionWithinScope } from '../regions/region-scope';
import {
  type Referral,
  type ReferralFilter,
  ReferralOrderField,
  type ReferralPayload,
  type SendReferralInput,
  SendReferralPayload,
} from './referrals.types';
import { OPEN, REFERRAL_COLUMNS, toReferral, referralsById } from './referrals.queries';

// Each key reads only the referral row (the agencies by a subquery), so the page is picked before
// the case and household are joined.
const REFERRAL_ORDER: Record<ReferralOrderField, readonly SortKey[]> = {
  SENT_AT: [{ sql: 'r.created_at', type: 'timestamptz' }],
  REPLY_BY: [{ sql: 'r.reply_by', type: 'date' }],
  DEADLINE: [{ sql: `coalesce(r.deadline, 'infinity'::date)`, type: 'date' }],
  STATUS: [
    {
      sql: `(CASE r.status ${REFERRAL_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END)`,
      type: 'int',
    },
  ],
  SERVICE: [{ sql: 'r.service', type: 'text' }],
  FROM_AGENCY: [{ sql: '(SELECT a.name FROM agencies a WHERE a.id = r.from_agency_id)', type: 'text' }],
  TO_AGENCY: [{ sql: '(SELECT a.name FROM agencies a WHERE a.id = r.to_agency_id)', type: 'text' }],
};

// 받은 의뢰 / 보낸 의뢰 of the caller's agency, or (DISTRICT) of every agency in a supervisor's 시군구.
export async function listReferrals(
  ctx: RequestContext,
  filter: ReferralFilter | undefined,
  args: ListArgs<ReferralOrderField> = {},
): Promise<Page<Referral>> {
  const db = ctx.services.dataSource;
  const size = pageSize(args.first, 20);
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const clauses = [await sidesOf(ctx, filter, p)];
  if (filter?.status) clauses.push(`r.status = ${p(filter.status)}`);
  if (filter?.overdue != null)
    clauses.push(
      `${p(filter.overdue)}::boolean = (r.deadline < ${p(todayInKorea())}::date AND r.status = ANY(${p(OPEN)}::varchar[]))`,
    );
  if (filter?.regionCode) {
    const region = await regionWithinScope(
      ctx,
      filter.regionCode,
      'Your agency sees its own referrals; a region narrows a district’s list.',
    );
    clauses.push(
      `r.case_id IN (SELECT c.id FROM cases c JOIN households h ON h.id = c.household_id
        WHERE h.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ${p(region)}))`,
    );
  }
  const where = clauses.join(' AND ');
  const countParams = [...params];
  const order = keyset({
    orderBy: args.orderBy,
    fields: REFERRAL_ORDER,
    fallback: [{ field: ReferralOrderField.SENT_AT, direction: SortDirection.DESC }],
    id: { sql: 'r.id', type: 'uuid' },
    size,
    after: args.after,
    page: args.page,
    param: p,
  });
  // The page is picked from the agency's index (newest first) before the case and household are
  // joined, and the count needs no join at all: an inbox of 100,000 referrals stays a few ms.
  const rows = await db.query(
    `SELECT ${REFERRAL_COLUMNS}, ${order.select}
     FROM (SELECT * FROM referrals r WHERE ${where} AND ${order.seek}
           ORDER BY ${order.orderBy} ${order.limit}) r
     JOIN cases c ON c.id = r.case_id JOIN households h ON h.id = c.household_id
     ORDER BY ${order.orderBy}`,
    params,
  );
  return toPage<Referral>(rows.map(toReferral), size, order.previous, order.cursorOf, async () =>
    Number((await db.query(`SELECT count(*) AS n FROM referrals r WHERE ${where}`, countParams))[0].n),
  );
}

// Which agencies' referrals a list shows: the caller's own, or for DISTRICT every agency of the
// supervisor's 시군구 (optionally one of them).
async function sidesOf(
  ctx: RequestContext,
  filter: ReferralFilter | undefined,
  p: (value: unknown) => string,
): Promise<string> {
  const own = ctx.actor!.agencyId;
  switch (filter?.direction) {
    case 'INCOMING':
      return `r.to_agency_id = ${p(own)}`;
    case 'OUTGOING':
      return `r.from_agency_id = ${p(own)}`;
    case 'DISTRICT': {
      const scope = householdScope(ctx.actor!);
      if (!can(ctx.actor!.role, 'OVERSEE_SIGUNGU') || scope.kind !== 'REGION')
        throw forbidden('Only a 시군구 supervisor sees the referrals of the whole district.');
      const agencies = filter.agencyId
        ? `SELECT id FROM agencies WHERE id = ${p(checkId(filter.agencyId, 'filter.agencyId'))}
             AND region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ${p(scope.regionCode)})`
        : `SELECT id FROM agencies WHERE region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ${p(scope.regionCode)})`;
      return `(r.to_agency_id IN (${agencies}) OR r.from_agency_id IN (${agencies}))`;
    }
    default:
      return `(r.to_agency_id = ${p(own)} OR r.from_agency_id = ${p(own)})`;
  }
}

export async function getReferral(ctx: RequestContext, id: string): Promise<Referral | null> {
  const r = await ctx.loaders.referral.load(checkId(id));
  if (!r) return null;
  const agency = ctx.actor!.agencyId;
  if (r.fromAgencyId !== agency && r.toAgencyId !== agency) {
    // The area's public workers also see the referrals of their households' cases.
    const access = await householdAccessOf(ctx, { id: r.householdId, regionCode: r.regionCode });
    if (access.kind !== 'FULL') return null;
  }
  return r;
}

const deadlineOf = (status: ReferralStatus, sentOn: string, replyBy: string, statusSince: string) =>
  currentDeadline(
    { status, sentOn, replyBy, statusSince },
    DEFAULT_REFERRAL_DEADLINES,
    KOREAN_PUBLIC_HOLIDAYS,
  );

// 서비스 의뢰: the sender must be on the case; a private receiver must be covered by the resident's consent.
export async function sendReferral(ctx: RequestContext, input: SendReferralInput): Promise<ReferralPayload> {
  const fail = (errors: UserError[]) => Object.assign(new SendReferralPayload(), { referral: null, errors });
  const found = await caseForChange(ctx, input.caseId, fail, 'TEAM');
  if (!found.ok) return found.payload;
  const actor = ctx.actor!;
  const resource = input.resourceId
    ? await ctx.loaders.resource.load(checkId(input.resourceId, 'input.resourceId'))
    : null;
  // Only published entries can be asked for; another agency's draft is as unknown as a missing one.
  if (input.resourceId && resource?.status !== 'PUBLISHED')
    return fail([inputError(ErrorCode.NOT_FOUND, 'No such published resource.', ['input', 'resourceId'])]);
  if (resource && input.toAgencyId && input.toAgencyId !== resource.agencyId)
    return fail([
      validationError(
        'NOT_ALLOWED_VALUE',
        'A resource is referred to its own agency; leave toAgencyId out.',
        ['input', 'toAgencyId'],
      ),
    ]);
  const toAgencyId = resource?.agencyId ?? input.toAgencyId;
  if (!toAgencyId)
    return fail([
      validationError('REQUIRED', 'Name the agency or the resource asked for.', ['input', 'toAgencyId']),
    ]);
  const to = await ctx.loaders.agency.load(checkId(toAgencyId, 'input.toAgencyId'));
  if (!to) return fail([inputError(ErrorCode.NOT_FOUND, 'No such agency.', ['input', 'toAgencyId'])]);
  if (to.id === actor.agencyId)
    return fail([validationError('NOT_ALLOWED_VALUE', 'Refer to another agency.', ['input', 'toAgencyId'])]);
  const today = todayInKorea();
  const service = input.service.trim() || (resource?.name ?? '');
  const errors: UserError[] = [];
  if (!service || service.length > 200)
    errors.push(
      validationError(
        service ? 'TOO_LONG' : 'REQUIRED',
        'Name the service asked for (up to 200 characters).',
        ['input', 'service'],
        { limit: 200 },
      ),
    );
  if ((input.note ?? '').length > 2000)
    errors.push(
      validationError('TOO_LONG', 'Keep the note under 2,000 characters.', ['input', 'note'], {
        limit: 2000,
      }),
    );
  const replyBy = input.replyBy ?? defaultReplyBy(today, DEFAULT_REFERRAL_DEADLINES, KOREAN_PUBLIC_HOLIDAYS);
  if (replyBy < today)
    errors.push(
      validationError('DATE_IN_PAST', 'The reply date cannot be in the past.', ['input', 'replyBy']),
    );
  if (errors.length) return fail(errors);
  const consents = (await ctx.loaders.consentsOfHousehold.load(found.c.householdId)).map(consentRecordOf);
  const missing = missingReferralConsent(to, consents, found.c.householdId, nowIso());
  if (missing) {
    return fail([
      consentRequired(
        found.c.householdId,
        missing,
        'The resident has not consented to share their basic information with this agency.',
        ['input', 'toAgencyId'],
      ),
    ]);
  }
  const db = ctx.services.dataSource;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.query(
      `INSERT INTO referrals (case_id, from_agency_id, to_agency_id, service, note, sent_on, reply_by, status, deadline, created_by, resource_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'SENT', $8, $9, $10) RETURNING id`,
      [
        found.c.id,
        actor.agencyId,
        to.id,
        service,
        (input.note ?? '').trim(),
        today,
        replyBy,
        deadlineOf('SENT', today, replyBy, today),
        actor.account,
        resource?.id ?? null,
      ],
    );
    await tx.query(
      `INSERT INTO referral_events (referral_id, status, agency_id, account) VALUES ($1, 'SENT', $2, $3)`,
      [row.id, actor.agencyId, actor.account],
    );
    await notifyAgencies(
      tx,
      [to.id],
      'REFERRAL_RECEIVED',
      `새 서비스 의뢰: ${service} (사례 ${found.c.number}번)`,
      `/referrals/${row.id}`,
      row.id,
      { subject: service, caseNumber: found.c.number },
    );
    return row.id as string;
  });
  const [referral] = await referralsById(db, [id]);
  return Object.assign(new SendReferralPayload(), { referral, errors: [] });
}

// Every later step: the right agency, from the right status, once. The version check makes two
// agencies (or two clicks) racing on one referral produce one transition and one CONFLICT.
export async function stepReferral<P extends ReferralPayload>(
  ctx: RequestContext,
  Payload: new () => P,
  referralId: string,
  action: ReferralAction,
  details: { reason?: string; outcome?: ReferralOutcome; note?: string } = {},
): Promise<P> {
  const fail = (code: ErrorCode, message: string, path: string[] | null) =>
    Object.assign(new Payload(), { referral: null, errors: [inputError(code, message, path)] });
  const db = ctx.services.dataSource;
  const actor = ctx.actor!;
  const [current] = await referralsById(db, [checkId(referralId, 'input.referralId')]);
  if (!current) return fail(ErrorCode.NOT_FOUND, 'No such referral.', ['input', 'referralId']);
  const side =
    actor.agencyId === current.fromAgencyId
      ? 'SENDER'
      : actor.agencyId === current.toAgencyId
        ? 'RECEIVER'
        : null;
  if (!side)
    return fail(ErrorCode.FORBIDDEN, 'Only the sending and the receiving agency act on a referral.', [
      'input',
      'referralId',
    ]);
  const reason = details.reason?.trim();
  const next = nextReferralStatus(current.status, action, side, {
    reason: reason ?? null,
    outcome: details.outcome ?? null,
  });
  if (!next.ok) {
    const e = next.error;
    const problem: DomainProblem = e.code === 'VALIDATION' ? { ...e, code: 'VALIDATION', field: e.field } : e;
    return Object.assign(new Payload(), {
      referral: null,
      errors: [userErrorOf(problem, ['input'], ['input', 'referralId'])],
    });
  }
  const to = next.value;
  const today = todayInKorea();
  const note = details.note?.trim() || null;
  const moved = await db
    .transaction(async (tx) => {
      const rows = await tx.query(
        `WITH u AS (UPDATE referrals SET status = $3, version = version + 1, status_since = now(), deadline = $4,
                   decline_reason = coalesce($5, decline_reason), outcome = coalesce($6, outcome), outcome_note = coalesce($7, outcome_note)
                  WHERE id = $1 AND version = $2 RETURNING id) SELECT id FROM u`,
        [
          current.id,
          current.version,
          to,
          deadlineOf(to, current.sentOn, current.replyBy, today),
          reason ?? null,
          details.outcome ?? null,
          note,
        ],
      );
      if (!rows.length) return 'CONFLICT';
      if (
        current.resourceId &&
        !(await movePlace(tx, current.resourceId, placesTaken(current.status, to), current.id, actor.account))
      )
        throw new NoPlaceFree();
      await tx.query(
        `INSERT INTO referral_events (referral_id, status, agency_id, account, note) VALUES ($1, $2, $3, $4, $5)`,
        [current.id, to, actor.agencyId, actor.account, reason ?? note],
      );
      // Accepting joins the case as a partner; completing writes the service onto the case (회송).
      if (to === 'ACCEPTED') {
        await tx.query(
          `INSERT INTO case_partners (case_id, agency_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [current.caseId, current.toAgencyId],
        );
      }
      // The provision runs from the day the receiver accepted to today, with the resource's first
      // domain and its exclusive category as they are now, on the household's ledger (제공 이력).
      if (to === 'COMPLETED') {
        await tx.query(
          `INSERT INTO provisions (case_id, household_id, agency_id, referral_id, resource_id, needs_domain, exclusive_category,
                                   service, starts_on, ends_on, note, recorded_by)
           SELECT $1, c.household_id, $2, $3, r.id, r.needs_domains[1], r.exclusive_category, $4,
                  least($5::date, coalesce((SELECT min((e.at AT TIME ZONE 'Asia/Seoul')::date) FROM referral_events e
                                            WHERE e.referral_id = $3 AND e.status = 'ACCEPTED'), $5::date)),
                  $5::date, $6, $7
           FROM cases c LEFT JOIN resources r ON r.id = $8::uuid WHERE c.id = $1`,
          [
            current.caseId,
            current.toAgencyId,
            current.id,
            current.service,
            today,
            note ?? '',
            actor.account,
            current.resourceId,
          ],
        );
      }
      const other = side === 'SENDER' ? current.toAgencyId : current.fromAgencyId;
      await notifyAgencies(
        tx,
        [other],
        'REFERRAL_UPDATED',
        `의뢰 ${REFERRAL_STATUS_LABELS[to].ko}: ${current.service} (사례 ${current.caseNumber}번)`,
        `/referrals/${current.id}`,
        current.id,
        { subject: current.service, status: to, caseNumber: current.caseNumber },
      );
      return 'MOVED';
    })
    .catch((e: unknown) => {
      if (e instanceof NoPlaceFree) return 'NO_CAPACITY' as const;
      throw e;
    });
  if (moved === 'NO_CAPACITY')
    return fail(
      ErrorCode.NO_CAPACITY,
      'The resource has no place free. Its agency may raise the places first (setResourceCapacity).',
      ['input', 'referralId'],
    );
  if (moved === 'CONFLICT')
    return fail(ErrorCode.CONFLICT, 'Someone acted on this referral at the same moment; reload it.', [
      'input',
      'referralId',
    ]);
  const [referral] = await referralsById(db, [current.id]);
  return Object.assign(new Payload(), { referral, errors: [] });
}

class NoPlaceFree extends Error {}

/**
 * Takes (delta 1) or gives back (-1) one counted place of a resource, in the referral's transaction.
 * One guarded UPDATE, so racing accepts can never take more places than are free; false when none is.
 * Unlimited resources (no total) have nothing to count.
 */
async function movePlace(
  tx: EntityManager,
  resourceId: string,
  delta: -1 | 0 | 1,
  referralId: string,
  account: string,
): Promise<boolean> {
  if (delta === 0) return true;
  const rows: { version: number; capacityTotal: number; capacityAvailable: number }[] = await tx.query(
    `WITH u AS (UPDATE resources SET capacity_available = capacity_available - $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND capacity_available - $2 BETWEEN 0 AND capacity_total
       RETURNING version, capacity_total AS "capacityTotal", capacity_available AS "capacityAvailable")
     SELECT * FROM u`,
    [resourceId, delta],
  );
  if (!rows.length) {
    // Unlimited places have nothing to count; a place given back after the total was lowered is dropped.
    const [row] = await tx.query(`SELECT capacity_total AS total FROM resources WHERE id = $1`, [resourceId]);
    return row?.total === null || delta < 0;
  }
  const [changed] = rows;
  await tx.query(
    `INSERT INTO resource_history (resource_id, version, action, snapshot, account) VALUES ($1, $2, $3, $4, $5)`,
    [
      resourceId,
      changed!.version,
      delta > 0 ? 'PLACE_TAKEN' : 'PLACE_FREED',
      JSON.stringify({
        referralId,
        capacityTotal: changed!.capacityTotal,
        capacityAvailable: changed!.capacityAvailable,
      }),
      account,
    ],
  );
  return true;
}

// Raises referrals past their deadline to the sending agency's 시군구 supervisors, once each, and
// reminds responsible workers of goals due within three days. Runs every 15 minutes.
export async function escalateOverdue(
  db: DataSource,
  today: string,
): Promise<{ escalated: number; goalsDue: number }> {
  return db.transaction(async (tx) => {
    const escalated = await tx.query(
      `WITH due AS (
         UPDATE referrals SET escalated_at = now()
         WHERE deadline < $1::date AND status = ANY($2::varchar[]) AND escalated_at IS NULL
         RETURNING id, from_agency_id, service, case_id
       ), inserted AS (
         INSERT INTO notifications (user_id, kind, title, link, entity_id, params)
         SELECT DISTINCT u.id, 'REFERRAL_OVERDUE', '기한 초과 의뢰: ' || due.service || ' (사례 ' || c.number || '번)',
                '/referrals/' || due.id, due.id, jsonb_build_object('subject', due.service, 'caseNumber', c.number)
         FROM due JOIN cases c ON c.id = due.case_id JOIN agencies sender ON sender.id = due.from_agency_id
         JOIN region_tree t ON t.region_code = sender.region_code
         JOIN agencies sup ON sup.region_code = t.ancestor_code AND sup.sector = 'PUBLIC'
         JOIN users u ON u.agency_id = sup.id AND u.role = 'SUPERVISOR' AND u.disabled_at IS NULL
         RETURNING 1)
       SELECT (SELECT count(*) FROM due)::int AS n`,
      [today, OPEN],
    );
    const goals = await tx.query(
      `WITH ins AS (
         INSERT INTO notifications (user_id, kind, title, link, entity_id, params)
         SELECT c.responsible_user_id, 'GOAL_DUE', '목표 기한 임박: ' || g.title || ' (사례 ' || c.number || '번)',
                '/cases/' || c.id, g.id, jsonb_build_object('subject', g.title, 'caseNumber', c.number)
         FROM case_goals g JOIN cases c ON c.id = g.case_id
         WHERE c.status = 'OPEN' AND g.target_date BETWEEN $1::date AND $1::date + 3
           AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.entity_id = g.id AND n.kind = 'GOAL_DUE')
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [today],
    );
    return { escalated: escalated[0].n, goalsDue: goals[0].n };
  });
}

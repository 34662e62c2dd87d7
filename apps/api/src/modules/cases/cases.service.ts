import { isUniqueViolation } from '@ieum/db';
import {
  checkAssessment,
  checkCaseOpen,
  checkClosure,
  checkConference,
  checkGoal,
  checkProgressNote,
  domainsInNeed,
  householdScope,
  isStalledDays,
  NEEDS_DOMAIN_CONSENT_SCOPE,
  scopeCoversAncestry,
  STALLED_DAYS_MAX,
  stalledOnOrBefore,
  type CaseProblem,
  REFERRAL_STATUS_LABELS,
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
  badInput,
  checkId,
  ErrorCode,
  forbidden,
  inputError,
  validationError,
  type UserError,
} from '../../graphql/errors';
import { regionWithinScope } from '../regions/region-scope';
import { OPEN } from '../referrals/referrals.queries';
import { userErrorsOf } from '../../graphql/problems';
import { recordHouseholdAccess } from '../consents/household-access';
import { notifyAgencies } from '../notifications/notifications.service';
import { mayRead, requireVisible, viewOfCase, type CaseView } from './case-access';
import {
  type AddProgressNoteInput,
  AddProgressNotePayload,
  type AddServicePlanGoalInput,
  AddServicePlanGoalPayload,
  type AssessNeedsInput,
  AssessNeedsPayload,
  type Case,
  CaseConference,
  CaseEvent,
  type CaseFilter,
  CaseGoal,
  CaseOrderField,
  CaseService,
  type CloseCaseInput,
  CloseCasePayload,
  DistrictWorker,
  NeedsAssessment,
  type OpenCaseInput,
  OpenCasePayload,
  ProgressNote,
  type RecordCaseConferenceInput,
  RecordCaseConferencePayload,
  type RecordServiceInput,
  RecordServicePayload,
} from './cases.types';
import { CASE_COLUMNS, toCase, type sectionsByCase } from './cases.queries';

const CASE_ORDER: Record<CaseOrderField, readonly SortKey[]> = {
  OPENED_AT: [{ sql: 'c.opened_at', type: 'timestamptz' }],
  STATUS: [
    { sql: `(CASE c.status WHEN 'OPEN' THEN 0 ELSE 1 END)`, type: 'int' },
    { sql: 'c.opened_at', type: 'timestamptz' },
  ],
  // households.address_sort: natural order (migration 1764300000010-ListOrders).
  ADDRESS: [{ sql: 'h.address_sort', type: 'text' }],
  LEAD_AGENCY: [{ sql: '(SELECT a.name FROM agencies a WHERE a.id = c.lead_agency_id)', type: 'text' }],
  RESPONSIBLE: [{ sql: '(SELECT u.name FROM users u WHERE u.id = c.responsible_user_id)', type: 'text' }],
};

// The domain's isCaseOverdue and isCaseStalled (libs/domain/src/cases/case-progress.ts) as SQL over
// one case row `c`: open referrals past their deadline or goals past their target date; no
// activity recorded from the day after the last stalled day (Korean time) on.
export function caseProgressSql(p: (value: unknown) => string) {
  return {
    overdue: (today: string) =>
      `(c.status = 'OPEN' AND (EXISTS (SELECT 1 FROM referrals r WHERE r.case_id = c.id AND r.status = ANY(${p(OPEN)}::varchar[]) AND r.deadline < ${p(today)}::date)
         OR EXISTS (SELECT 1 FROM case_goals g WHERE g.case_id = c.id AND g.target_date < ${p(today)}::date)))`,
    stalled: (lastStalledDay: string) => {
      const since = `((${p(lastStalledDay)}::date + 1)::timestamp AT TIME ZONE 'Asia/Seoul')`;
      return `(c.status = 'OPEN' AND c.opened_at < ${since}
        AND NOT EXISTS (SELECT 1 FROM needs_assessments x WHERE x.case_id = c.id AND x.recorded_at >= ${since})
        AND NOT EXISTS (SELECT 1 FROM case_goals x WHERE x.case_id = c.id AND x.created_at >= ${since})
        AND NOT EXISTS (SELECT 1 FROM provisions x WHERE x.case_id = c.id AND x.recorded_at >= ${since})
        AND NOT EXISTS (SELECT 1 FROM case_conferences x WHERE x.case_id = c.id AND x.recorded_at >= ${since})
        AND NOT EXISTS (SELECT 1 FROM progress_notes x WHERE x.case_id = c.id AND x.recorded_at >= ${since})
        AND NOT EXISTS (SELECT 1 FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE r.case_id = c.id AND e.at >= ${since}))`;
    },
  };
}

// Cases the caller may see: in their area (public), or where their agency is a partner or the
// lead (private; the case page then shows only what consent allows).
export async function listCases(
  ctx: RequestContext,
  filter: CaseFilter | undefined,
  args: ListArgs<CaseOrderField> = {},
): Promise<Page<Case>> {
  const db = ctx.services.dataSource;
  const actor = ctx.actor!;
  const size = pageSize(args.first, 20);
  const scope = householdScope(actor);
  const params: unknown[] = [];
  const add = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const clauses: string[] = [];
  const throughPartnership = actor.agencySector === 'PRIVATE' || scope.kind === 'NONE';
  if (throughPartnership) {
    const agency = add(actor.agencyId);
    clauses.push(
      `(c.lead_agency_id = ${agency}::uuid OR EXISTS (SELECT 1 FROM case_partners p WHERE p.case_id = c.id AND p.agency_id = ${agency}::uuid))`,
    );
  } else if (scope.kind === 'REGION') {
    clauses.push(
      `h.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ${add(scope.regionCode)})`,
    );
  }
  if (filter?.status) clauses.push(`c.status = ${add(filter.status)}`);
  if (filter?.mine) clauses.push(`c.responsible_user_id = ${add(actor.userId)}::uuid`);
  if (filter?.householdId)
    clauses.push(`c.household_id = ${add(checkId(filter.householdId, 'filter.householdId'))}::uuid`);
  if (filter?.regionCode) {
    const region = await regionWithinScope(
      ctx,
      filter.regionCode,
      'Your agency sees the cases it is on; a region narrows the list of an area’s public staff.',
    );
    clauses.push(
      `h.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ${add(region)})`,
    );
  }
  if (filter?.responsibleUserId)
    clauses.push(
      `c.responsible_user_id = ${add(checkId(filter.responsibleUserId, 'filter.responsibleUserId'))}::uuid`,
    );
  const progress = caseProgressSql(add);
  const today = todayInKorea();
  if (filter?.overdue != null)
    clauses.push(filter.overdue ? progress.overdue(today) : `NOT ${progress.overdue(today)}`);
  if (filter?.stalledDays != null) {
    if (!isStalledDays(filter.stalledDays))
      throw badInput(
        `stalledDays must be a whole number from 1 to ${STALLED_DAYS_MAX}`,
        'filter.stalledDays',
      );
    clauses.push(progress.stalled(stalledOnOrBefore(today, filter.stalledDays)));
  }
  // An address order would put addresses into the cursors: only for those who may read them all.
  if (throughPartnership && args.orderBy?.some((o) => o.field === CaseOrderField.ADDRESS))
    throw forbidden('Sorting by address is for the public staff of the area.');
  const where = clauses.length ? clauses.join(' AND ') : 'TRUE';
  const countParams = [...params];
  const order = keyset({
    orderBy: args.orderBy,
    fields: CASE_ORDER,
    fallback: [{ field: CaseOrderField.OPENED_AT, direction: SortDirection.DESC }],
    id: { sql: 'c.id', type: 'uuid' },
    size,
    after: args.after,
    page: args.page,
    param: add,
  });
  const rows = await db.query(
    `SELECT ${CASE_COLUMNS}, ${order.select} FROM cases c JOIN households h ON h.id = c.household_id
     WHERE ${where} AND ${order.seek} ORDER BY ${order.orderBy} ${order.limit}`,
    params,
  );
  return toPage<Case>(rows.map(toCase), size, order.previous, order.cursorOf, async () =>
    Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM cases c JOIN households h ON h.id = c.household_id WHERE ${where}`,
          countParams,
        )
      )[0].n,
    ),
  );
}

// The public workers of a supervisor's 시군구 (its agencies' case workers and supervisors), by
// name: what the case list's worker filter offers. Names and agencies only, nothing else of them.
export async function districtWorkers(ctx: RequestContext): Promise<DistrictWorker[]> {
  const scope = householdScope(ctx.actor!);
  if (scope.kind !== 'REGION') throw forbidden('Only a 시군구 supervisor lists the district’s workers.');
  const rows = await ctx.services.dataSource.query(
    `SELECT u.id, u.name, u.agency_id AS "agencyId" FROM users u JOIN agencies a ON a.id = u.agency_id
     WHERE a.sector = 'PUBLIC' AND u.role IN ('CASE_WORKER', 'SUPERVISOR') AND u.disabled_at IS NULL
       AND a.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $1)
     ORDER BY u.name, u.id`,
    [scope.regionCode],
  );
  return rows.map((r: object) => Object.assign(new DistrictWorker(), r));
}

export async function getCase(ctx: RequestContext, id: string): Promise<Case | null> {
  const c = await ctx.loaders.case.load(checkId(id));
  if (!c) return null;
  const view = await viewOfCase(ctx, c);
  requireVisible(view, (await ctx.loaders.casePartners.load(c.id)).includes(ctx.actor!.agencyId));
  await recordHouseholdAccess(ctx, c.householdId, 'READ');
  return c;
}

type Fail<P> = (errors: UserError[]) => P;
const problems = (list: CaseProblem[], base: string[]) => userErrorsOf(list, base);

// Loads a case for a change: NOT_FOUND, FORBIDDEN (not on the team), INVALID_STATE (closed).
export async function caseForChange<P>(
  ctx: RequestContext,
  caseId: string,
  fail: Fail<P>,
  who: 'LEAD' | 'TEAM',
  needs?: 'CASE_NOTES',
): Promise<{ ok: true; c: Case; view: CaseView } | { ok: false; payload: P }> {
  const c = await ctx.loaders.case.load(checkId(caseId, 'input.caseId'));
  if (!c)
    return {
      ok: false,
      payload: fail([inputError(ErrorCode.NOT_FOUND, 'No such case.', ['input', 'caseId'])]),
    };
  const view = await viewOfCase(ctx, c);
  if (!(who === 'LEAD' ? view.isLead : view.isTeam)) {
    const partner = (await ctx.loaders.casePartners.load(c.id)).includes(ctx.actor!.agencyId);
    const code =
      partner && view.access.kind === 'NONE' && view.access.reason === 'NO_CONSENT'
        ? ErrorCode.NO_CONSENT
        : ErrorCode.FORBIDDEN;
    return {
      ok: false,
      payload: fail([
        inputError(
          code,
          who === 'LEAD'
            ? 'Only the lead agency or the area’s public workers may do this.'
            : 'Your agency is not on this case.',
          ['input', 'caseId'],
        ),
      ]),
    };
  }
  if (needs && !mayRead(view, needs))
    return {
      ok: false,
      payload: fail([
        inputError(
          ErrorCode.NO_CONSENT,
          'The resident’s consent does not cover case notes for your agency.',
          ['input', 'caseId'],
        ),
      ]),
    };
  const closed = checkCaseOpen(c.status);
  if (closed)
    return {
      ok: false,
      payload: fail([inputError(ErrorCode.INVALID_STATE, closed.message, ['input', 'caseId'])]),
    };
  return { ok: true, c, view };
}

export async function openCase(ctx: RequestContext, input: OpenCaseInput): Promise<OpenCasePayload> {
  const db = ctx.services.dataSource;
  const actor = ctx.actor!;
  const fail = (code: ErrorCode, message: string, path: string[] | null) =>
    Object.assign(new OpenCasePayload(), { case: null, errors: [inputError(code, message, path)] });
  const household = await ctx.loaders.household.load(checkId(input.householdId, 'input.householdId'));
  if (!household) return fail(ErrorCode.NOT_FOUND, 'No such household.', ['input', 'householdId']);
  if (
    actor.agencySector !== 'PUBLIC' ||
    !scopeCoversAncestry(householdScope(actor), await ctx.loaders.regionAncestry.load(household.regionCode))
  ) {
    return fail(ErrorCode.FORBIDDEN, 'A case is opened by a public worker of the household’s area.', [
      'input',
      'householdId',
    ]);
  }
  let responsible = actor.userId!;
  if (input.responsibleUserId) {
    const user = await ctx.loaders.user.load(checkId(input.responsibleUserId, 'input.responsibleUserId'));
    if (!user || user.agencyId !== actor.agencyId)
      return Object.assign(new OpenCasePayload(), {
        case: null,
        errors: [
          validationError('NOT_ALLOWED_VALUE', 'The responsible worker must be of your agency.', [
            'input',
            'responsibleUserId',
          ]),
        ],
      });
    responsible = user.id;
  }
  const candidateId = input.candidateId ? checkId(input.candidateId, 'input.candidateId') : null;
  try {
    const [row] = await db.query(
      `WITH c AS (INSERT INTO cases (household_id, lead_agency_id, responsible_user_id, candidate_id) VALUES ($1, $2, $3, $4) RETURNING *)
       SELECT ${CASE_COLUMNS} FROM c JOIN households h ON h.id = c.household_id`,
      [household.id, actor.agencyId, responsible, candidateId],
    );
    await recordHouseholdAccess(ctx, household.id, 'CREATE');
    return Object.assign(new OpenCasePayload(), { case: toCase(row), errors: [] });
  } catch (e) {
    if (isUniqueViolation(e))
      return fail(ErrorCode.CONFLICT, 'This household already has an open case.', ['input', 'householdId']);
    throw e;
  }
}

export async function assessNeeds(ctx: RequestContext, input: AssessNeedsInput): Promise<AssessNeedsPayload> {
  const fail = (errors: UserError[]) => Object.assign(new AssessNeedsPayload(), { assessment: null, errors });
  const found = await caseForChange(ctx, input.caseId, fail, 'LEAD');
  if (!found.ok) return found.payload;
  const items = input.items.map((i) => ({ domain: i.domain, level: i.level, note: (i.note ?? '').trim() }));
  const bad = checkAssessment(items);
  if (bad.length) return fail(problems(bad, ['input']));
  const [row] = await ctx.services.dataSource.query(
    `INSERT INTO needs_assessments (case_id, agency_id, recorded_by, items) VALUES ($1, $2, $3, $4)
     RETURNING id, recorded_at AS "recordedAt", recorded_by AS "recordedBy", agency_id AS "agencyId", items`,
    [found.c.id, ctx.actor!.agencyId, ctx.actor!.account, JSON.stringify(items)],
  );
  await recordHouseholdAccess(ctx, found.c.householdId, 'UPDATE');
  return Object.assign(new AssessNeedsPayload(), {
    assessment: Object.assign(new NeedsAssessment(), row),
    errors: [],
  });
}

export async function addGoal(
  ctx: RequestContext,
  input: AddServicePlanGoalInput,
): Promise<AddServicePlanGoalPayload> {
  const fail = (errors: UserError[]) =>
    Object.assign(new AddServicePlanGoalPayload(), { goal: null, errors });
  const found = await caseForChange(ctx, input.caseId, fail, 'LEAD');
  if (!found.ok) return found.payload;
  const [latest] = await ctx.loaders.assessments.load(found.c.id);
  const goal = { title: input.title.trim(), targetDate: input.targetDate, needs: input.needs };
  const bad = checkGoal(goal, domainsInNeed(latest?.items ?? []), todayInKorea());
  if (bad.length) return fail(problems(bad, ['input']));
  const [row] = await ctx.services.dataSource.query(
    `INSERT INTO case_goals (case_id, title, target_date, needs, agency_id, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, title, to_char(target_date, 'YYYY-MM-DD') AS "targetDate", needs, created_at AS "createdAt"`,
    [found.c.id, goal.title, goal.targetDate, goal.needs, ctx.actor!.agencyId, ctx.actor!.account],
  );
  return Object.assign(new AddServicePlanGoalPayload(), {
    goal: Object.assign(new CaseGoal(), row),
    errors: [],
  });
}

export async function recordService(
  ctx: RequestContext,
  input: RecordServiceInput,
): Promise<RecordServicePayload> {
  const fail = (errors: UserError[]) => Object.assign(new RecordServicePayload(), { service: null, errors });
  const found = await caseForChange(
    ctx,
    input.caseId,
    fail,
    'TEAM',
    ctx.actor!.agencySector === 'PRIVATE' ? 'CASE_NOTES' : undefined,
  );
  if (!found.ok) return found.payload;
  const service = input.service.trim();
  const providedOn = input.providedOn ?? todayInKorea();
  const errors: UserError[] = [];
  if (!service || service.length > 200)
    errors.push(
      validationError(
        service ? 'TOO_LONG' : 'REQUIRED',
        'Name the service (up to 200 characters).',
        ['input', 'service'],
        {
          limit: 200,
        },
      ),
    );
  if (providedOn > todayInKorea())
    errors.push(
      validationError('DATE_IN_FUTURE', 'A service is recorded once given, not in advance.', [
        'input',
        'providedOn',
      ]),
    );
  if ((input.note ?? '').length > 2000)
    errors.push(
      validationError('TOO_LONG', 'Keep the note under 2,000 characters.', ['input', 'note'], {
        limit: 2000,
      }),
    );
  if (errors.length) return fail(errors);
  const [row] = await ctx.services.dataSource.query(
    // A service on a case is a one-day provision on the household's ledger (제공 이력), in the goal's first domain.
    `INSERT INTO provisions (case_id, household_id, agency_id, goal_id, needs_domain, service, starts_on, ends_on, note, recorded_by)
     SELECT $1, $8, $2, g.id, (SELECT needs[1] FROM case_goals WHERE id = g.id), $4, $5, $5, $6, $7 FROM (SELECT $3::uuid AS id) g
     WHERE $3::uuid IS NULL OR EXISTS (SELECT 1 FROM case_goals WHERE id = $3::uuid AND case_id = $1)
     RETURNING id, service, to_char(starts_on, 'YYYY-MM-DD') AS "providedOn", note, agency_id AS "agencyId", referral_id AS "referralId",
               goal_id AS "goalId", recorded_by AS "recordedBy"`,
    [
      found.c.id,
      ctx.actor!.agencyId,
      input.goalId ? checkId(input.goalId, 'input.goalId') : null,
      service,
      providedOn,
      (input.note ?? '').trim(),
      ctx.actor!.account,
      found.c.householdId,
    ],
  );
  if (!row) return fail([inputError(ErrorCode.NOT_FOUND, 'No such goal on this case.', ['input', 'goalId'])]);
  return Object.assign(new RecordServicePayload(), {
    service: Object.assign(new CaseService(), row),
    errors: [],
  });
}

export async function recordConference(
  ctx: RequestContext,
  input: RecordCaseConferenceInput,
): Promise<RecordCaseConferencePayload> {
  const fail = (errors: UserError[]) =>
    Object.assign(new RecordCaseConferencePayload(), { conference: null, errors });
  const found = await caseForChange(ctx, input.caseId, fail, 'LEAD');
  if (!found.ok) return found.payload;
  const conference = {
    heldOn: input.heldOn,
    participants: input.participants.map((p) => ({
      agencyId: p.agencyId ? checkId(p.agencyId, 'input.participants.agencyId') : null,
      name: p.name.trim(),
    })),
    decisions: input.decisions.map((d) => d.trim()),
  };
  const bad = checkConference(conference as never, todayInKorea());
  if (bad.length) return fail(problems(bad, ['input']));
  const [row] = await ctx.services.dataSource.query(
    `INSERT INTO case_conferences (case_id, held_on, participants, decisions, agency_id, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, to_char(held_on, 'YYYY-MM-DD') AS "heldOn", participants, decisions, recorded_by AS "recordedBy"`,
    [
      found.c.id,
      conference.heldOn,
      JSON.stringify(conference.participants),
      conference.decisions,
      ctx.actor!.agencyId,
      ctx.actor!.account,
    ],
  );
  const agencies = [
    ...new Set(
      conference.participants
        .map((p) => p.agencyId)
        .filter((a): a is string => !!a && a !== ctx.actor!.agencyId),
    ),
  ];
  await notifyAgencies(
    ctx.services.dataSource,
    agencies,
    'CONFERENCE',
    `사례회의 기록: ${conference.heldOn} (사례 ${found.c.number}번)`,
    `/cases/${found.c.id}`,
    found.c.id,
    { subject: conference.heldOn, caseNumber: found.c.number },
  );
  return Object.assign(new RecordCaseConferencePayload(), {
    conference: Object.assign(new CaseConference(), row),
    errors: [],
  });
}

export async function addProgressNote(
  ctx: RequestContext,
  input: AddProgressNoteInput,
): Promise<AddProgressNotePayload> {
  const fail = (errors: UserError[]) => Object.assign(new AddProgressNotePayload(), { note: null, errors });
  const found = await caseForChange(
    ctx,
    input.caseId,
    fail,
    'TEAM',
    ctx.actor!.agencySector === 'PRIVATE' ? 'CASE_NOTES' : undefined,
  );
  if (!found.ok) return found.payload;
  const note = { text: input.text.trim(), notedOn: input.notedOn ?? todayInKorea() };
  const bad = checkProgressNote(note, todayInKorea());
  if (bad.length) return fail(problems(bad, ['input']));
  const [row] = await ctx.services.dataSource.query(
    `INSERT INTO progress_notes (case_id, goal_id, noted_on, text, agency_id, recorded_by)
     SELECT $1, g.id, $3, $4, $5, $6 FROM (SELECT $2::uuid AS id) g
     WHERE $2::uuid IS NULL OR EXISTS (SELECT 1 FROM case_goals WHERE id = $2::uuid AND case_id = $1)
     RETURNING id, to_char(noted_on, 'YYYY-MM-DD') AS "notedOn", text, goal_id AS "goalId", agency_id AS "agencyId", recorded_by AS "recordedBy"`,
    [
      found.c.id,
      input.goalId ? checkId(input.goalId, 'input.goalId') : null,
      note.notedOn,
      note.text,
      ctx.actor!.agencyId,
      ctx.actor!.account,
    ],
  );
  if (!row) return fail([inputError(ErrorCode.NOT_FOUND, 'No such goal on this case.', ['input', 'goalId'])]);
  return Object.assign(new AddProgressNotePayload(), {
    note: Object.assign(new ProgressNote(), row),
    errors: [],
  });
}

export async function closeCase(ctx: RequestContext, input: CloseCaseInput): Promise<CloseCasePayload> {
  const fail = (errors: UserError[]) => Object.assign(new CloseCasePayload(), { case: null, errors });
  const found = await caseForChange(ctx, input.caseId, fail, 'LEAD');
  if (!found.ok) return found.payload;
  const db = ctx.services.dataSource;
  const [{ open }] = await db.query(
    `SELECT count(*)::int AS open FROM referrals WHERE case_id = $1 AND status IN ('SENT', 'RECEIVED', 'ACCEPTED', 'IN_SERVICE')`,
    [found.c.id],
  );
  const bad = checkClosure(input.reason, (input.note ?? '').trim(), open);
  if (bad.length) return fail(problems(bad, ['input']));
  const rows = await db.query(
    `WITH c AS (UPDATE cases SET status = 'CLOSED', closed_at = now(), closure_reason = $2, closure_note = $3, version = version + 1
                WHERE id = $1 AND version = $4 AND status = 'OPEN' RETURNING *)
     SELECT ${CASE_COLUMNS} FROM c JOIN households h ON h.id = c.household_id`,
    [found.c.id, input.reason, (input.note ?? '').trim() || null, found.c.version],
  );
  if (!rows.length)
    return fail([
      inputError(ErrorCode.CONFLICT, 'The case changed meanwhile; reload it.', ['input', 'caseId']),
    ]);
  return Object.assign(new CloseCasePayload(), { case: toCase(rows[0]), errors: [] });
}

// Sections of the case page, each filtered by what the viewer's consent covers.
export async function sectionAllowed(ctx: RequestContext, c: Case, scope: 'CASE_NOTES'): Promise<boolean> {
  return mayRead(await viewOfCase(ctx, c), scope);
}

export async function visibleAssessments(ctx: RequestContext, c: Case): Promise<NeedsAssessment[]> {
  const view = await viewOfCase(ctx, c);
  return (await ctx.loaders.assessments.load(c.id)).map((a) =>
    Object.assign(new NeedsAssessment(), a, {
      items: a.items.filter((i) => mayRead(view, NEEDS_DOMAIN_CONSENT_SCOPE[i.domain])),
    }),
  );
}

export type CaseSections = Awaited<ReturnType<typeof sectionsByCase>>[number];

export function timelineOf(
  c: Case,
  s: CaseSections,
  assessments: NeedsAssessment[],
  referralEvents: { at: Date; status: ReferralStatus; service: string }[],
): CaseEvent[] {
  const ev = (
    at: Date | string,
    kind: string,
    label: string,
    more: Partial<Pick<CaseEvent, 'detail' | 'referralStatus' | 'count'>> = {},
  ) =>
    Object.assign(new CaseEvent(), {
      at: new Date(at),
      kind,
      label,
      detail: null,
      referralStatus: null,
      count: null,
      ...more,
    });
  const events = [
    ev(c.openedAt, 'OPENED', '사례 개시'),
    ...assessments.map((a) =>
      ev(a.recordedAt, 'ASSESSED', `욕구사정 (${a.items.length}개 영역)`, { count: a.items.length }),
    ),
    ...s.goals.map((g) => ev(g.createdAt, 'GOAL', `목표: ${g.title}`, { detail: g.title })),
    ...s.services.map((x) => ev(x.recordedAt, 'SERVICE', `서비스 제공: ${x.service}`, { detail: x.service })),
    ...s.conferences.map((x) =>
      ev(x.recordedAt, 'CONFERENCE', `사례회의 (${x.heldOn})`, { detail: x.heldOn }),
    ),
    ...s.notes.map((x) =>
      ev(x.recordedAt, 'NOTE', `모니터링: ${x.text.slice(0, 40)}`, { detail: x.text.slice(0, 40) }),
    ),
    ...referralEvents.map((r) =>
      ev(
        r.at,
        'REFERRAL',
        `의뢰 ${r.status === 'SENT' ? '발송' : REFERRAL_STATUS_LABELS[r.status].ko}: ${r.service}`,
        {
          detail: r.service,
          referralStatus: r.status,
        },
      ),
    ),
    ...(c.closedAt ? [ev(c.closedAt, 'CLOSED', '사례 종결')] : []),
  ];
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

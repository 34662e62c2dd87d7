import { isUniqueViolation } from '@ieum/db';
import {
  APPLICATION_PROGRAMMES,
  APPLICATION_STATUS_LABELS,
  can,
  checkSubmission,
  householdScope,
  nextApplicationStatus,
  parseRrn,
  programmeFacts,
  scopeCoversAncestry,
  type ApplicationAction,
  type ApplicationSide,
  type SubmissionProblem,
} from '@ieum/domain';
import type { EntityManager } from 'typeorm';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { keyset, pageSize, SortDirection, toPage, type Page } from '../../graphql/connection';
import {
  checkId,
  ErrorCode,
  forbidden,
  fromFieldProblem,
  inputError,
  InvalidRrnError,
  validationError,
  type UserError,
} from '../../graphql/errors';
import { rrnLookupHash } from '../../personal-data/rrn-cipher';
import { consentRecordOf, nowIso } from '../consents/household-access';
import { consentRequired } from '../consents/consents.types';
import { notifyAgencies } from '../notifications/notifications.service';
import { APPLICATION_COLUMNS, applicationsById, toApplication } from './applications.queries';
import {
  ApplicationProgrammeInfo,
  applicationTransitionError,
  type BenefitApplication,
  BenefitApplicationDirection,
  type BenefitApplicationFilter,
  type BenefitApplicationPayload,
  type SubmitBenefitApplicationInput,
  SubmitBenefitApplicationPayload,
} from './applications.types';

const NOTE_MAX = 2000;

export function listProgrammes(): ApplicationProgrammeInfo[] {
  return APPLICATION_PROGRAMMES.map((programme) => {
    const f = programmeFacts(programme);
    return Object.assign(new ApplicationProgrammeInfo(), {
      programme,
      label: f.ko,
      labelEn: f.en,
      nationwide: f.nationwide,
      onBehalfAllowed: f.onBehalfAllowed,
      engine: f.engine,
    });
  });
}

/** Whether the caller reviews applications received in `regionCode`: a public worker whose area holds it. */
async function reviewsIn(ctx: RequestContext, regionCode: string): Promise<boolean> {
  const actor = ctx.actor!;
  if (actor.agencySector !== 'PUBLIC' || !can(actor.role, 'REVIEW_APPLICATION')) return false;
  return scopeCoversAncestry(householdScope(actor), await ctx.loaders.regionAncestry.load(regionCode));
}

/** The parts the caller plays in an application: the home 읍면동 that decides, the agency that applied. */
export async function sidesOf(ctx: RequestContext, a: BenefitApplication): Promise<ApplicationSide[]> {
  const sides: ApplicationSide[] = [];
  if (await reviewsIn(ctx, a.receivingRegionCode)) sides.push('RECEIVER');
  if (ctx.actor!.agencyId === a.applicantAgencyId) sides.push('APPLICANT');
  return sides;
}

/** An application the caller plays a part in, else null; reading it is a read of the applicant's data. */
export async function getApplication(ctx: RequestContext, id: string): Promise<BenefitApplication | null> {
  const a = await ctx.loaders.benefitApplication.load(checkId(id));
  if (!a || !(await sidesOf(ctx, a)).length) return null;
  ctx.audit.record(a.applicantPersonId, 'READ');
  return a;
}

// 받은 신청 (INCOMING: received in the caller's area) / 보낸 신청 (OUTGOING: taken by the caller's agency).
export async function listApplications(
  ctx: RequestContext,
  filter: BenefitApplicationFilter | undefined,
  args: { first?: number | null; after?: string | null },
): Promise<Page<BenefitApplication>> {
  const db = ctx.services.dataSource;
  const actor = ctx.actor!;
  const size = pageSize(args.first, 20);
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const scope = householdScope(actor);
  const reviewer =
    actor.agencySector === 'PUBLIC' && can(actor.role, 'REVIEW_APPLICATION') && scope.kind === 'REGION';
  const incoming = () =>
    `a.receiving_region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ${p(
      scope.kind === 'REGION' ? scope.regionCode : null,
    )})`;
  const outgoing = () => `a.applicant_agency_id = ${p(actor.agencyId)}`;
  let sides: string;
  switch (filter?.direction) {
    case BenefitApplicationDirection.INCOMING:
      if (!reviewer) throw forbidden('Only public workers of a 읍면동 or 시군구 receive applications.');
      sides = incoming();
      break;
    case BenefitApplicationDirection.OUTGOING:
      sides = outgoing();
      break;
    default:
      sides = reviewer ? `(${incoming()} OR ${outgoing()})` : outgoing();
  }
  const clauses = [sides];
  if (filter?.status) clauses.push(`a.status = ${p(filter.status)}`);
  const where = clauses.join(' AND ');
  const countParams = [...params];
  const order = keyset({
    orderBy: null,
    fields: { SUBMITTED_AT: [{ sql: 'a.submitted_at', type: 'timestamptz' }] },
    fallback: [{ field: 'SUBMITTED_AT', direction: SortDirection.DESC }],
    id: { sql: 'a.id', type: 'uuid' },
    size,
    after: args.after,
    page: null,
    param: p,
  });
  const rows = await db.query(
    `SELECT ${APPLICATION_COLUMNS}, ${order.select} FROM benefit_applications a
     WHERE ${where} AND ${order.seek} ORDER BY ${order.orderBy} ${order.limit}`,
    params,
  );
  const page = toPage<BenefitApplication>(
    rows.map(toApplication),
    size,
    order.previous,
    order.cursorOf,
    async () =>
      Number(
        (await db.query(`SELECT count(*) AS n FROM benefit_applications a WHERE ${where}`, countParams))[0].n,
      ),
  );
  for (const a of page.nodes) ctx.audit.record(a.applicantPersonId, 'READ');
  return page;
}

function submissionError(problem: SubmissionProblem, householdId: string): UserError {
  const path = ['input', problem.field];
  switch (problem.code) {
    case 'VALIDATION':
      return fromFieldProblem(problem);
    case 'FORBIDDEN':
      return inputError(ErrorCode.FORBIDDEN, problem.message, path);
    case 'NOT_NATIONWIDE':
      return inputError(ErrorCode.NOT_NATIONWIDE, problem.message, path);
    case 'NO_CONSENT':
      return consentRequired(householdId, 'BASIC', problem.message, path);
  }
}

interface Identified {
  householdId: string;
  regionCode: string;
  personId: string;
}

// The household and the applicant: by id (the head of the household applies), or by the
// 주민등록번호 of the person present, matched by its keyed hash and never kept or logged.
async function identify(
  ctx: RequestContext,
  input: SubmitBenefitApplicationInput,
): Promise<{ ok: true; found: Identified } | { ok: false; error: UserError }> {
  const db = ctx.services.dataSource;
  if (input.householdId) {
    const household = await ctx.loaders.household.load(checkId(input.householdId, 'input.householdId'));
    const path = ['input', 'householdId'];
    if (!household) return { ok: false, error: inputError(ErrorCode.NOT_FOUND, 'No such household.', path) };
    const [head] = await db.query(
      `SELECT person_id AS id FROM household_members WHERE household_id = $1
       ORDER BY (relationship = 'HEAD') DESC, person_id LIMIT 1`,
      [household.id],
    );
    if (!head)
      return { ok: false, error: inputError(ErrorCode.NOT_FOUND, 'The household has no members.', path) };
    return {
      ok: true,
      found: { householdId: household.id, regionCode: household.regionCode, personId: head.id },
    };
  }
  const path = ['input', 'applicantRrn'];
  const parsed = parseRrn(input.applicantRrn ?? '', todayInKorea());
  if (!parsed.ok)
    return {
      ok: false,
      error: Object.assign(new InvalidRrnError(), {
        code: ErrorCode.INVALID_RRN,
        message: parsed.error.message,
        path,
        problem: parsed.error.problem,
      }),
    };
  const [person] = await db.query(
    `SELECT p.id, h.id AS "householdId", h.region_code AS "regionCode"
     FROM persons p JOIN households h ON h.id = p.household_id WHERE p.rrn_hash = $1`,
    [rrnLookupHash(parsed.value.digits, ctx.services.keys.lookupKey)],
  );
  if (!person)
    return {
      ok: false,
      error: inputError(
        ErrorCode.NOT_FOUND,
        'No registered household has this person: the home 읍면동 registers the household first.',
        path,
      ),
    };
  return {
    ok: true,
    found: { householdId: person.householdId, regionCode: person.regionCode, personId: person.id },
  };
}

/** The public agencies of a 읍면동 (its 주민센터), which receive what is sent there. */
async function receivingAgencies(tx: EntityManager, regionCode: string, except: string): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT id FROM agencies WHERE region_code = $1 AND sector = 'PUBLIC' AND id <> $2`,
    [regionCode, except],
  );
  return rows.map((r) => r.id);
}

// 급여 신청: who may take it for which programme is the domain's rule (checkSubmission); the
// application goes to the household's home 읍면동, which is told, with its first history row.
export async function submitApplication(
  ctx: RequestContext,
  input: SubmitBenefitApplicationInput,
): Promise<BenefitApplicationPayload> {
  const fail = (errors: UserError[]) =>
    Object.assign(new SubmitBenefitApplicationPayload(), { application: null, errors });
  const actor = ctx.actor!;
  const byHousehold = !!input.householdId;
  const byRrn = !!input.applicantRrn?.trim();
  if (byHousehold === byRrn)
    return fail([
      validationError(
        byHousehold ? 'NOT_ALLOWED_VALUE' : 'REQUIRED',
        'Give exactly one of householdId or applicantRrn.',
        ['input', byHousehold ? 'applicantRrn' : 'householdId'],
      ),
    ]);
  const note = (input.note ?? '').trim();
  if ([...note].length > NOTE_MAX)
    return fail([
      validationError('TOO_LONG', `Keep the note under ${NOTE_MAX} characters.`, ['input', 'note'], {
        limit: NOTE_MAX,
      }),
    ]);
  const onBehalf = input.onBehalf ?? false;
  const facts = {
    programme: input.programme,
    agency: { id: actor.agencyId, sector: actor.agencySector },
    onBehalf,
    consentNamed: !!input.consentId,
    at: nowIso(),
  };
  // A private agency names a household; it never looks people up by number.
  if (actor.agencySector === 'PRIVATE' && byRrn) {
    const problem = checkSubmission({
      ...facts,
      inArea: false,
      identifiedBy: 'RRN',
      householdId: '',
      consent: null,
    });
    if (problem) return fail([submissionError(problem, '')]);
  }
  const who = await identify(ctx, input);
  if (!who.ok) return fail([who.error]);
  const { householdId, regionCode, personId } = who.found;
  const inArea = actor.agencySector === 'PUBLIC' && (await reviewsIn(ctx, regionCode));
  const consentId = input.consentId ? checkId(input.consentId, 'input.consentId') : null;
  const stored = consentId
    ? (await ctx.loaders.consentsOfHousehold.load(householdId)).find((c) => c.id === consentId)
    : undefined;
  const problem = checkSubmission({
    ...facts,
    inArea,
    identifiedBy: byHousehold ? 'HOUSEHOLD' : 'RRN',
    householdId,
    consent: stored ? consentRecordOf(stored) : null,
  });
  if (problem) return fail([submissionError(problem, householdId)]);

  const db = ctx.services.dataSource;
  const label = programmeFacts(input.programme).ko;
  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO benefit_applications (household_id, applicant_person_id, programme, on_behalf, applicant_agency_id,
           submitted_by_user_id, submitted_by_api_key_id, submitted_by, consent_id, note, receiving_region_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          householdId,
          personId,
          input.programme,
          onBehalf,
          actor.agencyId,
          actor.userId,
          actor.apiKeyId,
          actor.account,
          onBehalf ? consentId : null,
          note,
          regionCode,
        ],
      );
      await tx.query(
        `INSERT INTO benefit_application_events (application_id, action, from_status, to_status, agency_id, account)
         VALUES ($1, 'SUBMIT', NULL, 'SUBMITTED', $2, $3)`,
        [row.id, actor.agencyId, actor.account],
      );
      await notifyAgencies(
        tx,
        await receivingAgencies(tx, regionCode, actor.agencyId),
        'APPLICATION_RECEIVED',
        `새 급여 신청: ${label}`,
        `/applications/${row.id}`,
        row.id,
        { subject: label },
      );
      return row.id as string;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      return fail([
        inputError(ErrorCode.DUPLICATE, 'The household already has an open application for this programme.', [
          'input',
          'programme',
        ]),
      ]);
    throw e;
  }
  ctx.audit.record(personId, 'CREATE');
  const [application] = await applicationsById(db, [id]);
  return Object.assign(new SubmitBenefitApplicationPayload(), { application, errors: [] });
}

// Every later step: the right side, from the right status, once. The UPDATE is guarded by the status
// read, so two workers approving at the same moment make one transition and one CONFLICT.
export async function stepApplication<P extends BenefitApplicationPayload>(
  ctx: RequestContext,
  Payload: new () => P,
  applicationId: string,
  action: ApplicationAction,
  reason?: string,
): Promise<P> {
  const fail = (errors: UserError[]) => Object.assign(new Payload(), { application: null, errors });
  const path = ['input', 'applicationId'];
  const db = ctx.services.dataSource;
  const actor = ctx.actor!;
  const [current] = await applicationsById(db, [checkId(applicationId, 'input.applicationId')]);
  if (!current) return fail([inputError(ErrorCode.NOT_FOUND, 'No such application.', path)]);
  const next = nextApplicationStatus(current.status, action, await sidesOf(ctx, current), reason);
  if (!next.ok) {
    const e = next.error;
    switch (e.code) {
      case 'FORBIDDEN':
        return fail([inputError(ErrorCode.FORBIDDEN, e.message, path)]);
      case 'INVALID_TRANSITION':
        return fail([applicationTransitionError(e.from, e.action, e.message, path)]);
      case 'VALIDATION':
        return fail([fromFieldProblem(e)]);
    }
  }
  const to = next.value;
  const why = reason?.trim() || null;
  const label = programmeFacts(current.programme).ko;
  const moved = await db.transaction(async (tx) => {
    // In a CTE because TypeORM answers a bare UPDATE with [rows, count], not the rows.
    const rows = await tx.query(
      `WITH u AS (UPDATE benefit_applications SET status = $3, status_since = now(), status_reason = $4
                  WHERE id = $1 AND status = $2 RETURNING id) SELECT id FROM u`,
      [current.id, current.status, to, why],
    );
    if (!rows.length) return false;
    await tx.query(
      `INSERT INTO benefit_application_events (application_id, action, from_status, to_status, agency_id, account, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [current.id, action, current.status, to, actor.agencyId, actor.account, why],
    );
    // The applicant agency hears of every step the home 읍면동 takes; a withdrawal goes the other way.
    const told =
      action === 'WITHDRAW'
        ? await receivingAgencies(tx, current.receivingRegionCode, actor.agencyId)
        : current.applicantAgencyId === actor.agencyId
          ? []
          : [current.applicantAgencyId];
    await notifyAgencies(
      tx,
      told,
      'APPLICATION_UPDATED',
      `급여 신청 ${APPLICATION_STATUS_LABELS[to].ko}: ${label}`,
      `/applications/${current.id}`,
      current.id,
      { subject: label },
    );
    return true;
  });
  if (!moved)
    return fail([
      inputError(
        ErrorCode.CONFLICT,
        'Someone acted on this application at the same moment; reload it.',
        path,
      ),
    ]);
  ctx.audit.record(current.applicantPersonId, 'UPDATE');
  const [application] = await applicationsById(db, [current.id]);
  return Object.assign(new Payload(), { application, errors: [] });
}

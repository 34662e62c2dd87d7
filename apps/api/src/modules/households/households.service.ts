import { randomUUID } from 'node:crypto';
import { isUniqueViolation, likePrefix } from '@ieum/db';
import {
  checkContacts,
  checkHouseholdComposition,
  maskRrn,
  householdScope,
  mayRegisterHouseholds,
  parseRrn,
  scopeCoversAncestry,
} from '@ieum/domain';
import { encryptRrn, rrnLookupHash } from '../../personal-data/rrn-cipher';
import { todayInKorea } from '../../clock';
import { regionWithinScope } from '../regions/region-scope';
import type { RequestContext } from '../../context';
import { keyset, pageSize, toPage, type ListArgs, type Page, type SortKey } from '../../graphql/connection';
import {
  checkId,
  ErrorCode,
  inputError,
  InvalidRrnError,
  type UserError,
  validationError,
} from '../../graphql/errors';
import { userErrorOf } from '../../graphql/problems';
import {
  type Household,
  type HouseholdFilter,
  HouseholdOrderField,
  type ContactInput,
  type RegisterHouseholdInput,
  RegisterHouseholdPayload,
  type UpdateHouseholdContactsInput,
  UpdateHouseholdContactsPayload,
} from './households.types';
import { HOUSEHOLD_COLUMNS, saveContacts, toHousehold } from './households.queries';
import { recordHouseholdAccess } from '../consents/household-access';

// 주소 in natural order reads households.address_sort (migration 1764300000010-ListOrders), never a sort in JS.
const HOUSEHOLD_ORDER: Record<HouseholdOrderField, readonly SortKey[]> = {
  ADDRESS: [{ sql: 'h.address_sort', type: 'text' }],
  REGION: [
    { sql: 'h.region_code', type: 'varchar' },
    { sql: 'h.address_sort', type: 'text' },
  ],
  CREATED_AT: [{ sql: 'h.created_at', type: 'timestamptz' }],
};

export async function listHouseholds(
  ctx: RequestContext,
  filter: HouseholdFilter | undefined,
  args: ListArgs<HouseholdOrderField> = {},
): Promise<Page<Household>> {
  const db = ctx.services.dataSource;
  const size = pageSize(args.first, 20);
  const region = await regionWithinScope(
    ctx,
    filter?.regionCode,
    'Your agency sees households only through a case it is on, with the resident’s consent.',
  );
  const search = filter?.search?.trim() ? likePrefix(filter.search.trim()) : null;
  const { where, params } = householdFilterSql(region, search);
  const pageParams = [...params];
  const order = keyset({
    orderBy: args.orderBy,
    fields: HOUSEHOLD_ORDER,
    fallback: [{ field: HouseholdOrderField.REGION }],
    id: { sql: 'h.id', type: 'uuid' },
    size,
    after: args.after,
    page: args.page,
    param: (v) => `$${pageParams.push(v)}`,
  });
  const rows = await db.query(
    `SELECT ${HOUSEHOLD_COLUMNS}, ${order.select} FROM households h
     WHERE ${where} AND ${order.seek} ORDER BY ${order.orderBy} ${order.limit}`,
    pageParams,
  );
  return toPage<Household>(rows.map(toHousehold), size, order.previous, order.cursorOf, async () => {
    // Across the country a name search counts the matching people's households straight from the
    // name index, without visiting every household.
    const sql =
      !region && search
        ? `SELECT count(DISTINCT p.household_id) AS n FROM persons p WHERE p.name COLLATE "C" LIKE $1 AND p.household_id IS NOT NULL`
        : `SELECT count(*) AS n FROM households h WHERE ${where}`;
    return Number((await db.query(sql, params))[0].n);
  });
}

// Separate SQL per case so the planner sees what is filtered: within a region, each household's
// members are checked (EXISTS); across the country, the name index finds the people first (IN).
function householdFilterSql(
  region: string | null,
  search: string | null,
): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (region) {
    params.push(region);
    clauses.push(
      `h.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $${params.length})`,
    );
  }
  if (search) {
    params.push(search);
    const like = `p.name COLLATE "C" LIKE $${params.length}`;
    clauses.push(
      region
        ? `EXISTS (SELECT 1 FROM household_members m JOIN persons p ON p.id = m.person_id WHERE m.household_id = h.id AND ${like})`
        : `h.id IN (SELECT p.household_id FROM persons p WHERE ${like})`,
    );
  }
  return { where: clauses.length ? clauses.join(' AND ') : 'TRUE', params };
}

// 가구 등록: every member is checked before anything is written, and all rows go in one transaction,
// so a household is stored whole or not at all.
export async function registerHousehold(
  ctx: RequestContext,
  input: RegisterHouseholdInput,
): Promise<RegisterHouseholdPayload> {
  const db = ctx.services.dataSource;
  const actor = ctx.actor!;
  const fail = (errors: UserError[]) =>
    Object.assign(new RegisterHouseholdPayload(), { household: null, errors });

  // Every field is checked before anything is answered, so an empty form hears about all of them at once.
  const errors: UserError[] = [];
  const region = input.regionCode ? await ctx.loaders.region.load(input.regionCode) : null;
  // A retired code (the 2026 list moved or split it) takes no new household.
  if (!region || region.level !== 'EUPMYEONDONG' || region.retiredOn) {
    errors.push(
      validationError(
        input.regionCode ? 'NOT_ALLOWED_VALUE' : 'REQUIRED',
        'Choose the 읍면동 the household lives in.',
        ['input', 'regionCode'],
      ),
    );
  } else {
    const ancestry = await ctx.loaders.regionAncestry.load(region.code);
    if (!mayRegisterHouseholds(actor) || !scopeCoversAncestry(householdScope(actor), ancestry))
      return fail([
        inputError(ErrorCode.FORBIDDEN, 'You may not register households in this 읍면동.', [
          'input',
          'regionCode',
        ]),
      ]);
  }

  const address = input.address.trim();
  if (!address || address.length > 300)
    errors.push(
      validationError(
        address ? 'TOO_LONG' : 'REQUIRED',
        'Enter the address (up to 300 characters).',
        ['input', 'address'],
        {
          limit: 300,
        },
      ),
    );
  for (const p of checkHouseholdComposition(input.members)) {
    const { index, field, ...problem } = p;
    errors.push(
      userErrorOf({
        ...problem,
        code: 'VALIDATION',
        field: index === null ? 'members' : `members.${index}.${field}`,
      }),
    );
  }
  const contacts = checkContacts(contactsOf(input.contacts));
  errors.push(...contacts.problems.map((p) => userErrorOf({ ...p, code: 'VALIDATION' })));
  const today = todayInKorea();
  const hashes: Buffer[] = [];
  const parsed = input.members.map((m, i) => {
    const result = parseRrn(m.rrn, today);
    const path = ['input', 'members', String(i), 'rrn'];
    if (!result.ok) {
      errors.push(
        Object.assign(new InvalidRrnError(), {
          code: ErrorCode.INVALID_RRN,
          message: result.error.message,
          path,
          problem: result.error.problem,
        }),
      );
      return null;
    }
    if (result.value.checkDigit === 'MISMATCH' && !m.confirmCheckDigitMismatch) {
      errors.push(
        inputError(
          ErrorCode.RRN_CHECK_DIGIT_UNCONFIRMED,
          'The check digit does not match. Numbers changed since October 2020 carry none: check the number with the resident and confirm.',
          path,
        ),
      );
    }
    const hash = rrnLookupHash(result.value.digits, ctx.services.keys.lookupKey);
    if (hashes.some((h) => h.equals(hash)))
      errors.push(inputError(ErrorCode.DUPLICATE_PERSON, 'The same number is entered twice.', path));
    hashes.push(hash);
    return result.value;
  });
  if (errors.length || !region) return fail(errors);

  const existing: { hash: Buffer }[] = await db.query(
    `SELECT rrn_hash AS hash FROM persons WHERE rrn_hash = ANY($1::bytea[])`,
    [hashes],
  );
  const duplicates = () =>
    hashes.flatMap((h, i) =>
      existing.some((e) => e.hash.equals(h))
        ? [
            inputError(ErrorCode.DUPLICATE_PERSON, 'This person is already registered.', [
              'input',
              'members',
              String(i),
              'rrn',
            ]),
          ]
        : [],
    );
  if (existing.length) return fail(duplicates());

  const people = parsed.map((p, i) => ({
    ...p!,
    name: input.members[i].name.trim(),
    relationship: input.members[i].relationship,
  }));
  try {
    const household = await db.transaction(async (tx) => {
      const [h] = await tx.query(
        `INSERT INTO households (region_code, sigungu_code, address, created_by) VALUES ($1, $2, $3, $4)
         RETURNING ${HOUSEHOLD_COLUMNS.replace(/h\./g, '')}`,
        [region.code, region.parentCode, address, actor.userId],
      );
      // Ids made here so members pair with persons without relying on RETURNING order.
      const personIds = people.map(() => randomUUID());
      await tx.query(
        `INSERT INTO persons (id, name, rrn_encrypted, rrn_hash, rrn_masked, birth_date, sex, rrn_check_digit_mismatch)
         SELECT * FROM unnest($8::uuid[], $1::text[], $2::bytea[], $3::bytea[], $4::varchar[], $5::date[], $6::varchar[], $7::boolean[])`,
        [
          people.map((p) => p.name),
          people.map((p) => encryptRrn(p.digits, ctx.services.keys.encryptionKey)),
          hashes,
          people.map((p) => maskRrn(p.digits)),
          people.map((p) => p.birthDate),
          people.map((p) => p.sex),
          people.map((p) => p.checkDigit === 'MISMATCH'),
          personIds,
        ],
      );
      await tx.query(
        `INSERT INTO household_members (household_id, person_id, relationship) SELECT $1, * FROM unnest($2::uuid[], $3::varchar[])`,
        [h.id, personIds, people.map((p) => p.relationship)],
      );
      await saveContacts(tx, h.id, contacts.contacts);
      for (const id of personIds) ctx.audit.record(id, 'CREATE');
      return toHousehold(h);
    });
    return Object.assign(new RegisterHouseholdPayload(), { household, errors: [] });
  } catch (e) {
    // Someone registered one of these people between our check and our insert.
    if (isUniqueViolation(e)) {
      const now: { hash: Buffer }[] = await db.query(
        `SELECT rrn_hash AS hash FROM persons WHERE rrn_hash = ANY($1::bytea[])`,
        [hashes],
      );
      existing.push(...now);
      return fail(duplicates());
    }
    throw e;
  }
}

const contactsOf = (input: readonly ContactInput[] | undefined) =>
  (input ?? []).map((c) => ({ kind: c.kind, number: c.number, preferred: c.preferred ?? false }));

// 연락처 변경: the whole list is replaced in one transaction, by a public worker of the household's area.
export async function updateHouseholdContacts(
  ctx: RequestContext,
  input: UpdateHouseholdContactsInput,
): Promise<UpdateHouseholdContactsPayload> {
  const fail = (errors: UserError[]) =>
    Object.assign(new UpdateHouseholdContactsPayload(), { household: null, errors });
  const household = await ctx.loaders.household.load(checkId(input.householdId, 'input.householdId'));
  const path = ['input', 'householdId'];
  if (!household) return fail([inputError(ErrorCode.NOT_FOUND, 'There is no such household.', path)]);
  const ancestry = await ctx.loaders.regionAncestry.load(household.regionCode);
  if (!mayRegisterHouseholds(ctx.actor!) || !scopeCoversAncestry(householdScope(ctx.actor!), ancestry))
    return fail([inputError(ErrorCode.FORBIDDEN, 'This household is outside your area.', path)]);
  const { contacts, problems } = checkContacts(contactsOf(input.contacts));
  if (problems.length) return fail(problems.map((p) => userErrorOf({ ...p, code: 'VALIDATION' })));
  await ctx.services.dataSource.transaction((tx) => saveContacts(tx, household.id, contacts));
  ctx.loaders.householdContacts.clear(household.id);
  await recordHouseholdAccess(ctx, household.id, 'UPDATE');
  return Object.assign(new UpdateHouseholdContactsPayload(), { household, errors: [] });
}

import type { DataSource } from 'typeorm';
import { ErrorCode, inputError, type UserError, validationError } from '../../graphql/errors';
import { checkId } from '../../graphql/errors';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import type { Actor } from '../../context';
import {
  type AddCrisisIndicatorKindInput,
  AddCrisisIndicatorKindPayload,
  CrisisFeed,
  CrisisIndicatorGroup,
  CrisisIndicatorKind,
} from './indicators.types';

const KIND_COLUMNS = `k.code, k.group_code AS "group", g.name_ko AS "groupNameKo", g.name_en AS "groupNameEn",
  k.name_ko AS "nameKo", k.name_en AS "nameEn", k.unit, k.note`;

export async function listKinds(db: DataSource): Promise<CrisisIndicatorKind[]> {
  const rows =
    await db.query(`SELECT ${KIND_COLUMNS} FROM crisis_indicator_kinds k JOIN crisis_indicator_groups g ON g.code = k.group_code
                               ORDER BY g.sort_order, k.sort_order, k.code`);
  return rows.map((r: object) => Object.assign(new CrisisIndicatorKind(), r));
}

export async function listGroups(db: DataSource): Promise<CrisisIndicatorGroup[]> {
  const rows = await db.query(
    `SELECT code, name_ko AS "nameKo", name_en AS "nameEn" FROM crisis_indicator_groups ORDER BY sort_order, code`,
  );
  return rows.map((r: object) => Object.assign(new CrisisIndicatorGroup(), r));
}

export async function knownKindCodes(db: DataSource): Promise<Set<string>> {
  return new Set(
    (await db.query(`SELECT code FROM crisis_indicator_kinds`)).map((r: { code: string }) => r.code),
  );
}

const CODE = /^[A-Z][A-Z0-9_]{1,59}$/;

// The catalogue grows as agencies join (47 kinds from 21 agencies by 2024): a data change, not code.
export async function addKind(
  db: DataSource,
  actor: Actor,
  input: AddCrisisIndicatorKindInput,
): Promise<AddCrisisIndicatorKindPayload> {
  const errors: UserError[] = [];
  const fail = () => Object.assign(new AddCrisisIndicatorKindPayload(), { kind: null, errors });
  if (!CODE.test(input.code))
    errors.push(
      validationError(
        input.code ? 'INVALID_FORMAT' : 'REQUIRED',
        'A code is SCREAMING_SNAKE_CASE, 2–60 characters.',
        ['input', 'code'],
        { min: 2, max: 60 },
      ),
    );
  if (!CODE.test(input.group))
    errors.push(
      validationError(input.group ? 'INVALID_FORMAT' : 'REQUIRED', 'A group code is SCREAMING_SNAKE_CASE.', [
        'input',
        'group',
      ]),
    );
  if (!input.nameKo.trim())
    errors.push(validationError('REQUIRED', 'Give the Korean name.', ['input', 'nameKo']));
  if (!input.nameEn.trim())
    errors.push(validationError('REQUIRED', 'Give the English name.', ['input', 'nameEn']));
  if (errors.length) return fail();
  return db.transaction(async (tx) => {
    const [group] = await tx.query(`SELECT code FROM crisis_indicator_groups WHERE code = $1`, [input.group]);
    if (!group) {
      if (!input.groupNameKo?.trim() || !input.groupNameEn?.trim()) {
        errors.push(
          validationError('REQUIRED', 'A new group needs groupNameKo and groupNameEn.', [
            'input',
            input.groupNameKo?.trim() ? 'groupNameEn' : 'groupNameKo',
          ]),
        );
        return fail();
      }
      await tx.query(
        `INSERT INTO crisis_indicator_groups (code, name_ko, name_en, sort_order)
         SELECT $1, $2, $3, coalesce(max(sort_order), 0) + 1 FROM crisis_indicator_groups`,
        [input.group, input.groupNameKo.trim(), input.groupNameEn.trim()],
      );
    }
    const inserted = await tx.query(
      `INSERT INTO crisis_indicator_kinds (code, group_code, name_ko, name_en, unit, note, sort_order, created_by)
       SELECT $1, $2, $3, $4, $5, $6, coalesce(max(sort_order), 0) + 1, $7 FROM crisis_indicator_kinds
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [
        input.code,
        input.group,
        input.nameKo.trim(),
        input.nameEn.trim(),
        input.unit,
        input.note?.trim() ?? '',
        actor.userId,
      ],
    );
    if (!inserted.length) {
      errors.push(inputError(ErrorCode.DUPLICATE, 'This kind code exists already.', ['input', 'code']));
      return fail();
    }
    const [kind] = await tx.query(
      `SELECT ${KIND_COLUMNS} FROM crisis_indicator_kinds k JOIN crisis_indicator_groups g ON g.code = k.group_code WHERE k.code = $1`,
      [input.code],
    );
    return Object.assign(new AddCrisisIndicatorKindPayload(), {
      kind: Object.assign(new CrisisIndicatorKind(), kind),
      errors: [],
    });
  });
}

const FEED_COLUMNS = `id, source, status, row_count AS rows, matched, unmatched, rejected, errors, account, received_at AS "receivedAt"`;
const toFeed = (r: object) => Object.assign(new CrisisFeed(), r);

export async function getFeed(db: DataSource, id: string): Promise<CrisisFeed | null> {
  const [row] = await db.query(`SELECT ${FEED_COLUMNS} FROM crisis_feeds WHERE id = $1`, [checkId(id)]);
  return row ? toFeed(row) : null;
}

export async function listFeeds(db: DataSource, first?: number, after?: string): Promise<Page<CrisisFeed>> {
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 2);
  const rows = await db.query(
    `SELECT ${FEED_COLUMNS} FROM crisis_feeds
     WHERE ($1::timestamptz IS NULL OR (received_at, id) < ($1, $2::uuid)) ORDER BY received_at DESC, id DESC LIMIT $3`,
    [cursor?.[0] ?? null, cursor?.[1] ?? null, size + 1],
  );
  return toPage(
    rows.map(toFeed),
    size,
    cursor,
    (f) => encodeCursor([f.receivedAt.toISOString(), f.id]),
    async () => Number((await db.query(`SELECT count(*) AS n FROM crisis_feeds`))[0].n),
  );
}

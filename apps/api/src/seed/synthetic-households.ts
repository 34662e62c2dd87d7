import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { maskRrn, syntheticRrn, type Relationship, type Sex } from '@ieum/domain';
import { encryptRrn, rrnLookupHash, type DataKeys } from '../personal-data/rrn-cipher';

// Synthetic people only: invented names, addresses on invented streets, and 주민등록번호 built from
// a reserved serial so that no two synthetic people (in any number of runs) share a number.

const SURNAMES =
  '김김김김이이이박박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모남궁탁국어은편용예경봉사부황보'.split(
    '',
  );
const GIVEN =
  '민서지현준영수진하은도윤우주원예린시연채아건태호석경희정숙자미혜선동철상훈재성대한명승기혁찬규범'.split(
    '',
  );
const STREETS = ['시범길', '가상로', '연습길', '예시로', '샘플길'];

// Birth dates 1930-01-01 .. 2024-12-31 visited with a stride coprime to their count, so person k gets
// (date, serial) = (k·stride mod D, k div D): a bijection, hence unique numbers.
const FIRST_DAY = Date.UTC(1930, 0, 1);
const DAY_COUNT = Math.floor((Date.UTC(2024, 11, 31) - FIRST_DAY) / 86_400_000) + 1;
const STRIDE = 7919;

export interface SyntheticRegion {
  code: string;
  name: string;
}

// Time-ordered ids (UUIDv7 layout): rows written together sit together in every index, which makes
// bulk inserts and their foreign-key checks several times faster than random UUIDs.
let lastMs = 0;
let sequence = 0;
export function timeOrderedUuid(): string {
  const ms = Date.now();
  sequence = ms === lastMs ? sequence + 1 : 0;
  lastMs = ms;
  const b = randomBytes(16);
  b.writeUIntBE(ms, 0, 6);
  b.writeUInt16BE(0x7000 | (sequence & 0x0fff), 6);
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface Rng {
  next(): number;
}
export function seededRng(seed: number): Rng {
  let s = seed >>> 0 || 1;
  return { next: () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32 };
}

function personFor(k: number, rng: Rng) {
  const day = (k * STRIDE) % DAY_COUNT;
  const serial = Math.floor(k / DAY_COUNT);
  const birthDate = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
  const sex: Sex = rng.next() < 0.5 ? 'MALE' : 'FEMALE';
  const name =
    SURNAMES[Math.floor(rng.next() * SURNAMES.length)] +
    GIVEN[Math.floor(rng.next() * GIVEN.length)] +
    GIVEN[Math.floor(rng.next() * GIVEN.length)];
  return { birthDate, sex, name, rrn: syntheticRrn(birthDate, sex, serial) };
}

// Oldest is the head; others by age gap to the head.
function relationshipTo(headBirth: string, birth: string, index: number): Relationship {
  if (index === 0) return 'HEAD';
  const gap = (Date.parse(birth) - Date.parse(headBirth)) / (365.25 * 86_400_000);
  if (gap < 12) return index === 1 ? 'SPOUSE' : 'SIBLING';
  if (gap < 40) return 'CHILD';
  return 'GRANDCHILD';
}

const esc = (v: string) =>
  v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
const bytea = (b: Buffer) => '\\\\x' + b.toString('hex');

// Lines go out in blocks of a thousand: one CopyData message per line costs more than the data.
async function copyRows(client: PoolClient, sql: string, lines: string[]): Promise<void> {
  function* blocks() {
    for (let i = 0; i < lines.length; i += 1000) yield lines.slice(i, i + 1000).join('\n') + '\n';
  }
  await pipeline(Readable.from(blocks()), client.query(copyFrom(sql)));
}

export interface SeedProgress {
  done: number;
  total: number;
}

// Adds `count` synthetic households spread over `regions`, in transactions of `chunk` households:
// COPY into the tables, never a row at a time. Each committed chunk is whole; a killed run keeps
// the chunks it committed and the serial counter stays consistent with them.
export async function addSyntheticHouseholds(
  db: DataSource,
  keys: DataKeys,
  regions: SyntheticRegion[],
  count: number,
  opts: { chunk?: number; seed?: number; onProgress?: (p: SeedProgress) => void } = {},
): Promise<void> {
  if (!regions.length) throw new Error('No regions to seed into');
  const chunk = opts.chunk ?? 20_000;
  const rng = seededRng(opts.seed ?? Date.now());
  const parents: { code: string; parent: string }[] = await db.query(
    `SELECT code, parent_code AS parent FROM regions WHERE code = ANY($1) AND level = 'EUPMYEONDONG' AND retired_on IS NULL`,
    [regions.map((r) => r.code)],
  );
  const sigunguOf = new Map(parents.map((p) => [p.code, p.parent]));
  const missing = regions.find((r) => !sigunguOf.has(r.code));
  if (missing) throw new Error(`${missing.code} is not a current 읍면동 code`);
  const runner = db.createQueryRunner();
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  try {
    for (let done = 0; done < count;) {
      const n = Math.min(chunk, count - done);
      const sizes = Array.from({ length: n }, () => 1 + Math.floor(rng.next() ** 1.6 * 5));
      const people = sizes.reduce((a, b) => a + b, 0);
      await runner.startTransaction();
      try {
        const [{ start }] = await runner.query(
          `WITH r AS (UPDATE synthetic_serials SET next_value = next_value + $1 WHERE name = 'person' RETURNING next_value - $1 AS start)
           SELECT start FROM r`,
          [people],
        );
        let k = Number(start);
        const households: string[] = [];
        const persons: string[] = [];
        const members: string[] = [];
        const contacts: string[] = [];
        for (const size of sizes) {
          const householdId = timeOrderedUuid();
          const region = regions[Math.floor(rng.next() * regions.length)];
          const address = `${region.name} ${STREETS[Math.floor(rng.next() * STREETS.length)]} ${1 + Math.floor(rng.next() * 200)}`;
          const group = Array.from({ length: size }, () => personFor(k++, rng)).sort((a, b) =>
            a.birthDate.localeCompare(b.birthDate),
          );
          // The facts the members trigger would compute, written up front so it has nothing to change.
          households.push(
            `${householdId}\t${region.code}\t${sigunguOf.get(region.code)}\t${esc(address)}\tt\t${size}\t${group[size - 1].birthDate}`,
          );
          // 010-0000-xxxx: a block no carrier issues, from the serial (the random stream stays as it was).
          contacts.push(`${householdId}\t0\tMOBILE\t010-0000-${String(k % 10_000).padStart(4, '0')}\tt`);
          group.forEach((p, i) => {
            const relationship = relationshipTo(group[0].birthDate, p.birthDate, i);
            // Children and siblings carry the head's surname, as most Korean families do.
            const name =
              relationship === 'HEAD' || relationship === 'SPOUSE'
                ? p.name
                : group[0].name[0] + p.name.slice(1);
            const personId = timeOrderedUuid();
            persons.push(
              [
                personId,
                esc(name),
                bytea(encryptRrn(p.rrn, keys.encryptionKey)),
                bytea(rrnLookupHash(p.rrn, keys.lookupKey)),
                maskRrn(p.rrn),
                p.birthDate,
                p.sex,
                't',
                householdId,
              ].join('\t'),
            );
            members.push(`${householdId}\t${personId}\t${relationship}`);
          });
        }
        await copyRows(
          client,
          'COPY households (id, region_code, sigungu_code, address, synthetic, member_count, youngest_birth_date) FROM STDIN',
          households,
        );
        await copyRows(
          client,
          'COPY persons (id, name, rrn_encrypted, rrn_hash, rrn_masked, birth_date, sex, synthetic, household_id) FROM STDIN',
          persons,
        );
        await copyRows(
          client,
          'COPY household_members (household_id, person_id, relationship) FROM STDIN',
          members,
        );
        await copyRows(
          client,
          'COPY household_contacts (household_id, position, kind, number, preferred) FROM STDIN',
          contacts,
        );
        await runner.commitTransaction();
      } catch (e) {
        await runner.rollbackTransaction();
        throw e;
      }
      done += n;
      opts.onProgress?.({ done, total: count });
    }
  } finally {
    await runner.release();
  }
}

import type { DataSource } from 'typeorm';
import { sectorOf, type AgencyKind, type Role } from '@ieum/domain';
import { type DataKeys } from '../personal-data/rrn-cipher';
import { hashPassword } from '../modules/auth/passwords';
import { addSyntheticHouseholds } from './synthetic-households';

// Demo accounts, listed in the README. Only in demo mode: never with NODE_ENV=production.
export const DEMO_PASSWORD = 'ieum-demo-2026';
export const DEMO_DOMAIN = 'demo.ieum.kr';

const AGENCIES: { key: string; name: string; kind: AgencyKind; region: string }[] = [
  { key: 'ministry', name: '보건복지부', kind: 'MINISTRY', region: '3600000000' },
  { key: 'jongno', name: '종로구청', kind: 'SIGUNGU_OFFICE', region: '1111000000' },
  { key: 'cheongun', name: '청운효자동 주민센터', kind: 'EUPMYEONDONG_CENTER', region: '1111051500' },
  { key: 'sajik', name: '사직동 주민센터', kind: 'EUPMYEONDONG_CENTER', region: '1111053000' },
  { key: 'health', name: '종로구보건소', kind: 'PUBLIC_HEALTH_CENTER', region: '1111000000' },
  {
    key: 'welfare',
    name: '종로종합사회복지관 (가상)',
    kind: 'COMMUNITY_WELFARE_CENTER',
    region: '1111067000',
  },
  { key: 'senior', name: '종로노인복지관 (가상)', kind: 'SENIOR_WELFARE_CENTER', region: '1111065000' },
  { key: 'hongcheon', name: '홍천군청', kind: 'SIGUNGU_OFFICE', region: '5172000000' },
  { key: 'hongcheon-eup', name: '홍천읍 행정복지센터', kind: 'EUPMYEONDONG_CENTER', region: '5172025000' },
];

const USERS: { local: string; name: string; role: Role; agency: string }[] = [
  { local: 'worker', name: '김복지 (데모)', role: 'CASE_WORKER', agency: 'cheongun' },
  { local: 'supervisor', name: '이희망 (데모)', role: 'SUPERVISOR', agency: 'jongno' },
  { local: 'agency', name: '박나눔 (데모)', role: 'AGENCY_WORKER', agency: 'welfare' },
  { local: 'analyst', name: '최발굴 (데모)', role: 'ANALYST', agency: 'ministry' },
  { local: 'admin', name: '정관리 (데모)', role: 'ADMIN', agency: 'ministry' },
];

// Where demo households live: most in the worker's 동, the rest across 종로구 and rural 홍천군.
const HOUSEHOLD_REGIONS: { codes: string[]; count: number }[] = [
  { codes: ['1111051500'], count: 120 },
  { codes: ['1111053000', '1111054000', '1111055000', '1111056000', '1111067000', '1111065000'], count: 120 },
  { codes: ['5172025000', '5172031000', '5172032000', '5172033000'], count: 60 },
];

export async function seedDemo(db: DataSource, keys: DataKeys): Promise<boolean> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM users`);
  if (n > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created = await db.transaction(async (tx) => {
    // Serialises two processes starting on the same empty database.
    await tx.query(`SELECT pg_advisory_xact_lock(7270002)`);
    const [{ n: again }] = await tx.query(`SELECT count(*)::int AS n FROM users`);
    if (again > 0) return false;
    const agencyRows: { id: string; name: string }[] = await tx.query(
      `INSERT INTO agencies (name, kind, sector, region_code, synthetic)
       SELECT name, kind, sector, region, true FROM unnest($1::text[], $2::varchar[], $3::varchar[], $4::varchar[]) AS a(name, kind, sector, region)
       RETURNING id, name`,
      [
        AGENCIES.map((a) => a.name),
        AGENCIES.map((a) => a.kind),
        AGENCIES.map((a) => sectorOf(a.kind)),
        AGENCIES.map((a) => a.region),
      ],
    );
    const idOf = (key: string) =>
      agencyRows.find((r) => r.name === AGENCIES.find((a) => a.key === key)!.name)!.id;
    await tx.query(
      `INSERT INTO users (email, name, password_hash, role, agency_id)
       SELECT email, name, $5, role, agency FROM unnest($1::text[], $2::text[], $3::varchar[], $4::uuid[]) AS u(email, name, role, agency)`,
      [
        USERS.map((u) => `${u.local}@${DEMO_DOMAIN}`),
        USERS.map((u) => u.name),
        USERS.map((u) => u.role),
        USERS.map((u) => idOf(u.agency)),
        passwordHash,
      ],
    );
    return true;
  });
  if (!created) return false;
  for (const [i, group] of HOUSEHOLD_REGIONS.entries()) {
    const regions = await db.query(`SELECT code, name FROM regions WHERE code = ANY($1)`, [group.codes]);
    await addSyntheticHouseholds(db, keys, regions, group.count, { seed: 2026 + i });
  }
  return true;
}

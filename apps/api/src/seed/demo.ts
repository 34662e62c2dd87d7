import type { DataSource } from 'typeorm';
import { sectorOf, type AgencyKind, type Role } from '@ieum/domain';
import { type DataKeys } from '../personal-data/rrn-cipher';
import { hashPassword } from '../modules/auth/passwords';
import { seedDemoActivity } from './demo-activity';
import { addSyntheticHouseholds } from './synthetic-households';

// Demo accounts, listed in the README. Only in demo mode: never with NODE_ENV=production.
export const DEMO_PASSWORD = 'ieum-demo-2026';
export const DEMO_DOMAIN = 'demo.ieum.kr';

// Phone numbers are in 000 blocks no carrier issues, and addresses are invented: nothing here reaches
// a real office.
type DemoAgency = {
  key: string;
  name: string;
  kind: AgencyKind;
  region: string;
  phone: string;
  address: string;
};
const AGENCIES: DemoAgency[] = [
  {
    key: 'ministry',
    name: '보건복지부',
    kind: 'MINISTRY',
    region: '3600000000',
    phone: '044-000-0001',
    address: '세종특별자치시 가상대로 1 (데모)',
  },
  {
    key: 'jongno',
    name: '종로구청',
    kind: 'SIGUNGU_OFFICE',
    region: '1111000000',
    phone: '02-000-0100',
    address: '서울특별시 종로구 가상로 10 (데모)',
  },
  {
    key: 'cheongun',
    name: '청운효자동 주민센터',
    kind: 'EUPMYEONDONG_CENTER',
    region: '1111051500',
    phone: '02-000-0151',
    address: '서울특별시 종로구 청운가상길 15 (데모)',
  },
  {
    key: 'sajik',
    name: '사직동 주민센터',
    kind: 'EUPMYEONDONG_CENTER',
    region: '1111053000',
    phone: '02-000-0153',
    address: '서울특별시 종로구 사직가상길 3 (데모)',
  },
  {
    key: 'health',
    name: '종로구보건소',
    kind: 'PUBLIC_HEALTH_CENTER',
    region: '1111000000',
    phone: '02-000-0110',
    address: '서울특별시 종로구 가상로 12 (데모)',
  },
  {
    key: 'welfare',
    name: '종로종합사회복지관 (가상)',
    kind: 'COMMUNITY_WELFARE_CENTER',
    region: '1111067000',
    phone: '02-000-0167',
    address: '서울특별시 종로구 창신가상길 7 (데모)',
  },
  {
    key: 'senior',
    name: '종로노인복지관 (가상)',
    kind: 'SENIOR_WELFARE_CENTER',
    region: '1111065000',
    phone: '02-000-0165',
    address: '서울특별시 종로구 가상로 65 (데모)',
  },
  {
    key: 'hongcheon',
    name: '홍천군청',
    kind: 'SIGUNGU_OFFICE',
    region: '5172000000',
    phone: '033-000-0720',
    address: '강원특별자치도 홍천군 홍천읍 가상로 1 (데모)',
  },
  {
    key: 'hongcheon-eup',
    name: '홍천읍 행정복지센터',
    kind: 'EUPMYEONDONG_CENTER',
    region: '5172025000',
    phone: '033-000-0725',
    address: '강원특별자치도 홍천군 홍천읍 가상길 25 (데모)',
  },
];

const USERS: { local: string; name: string; role: Role; agency: string; phone: string }[] = [
  { local: 'worker', name: '김복지 (데모)', role: 'CASE_WORKER', agency: 'cheongun', phone: '02-000-1151' },
  { local: 'supervisor', name: '이희망 (데모)', role: 'SUPERVISOR', agency: 'jongno', phone: '02-000-1100' },
  { local: 'agency', name: '박나눔 (데모)', role: 'AGENCY_WORKER', agency: 'welfare', phone: '02-000-1167' },
  { local: 'analyst', name: '최발굴 (데모)', role: 'ANALYST', agency: 'ministry', phone: '044-000-1001' },
  { local: 'admin', name: '정관리 (데모)', role: 'ADMIN', agency: 'ministry', phone: '044-000-1002' },
  // Another 시군구's 읍면동, to take applications for households registered elsewhere (전국 단위 신청).
  {
    local: 'hongcheon',
    name: '한홍천 (데모)',
    role: 'CASE_WORKER',
    agency: 'hongcheon-eup',
    phone: '033-000-1725',
  },
];

// Where demo households live: most in the worker's 동, the rest across 종로구 and rural 홍천군.
const HOUSEHOLD_REGIONS: { codes: string[]; count: number }[] = [
  { codes: ['1111051500'], count: 120 },
  { codes: ['1111053000', '1111054000', '1111055000', '1111056000', '1111067000', '1111065000'], count: 120 },
  { codes: ['5172025000', '5172031000', '5172032000', '5172033000'], count: 60 },
];

/**
 * Demo accounts and synthetic households; with `activity`, also the working loop (a feed, a round,
 * cases and referrals in every state: seed/demo-activity.ts). The app seeds with it; API tests seed
 * without it, so each test file starts from the same quiet district.
 */
export async function seedDemo(
  db: DataSource,
  keys: DataKeys,
  { activity = false }: { activity?: boolean } = {},
): Promise<boolean> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM users`);
  if (n > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created = await db.transaction(async (tx) => {
    // Serialises two processes starting on the same empty database.
    await tx.query(`SELECT pg_advisory_xact_lock(7270002)`);
    const [{ n: again }] = await tx.query(`SELECT count(*)::int AS n FROM users`);
    if (again > 0) return false;
    const agencyRows: { id: string; name: string }[] = await tx.query(
      `INSERT INTO agencies (name, kind, sector, region_code, synthetic, phone, address)
       SELECT name, kind, sector, region, true, phone, address
       FROM unnest($1::text[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::text[]) AS a(name, kind, sector, region, phone, address)
       RETURNING id, name`,
      [
        AGENCIES.map((a) => a.name),
        AGENCIES.map((a) => a.kind),
        AGENCIES.map((a) => sectorOf(a.kind)),
        AGENCIES.map((a) => a.region),
        AGENCIES.map((a) => a.phone),
        AGENCIES.map((a) => a.address),
      ],
    );
    const idOf = (key: string) =>
      agencyRows.find((r) => r.name === AGENCIES.find((a) => a.key === key)!.name)!.id;
    await tx.query(
      `INSERT INTO users (email, name, password_hash, role, agency_id, phone)
       SELECT email, name, $5, role, agency, phone
       FROM unnest($1::text[], $2::text[], $3::varchar[], $4::uuid[], $6::varchar[]) AS u(email, name, role, agency, phone)`,
      [
        USERS.map((u) => `${u.local}@${DEMO_DOMAIN}`),
        USERS.map((u) => u.name),
        USERS.map((u) => u.role),
        USERS.map((u) => idOf(u.agency)),
        passwordHash,
        USERS.map((u) => u.phone),
      ],
    );
    return true;
  });
  if (!created) return false;
  for (const [i, group] of HOUSEHOLD_REGIONS.entries()) {
    const regions = await db.query(`SELECT code, name FROM regions WHERE code = ANY($1)`, [group.codes]);
    await addSyntheticHouseholds(db, keys, regions, group.count, { seed: 2026 + i });
  }
  if (activity)
    await seedDemoActivity(
      { dataSource: db, keys, sessionIdleMinutes: 30, secureCookies: false },
      DEMO_DOMAIN,
    );
  return true;
}

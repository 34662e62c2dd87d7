import type { DataSource } from 'typeorm';
import { currentRssMb, sampleRss } from './screening-bench';

// HSDS export bench: N published resources (synthetic, Korean names, over every 읍면동) generated in
// SQL, then the streamed datapackage and pages of JSON over HTTP, with the server's memory growth.

const KINDS = [
  '밑반찬 배달',
  '이동 목욕',
  '방문 간호',
  '무료 급식',
  '긴급 생계비',
  '월동 난방비',
  '학습 지도',
  '법률 상담',
  '일자리 상담',
  '주거 환경 개선',
];
const DOMAINS = [
  'DAILY_LIVING',
  'HEALTH',
  'HEALTH',
  'DAILY_LIVING',
  'ECONOMY',
  'ECONOMY',
  'EDUCATION',
  'RIGHTS_PROTECTION',
  'EMPLOYMENT',
  'LIVING_ENVIRONMENT',
];

export async function seedPublishedResources(db: DataSource, n: number): Promise<void> {
  await db.query(
    `INSERT INTO resources (agency_id, name, description, needs_domains, service_area_codes, address, region_code,
       eligibility, fee, how_to_apply, phone, capacity_total, capacity_available, hours, status, synthetic)
     SELECT ag.ids[1 + i % cardinality(ag.ids)], e.name || ' ' || ($1::text[])[1 + i % 10] || ' ' || i,
       e.name || ' 주민을 위한 ' || ($1::text[])[1 + i % 10] || ' 서비스입니다. 신청하시면 담당자가 연락드립니다.',
       ARRAY[($2::text[])[1 + i % 10]]::varchar[], ARRAY[e.parent_code]::varchar[], e.full_name || ' 가상길 ' || (i % 200),
       e.code, '해당 지역 주민', CASE WHEN i % 3 = 0 THEN '1회 3,000원' ELSE '무료' END, '전화로 신청',
       '02-0000-' || lpad((i % 10000)::text, 4, '0'), CASE WHEN i % 2 = 0 THEN 30 END, CASE WHEN i % 2 = 0 THEN 12 END,
       '[{"weekday": "MON", "opens": "09:00", "closes": "18:00"}, {"weekday": "WED", "opens": "09:00", "closes": "18:00"}]',
       'PUBLISHED', true
     FROM generate_series(0, $3 - 1) i
     CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM agencies) ag
     CROSS JOIN (SELECT count(*) AS n FROM regions WHERE level = 'EUPMYEONDONG' AND retired_on IS NULL) c
     JOIN (SELECT code, name, full_name, parent_code, row_number() OVER (ORDER BY code) - 1 AS k
           FROM regions WHERE level = 'EUPMYEONDONG' AND retired_on IS NULL) e ON e.k = i % c.n`,
    [KINDS, DOMAINS, n],
  );
  // As autovacuum would by the time anyone exports: the visibility map lets counts and deep pages
  // read the published index alone.
  await db.query('VACUUM ANALYZE resources');
}

export interface HsdsExportFigures {
  zipServicesPerS: number;
  zipSeconds: number;
  zipMb: number;
  jsonServicesPerS: number;
  restRssMb: number | null;
  rssGrowthMb: number | null;
}

/** The whole zip once, then `pages` pages of 200 spread over the whole list, sampling the server's RSS. */
export async function measureHsdsExport(
  base: string,
  pid: number,
  services: number,
  pages = 50,
): Promise<HsdsExportFigures> {
  const rest = currentRssMb(pid);
  const sampler = sampleRss(pid);
  let t = performance.now();
  const res = await fetch(`${base}/hsds/export.zip`);
  if (res.status !== 200 || !res.body) throw new Error(`export.zip answered ${res.status}`);
  let bytes = 0;
  for await (const chunk of res.body) bytes += (chunk as Uint8Array).byteLength;
  const zipMs = performance.now() - t;

  const perPage = 200;
  const last = Math.max(1, Math.ceil(services / perPage));
  let served = 0;
  t = performance.now();
  for (let k = 0; k < pages; k++) {
    const page = 1 + Math.floor((k * (last - 1)) / Math.max(1, pages - 1));
    const r = await fetch(`${base}/hsds/services?per_page=${perPage}&page=${page}`);
    if (r.status !== 200) throw new Error(`/hsds/services answered ${r.status}`);
    served += ((await r.json()) as { contents: unknown[] }).contents.length;
  }
  const jsonMs = performance.now() - t;
  const peak = sampler.stop();
  return {
    zipServicesPerS: Math.round(services / (zipMs / 1000)),
    zipSeconds: Math.round(zipMs / 100) / 10,
    zipMb: Math.round(bytes / 1048576),
    jsonServicesPerS: Math.round(served / (jsonMs / 1000)),
    restRssMb: rest,
    rssGrowthMb: rest !== null && peak !== null ? peak - rest : null,
  };
}

// Issue 9's directory search bench: words (two syllables of a kind, as residents type them) + a 시군구
// + a needs domain, over the published resources the step above seeded.
const SEARCH_WORDS = ['반찬', '목욕', '간호', '급식', '생계', '난방', '학습', '법률', '일자리', '주거'];
const SEARCH_DISTRICTS = ['1111000000', '1168000000', '2635000000', '4111100000', '5172000000'];

export const DIRECTORY_SEARCH = `query Directory($filter: ResourceFilter, $first: Int) {
  resources(filter: $filter, first: $first) { totalCount edges { node { id name agency { name } capacityAvailable } } } }`;

export function directorySearchFilter(i: number): Record<string, unknown> {
  const k = i % SEARCH_WORDS.length;
  return {
    search: SEARCH_WORDS[k],
    regionCode: SEARCH_DISTRICTS[i % SEARCH_DISTRICTS.length],
    needsDomain: DOMAINS[k],
  };
}

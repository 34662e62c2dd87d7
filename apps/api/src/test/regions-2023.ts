// Rows stored on 2023-07-03 region codes, as a database had them before the 2026-07-01 list, one per
// kind of change (libs/db/data/regions/crosswalk-20230703-to-20260701.csv).
export const HOUSEHOLDS_2023 = {
  jeonjuMoved: { region: '4511151000', sigungu: '4511100000' }, // 전주 완산구 중앙동 → 5211151000 (1:1)
  gwangjuMerged: { region: '2917052000', sigungu: '2917000000' }, // 광주 북구 중흥2동 → 1230053500 (merge)
  hwaseongMoved: { region: '4159058500', sigungu: '4159000000' }, // 화성 동탄1동 → 동탄구 4159751000
  incheonMoved: { region: '2826053000', sigungu: '2826000000' }, // 인천 서구 연희동 → 서해구 2827553000
  unseoSplit: { region: '2811062800', sigungu: '2811000000' }, // 인천 중구 운서동 → 운서1동 / 운서2동 (1:n)
  bucheonCandidates: { region: '4119060300', sigungu: '4119000000' }, // 부천 심곡동 (1:n candidate)
  noksanPartMoved: { region: '2644056000', sigungu: '2644000000' }, // 녹산동, part of it now 신호동
} as const;
export type Household2023 = keyof typeof HOUSEHOLDS_2023;

export const AGENCIES_2023 = {
  gwangjuBukgu: '2917000000', // 광주 북구청 → 1230000000 (1:1)
  incheonJunggu: '2811000000', // 인천 중구청 → 제물포구 / 영종구 (1:n)
  hwaseongBranch: '4159200000', // 화성시동부출장소, abolished
} as const;
export type Agency2023 = keyof typeof AGENCIES_2023;

export interface Rows2023 {
  households: Record<Household2023, string>;
  agencies: Record<Agency2023, string>;
  ruleSets: { gwangjuBukgu: string; incheonJunggu: string };
  candidateId: string;
}

// Inserts the rows by SQL, as if stored before the change; the national rule set must exist.
export async function insertRows2023(db: {
  query: (sql: string, params?: unknown[]) => Promise<any>;
}): Promise<Rows2023> {
  const households = {} as Record<Household2023, string>;
  for (const [key, h] of Object.entries(HOUSEHOLDS_2023)) {
    const [{ id }] = await db.query(
      `INSERT INTO households (region_code, sigungu_code, address, synthetic) VALUES ($1, $2, $3, true) RETURNING id`,
      [h.region, h.sigungu, `${key} 1`],
    );
    households[key as Household2023] = id;
  }
  const agencies = {} as Record<Agency2023, string>;
  for (const [key, region] of Object.entries(AGENCIES_2023)) {
    const [{ id }] = await db.query(
      `INSERT INTO agencies (name, kind, sector, region_code, synthetic) VALUES ($1, 'SIGUNGU_OFFICE', 'PUBLIC', $2, true) RETURNING id`,
      [`${key} (test)`, region],
    );
    agencies[key as Agency2023] = id;
  }
  const [national] = await db.query(
    `SELECT id, document FROM screening_rule_sets WHERE region_code IS NULL ORDER BY version DESC LIMIT 1`,
  );
  const ruleSet = async (region: string): Promise<string> =>
    (
      await db.query(
        `INSERT INTO screening_rule_sets (region_code, version, document) VALUES ($1, 1, $2) RETURNING id`,
        [region, national.document],
      )
    )[0].id;
  const ruleSets = { gwangjuBukgu: await ruleSet('2917000000'), incheonJunggu: await ruleSet('2811000000') };
  // A sent round that ranked the 전주 household on its 2023 codes.
  const [round] = await db.query(
    `INSERT INTO screening_rounds (as_of, status, national_rule_set_id, finished_at) VALUES ('2025-06-01', 'DONE', $1, now()) RETURNING id`,
    [national.id],
  );
  const [candidate] = await db.query(
    `INSERT INTO screening_candidates (round_id, household_id, sigungu_code, region_code, rank, score, picked_by, rule_set_id, indicators, rules)
     VALUES ($1, $2, $3, $4, 1, 10, 'NATIONAL', $5, '[]', '[]') RETURNING id`,
    [
      round.id,
      households.jeonjuMoved,
      HOUSEHOLDS_2023.jeonjuMoved.sigungu,
      HOUSEHOLDS_2023.jeonjuMoved.region,
      national.id,
    ],
  );
  return { households, agencies, ruleSets, candidateId: candidate.id };
}

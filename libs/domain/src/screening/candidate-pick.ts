// 발굴 대상자 (Candidate) selection for a 발굴 차수: each 시군구 gets the national quota (중앙 발굴)
// plus the extra quota in its own rule document (지자체 자체 발굴), filled by rank within the 시군구.

export interface Scored {
  householdId: string;
  sigunguCode: string;
  score: number;
}

export interface Pick extends Scored {
  /** 1 = highest score in the 시군구. */
  rank: number;
  pickedBy: 'NATIONAL' | 'LOCAL';
}

function requireQuota(quota: number, name: string): void {
  if (!Number.isInteger(quota) || quota < 0) throw new RangeError(`${name} must be a non-negative integer`);
}

/**
 * Ranks eligible households within each 시군구 by score desc, then householdId asc (code-unit order,
 * COLLATE "C" in SQL), and keeps rank <= nationalQuota + that 시군구's local quota (default 0).
 * Ranks up to nationalQuota are NATIONAL picks, the rest LOCAL. Result: by sigunguCode, then rank.
 */
export function pickCandidates(
  eligible: Scored[],
  nationalQuota: number,
  localQuotaBySigungu: ReadonlyMap<string, number>,
): Pick[] {
  requireQuota(nationalQuota, 'nationalQuota');
  for (const [sigungu, quota] of localQuotaBySigungu) requireQuota(quota, `local quota of ${sigungu}`);

  const bySigungu = new Map<string, Scored[]>();
  for (const s of eligible) {
    const list = bySigungu.get(s.sigunguCode);
    if (list === undefined) bySigungu.set(s.sigunguCode, [s]);
    else list.push(s);
  }

  const picks: Pick[] = [];
  for (const sigungu of [...bySigungu.keys()].sort(byCodeUnit)) {
    const ranked = [...bySigungu.get(sigungu)!].sort((a, b) =>
      a.score !== b.score ? b.score - a.score : byCodeUnit(a.householdId, b.householdId),
    );
    const limit = Math.min(ranked.length, nationalQuota + (localQuotaBySigungu.get(sigungu) ?? 0));
    for (let i = 0; i < limit; i++) {
      const { householdId, sigunguCode, score } = ranked[i];
      const rank = i + 1;
      picks.push({
        householdId,
        sigunguCode,
        score,
        rank,
        pickedBy: rank <= nationalQuota ? 'NATIONAL' : 'LOCAL',
      });
    }
  }
  return picks;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// 찾아가는 복지 상담 (OutreachVisit) outcomes and the 발굴 적중률 (hit rate): the share of visits
// that found a real need, which analysts use to tune the screening rules.

export const OUTREACH_OUTCOMES = [
  'NEEDS_SUPPORT',
  'REFERRED',
  'NO_NEED',
  'UNREACHABLE',
  'ALREADY_SUPPORTED',
] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

export const OUTREACH_OUTCOME_LABELS: Record<OutreachOutcome, { ko: string; en: string }> = {
  NEEDS_SUPPORT: { ko: '지원 필요(지원 연계)', en: 'Needs support (linked to support)' },
  REFERRED: { ko: '서비스 의뢰', en: 'Referred to a service' },
  NO_NEED: { ko: '지원 불필요', en: 'No support needed' },
  UNREACHABLE: { ko: '연락·만남 불가', en: 'Could not be reached or met' },
  ALREADY_SUPPORTED: { ko: '기존 수급·지원 중', en: 'Already receiving benefits or support' },
};

export function isOutreachOutcome(value: string): value is OutreachOutcome {
  return (OUTREACH_OUTCOMES as readonly string[]).includes(value);
}

/**
 * A hit is a visit that found a real need. ALREADY_SUPPORTED is not one: the household was
 * already known, so screening it found nobody new. UNREACHABLE counts as a visit without a hit.
 */
export function isHit(outcome: OutreachOutcome): boolean {
  return outcome === 'NEEDS_SUPPORT' || outcome === 'REFERRED';
}

/** hits / visits rounded to 4 decimals; null when there were no visits (no rate, not 0). */
export function hitRate(visits: number, hits: number): number | null {
  if (!Number.isInteger(visits) || visits < 0) throw new RangeError('visits must be a non-negative integer');
  if (!Number.isInteger(hits) || hits < 0 || hits > visits)
    throw new RangeError('hits must be an integer from 0 to visits');
  if (visits === 0) return null;
  return Math.round((hits / visits) * 10_000) / 10_000;
}

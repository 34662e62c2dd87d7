// Why a household became a 발굴 대상자, in Korean words for the case worker who visits: every
// point of the score is traced to a signal or a household rule (docs/style.md §5, explainable score).
import type { HouseholdScore } from './risk-score';
import type { ScreeningRuleDocument } from './rule-document';

export interface Reason {
  /** Kind code for an indicator, rule code for a household rule. */
  code: string;
  label: string;
  points: number;
}

/**
 * One reason per indicator contribution, in score order, e.g.
 * '단전: 2026-10-01 관측, 값 1 × 가중치 30 × 감쇠 0.79 = 23.7점', then one per applied household
 * rule, e.g. '1인 가구: +10점'. perUnit kinds show their units as months in arrears ('3개월 ×'),
 * the only per-unit feeds today. When the value is not what was multiplied (a capped or
 * non-per-unit value, e.g. a 전세 deposit), it follows in brackets so the equation stays true.
 */
export function explainScore(
  s: HouseholdScore,
  kindNames: ReadonlyMap<string, string>,
  rules: ScreeningRuleDocument,
): Reason[] {
  const reasons: Reason[] = s.indicators.map((c) => {
    const perUnit = rules.indicators[c.kind]?.perUnit === true;
    const base = perUnit ? `${formatNumber(c.units, 4)}개월` : c.value === 1 ? '값 1' : '1건';
    const factor = c.value === c.units ? base : `${base}(값 ${formatNumber(c.value, 4)})`;
    const name = kindNames.get(c.kind) ?? c.kind;
    return {
      code: c.kind,
      label:
        `${name}: ${c.observedOn} 관측, ${factor} × 가중치 ${formatNumber(c.weight, 4)}` +
        ` × 감쇠 ${formatNumber(c.fade, 2)} = ${formatNumber(c.points, 1)}점`,
      points: c.points,
    };
  });
  for (const r of s.rules) {
    const sign = r.points < 0 ? '-' : '+';
    reasons.push({
      code: r.code,
      label: `${r.label}: ${sign}${formatNumber(Math.abs(r.points), 1)}점`,
      points: r.points,
    });
  }
  return reasons;
}

/** Rounded to `decimals`, thousands separated, no trailing zeros: 45000000 → '45,000,000', 23.70 → '23.7'. */
export function formatNumber(n: number, decimals: number): string {
  const f = 10 ** decimals;
  const rounded = Math.round(n * f) / f;
  const [int, frac] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = frac === undefined ? '' : frac.replace(/0+$/, '');
  return `${rounded < 0 ? '-' : ''}${grouped}${trimmed === '' ? '' : '.' + trimmed}`;
}

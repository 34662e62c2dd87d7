import { describe, expect, it } from 'vitest';
import { CRISIS_INDICATOR_KIND_NAMES_KO } from '../indicators/crisis-indicator-kinds';
import { explainScore, formatNumber } from './explanation';
import { scoreHousehold, type HouseholdScore, type IndicatorContribution } from './risk-score';
import { DEFAULT_NATIONAL_RULES } from './rule-document';

const NAMES = CRISIS_INDICATOR_KIND_NAMES_KO;
const RULES = DEFAULT_NATIONAL_RULES;
const contribution = (c: Partial<IndicatorContribution>): IndicatorContribution => ({
  kind: 'POWER_CUT',
  personId: 'P1',
  observedOn: '2026-10-01',
  value: 1,
  weight: 30,
  units: 1,
  fade: 0.7893,
  points: 23.6779,
  ...c,
});
const only = (c: Partial<IndicatorContribution>): HouseholdScore => ({
  score: 0,
  indicators: [contribution(c)],
  rules: [],
  eligible: false,
});

describe('explainScore', () => {
  it.each([
    {
      name: 'a power cut reads value, weight and fade',
      c: {},
      label: '단전: 2026-10-01 관측, 값 1 × 가중치 30 × 감쇠 0.79 = 23.7점',
    },
    {
      name: 'per-unit arrears read as months',
      c: { kind: 'HEALTH_INSURANCE_PREMIUM_ARREARS', value: 3, units: 3, weight: 5, fade: 1, points: 15 },
      label: '건보료체납: 2026-10-01 관측, 3개월 × 가중치 5 × 감쇠 1 = 15점',
    },
    {
      name: 'capped arrears show the months counted and the value',
      c: { kind: 'HEALTH_INSURANCE_PREMIUM_ARREARS', value: 8, units: 6, weight: 5, fade: 0.5, points: 15 },
      label: '건보료체납: 2026-10-01 관측, 6개월(값 8) × 가중치 5 × 감쇠 0.5 = 15점',
    },
    {
      name: 'a 전세 deposit shows as a value beside the single count',
      c: { kind: 'JEONSE_VULNERABLE_HOUSEHOLD', value: 45_000_000, weight: 15, fade: 1, points: 15 },
      label: '전세취약가구: 2026-10-01 관측, 1건(값 45,000,000) × 가중치 15 × 감쇠 1 = 15점',
    },
    {
      name: 'a kind without a Korean name falls back to its code',
      c: { kind: 'NEW_KIND' },
      label: 'NEW_KIND: 2026-10-01 관측, 값 1 × 가중치 30 × 감쇠 0.79 = 23.7점',
    },
  ])('$name', ({ c, label }) => {
    const [reason] = explainScore(only(c), NAMES, RULES);
    expect(reason.label).toBe(label);
    expect(reason.code).toBe(contribution(c).kind);
  });

  it('gives indicator reasons in score order, then the applied rules', () => {
    const score = scoreHousehold(
      { householdId: 'H1', regionName: '봉동읍', members: [{ personId: 'P1', birthDate: '1950-03-01' }] },
      [
        { personId: 'P1', kind: 'HEALTH_INSURANCE_PREMIUM_ARREARS', observedOn: '2026-11-23', value: 3 },
        { personId: 'P1', kind: 'POWER_CUT', observedOn: '2026-11-23', value: 1 },
      ],
      RULES,
      '2026-11-23',
    );
    expect(explainScore(score, NAMES, RULES)).toEqual([
      { code: 'POWER_CUT', label: '단전: 2026-11-23 관측, 값 1 × 가중치 30 × 감쇠 1 = 30점', points: 30 },
      {
        code: 'HEALTH_INSURANCE_PREMIUM_ARREARS',
        label: '건보료체납: 2026-11-23 관측, 3개월 × 가중치 5 × 감쇠 1 = 15점',
        points: 15,
      },
      { code: 'RURAL_ELDERLY_ONLY', label: '농어촌(읍·면) 65세 이상 노인만 사는 가구: +20점', points: 20 },
      { code: 'LIVING_ALONE', label: '1인 가구: +10점', points: 10 },
    ]);
  });

  it('a household with no signals and no rules has no reasons', () => {
    expect(explainScore({ score: 0, indicators: [], rules: [], eligible: false }, NAMES, RULES)).toEqual([]);
  });

  it('a negative rule reads with a minus sign', () => {
    const s: HouseholdScore = {
      score: -5,
      indicators: [],
      rules: [{ code: 'ALREADY_KNOWN', label: '기존 사례관리 가구', points: -5.25 }],
      eligible: false,
    };
    expect(explainScore(s, NAMES, RULES)).toEqual([
      { code: 'ALREADY_KNOWN', label: '기존 사례관리 가구: -5.3점', points: -5.25 },
    ]);
  });
});

describe('formatNumber', () => {
  it.each([
    { name: 'an integer has no decimals', n: 30, d: 1, text: '30' },
    { name: 'a trailing zero is dropped', n: 23.70001, d: 1, text: '23.7' },
    { name: 'thousands are separated', n: 45_000_000, d: 4, text: '45,000,000' },
    { name: 'a negative number keeps its sign', n: -1234.56, d: 1, text: '-1,234.6' },
    { name: 'a number rounding to zero is 0, not -0', n: -0.01, d: 1, text: '0' },
  ])('$name', ({ n, d, text }) => {
    expect(formatNumber(n, d)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ageOn,
  daysBetween,
  fadeFactor,
  scoreHousehold,
  type ScoringHousehold,
  type ScoringSignal,
} from './risk-score';
import { DEFAULT_NATIONAL_RULES, type HouseholdRule, type ScreeningRuleDocument } from './rule-document';

const AS_OF = '2026-11-23';
// Test-only helper; the domain code never touches Date.
const daysAgo = (n: number) => new Date(Date.UTC(2026, 10, 23) - n * 86_400_000).toISOString().slice(0, 10);

describe('ageOn', () => {
  it.each([
    { name: 'a person is exactly 65 on their 65th birthday', birthDate: '1961-11-23', asOf: AS_OF, age: 65 },
    {
      name: 'a person is still 64 the day before their 65th birthday',
      birthDate: '1961-11-24',
      asOf: AS_OF,
      age: 64,
    },
    { name: 'a newborn is 0 on the day of birth', birthDate: AS_OF, asOf: AS_OF, age: 0 },
    {
      name: 'a person is 0 the day before their first birthday',
      birthDate: '2025-11-24',
      asOf: AS_OF,
      age: 0,
    },
    {
      name: 'a 29 February birth is still 24 on 28 February of a common year',
      birthDate: '2000-02-29',
      asOf: '2025-02-28',
      age: 24,
    },
    {
      name: 'a 29 February birth turns 25 on 1 March of a common year',
      birthDate: '2000-02-29',
      asOf: '2025-03-01',
      age: 25,
    },
    {
      name: 'a 29 February birth turns 28 on 29 February of a leap year',
      birthDate: '2000-02-29',
      asOf: '2028-02-29',
      age: 28,
    },
    {
      name: 'a December birth is younger in January of the next year',
      birthDate: '1990-12-31',
      asOf: '2026-01-01',
      age: 35,
    },
  ])('$name', ({ birthDate, asOf, age }) => {
    expect(ageOn(birthDate, asOf)).toBe(age);
  });

  it('a malformed date is a programmer error', () => {
    expect(() => ageOn('1961-13-01', AS_OF)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    { name: 'the same day is 0 days', from: AS_OF, to: AS_OF, days: 0 },
    { name: 'the next day is 1 day', from: '2026-11-22', to: AS_OF, days: 1 },
    { name: 'an earlier to is negative', from: AS_OF, to: '2026-11-22', days: -1 },
    { name: 'a common year has 365 days', from: '2026-01-01', to: '2027-01-01', days: 365 },
    { name: 'a leap year has 366 days', from: '2028-01-01', to: '2029-01-01', days: 366 },
    { name: '29 February counts in a leap year', from: '2028-02-28', to: '2028-03-01', days: 2 },
    {
      name: 'a month end crossing a daylight-saving change elsewhere is still whole days',
      from: '2026-03-28',
      to: '2026-03-30',
      days: 2,
    },
    { name: 'the Unix epoch is 1970-01-01', from: '1970-01-01', to: '1970-03-01', days: 59 },
    {
      name: 'years before 100 are not shifted into the 1900s',
      from: '0099-12-31',
      to: '0100-01-01',
      days: 1,
    },
  ])('$name', ({ from, to, days }) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('fadeFactor', () => {
  it.each([
    { name: 'a signal of today does not fade', ageDays: 0, half: 180, fade: 1 },
    { name: 'a signal one half-life old counts half', ageDays: 180, half: 180, fade: 0.5 },
    { name: 'a signal two half-lives old counts a quarter', ageDays: 360, half: 180, fade: 0.25 },
    { name: 'a signal half a half-life old counts 1/√2', ageDays: 90, half: 180, fade: Math.SQRT1_2 },
    { name: 'a one-day half-life halves every day', ageDays: 3, half: 1, fade: 0.125 },
  ])('$name', ({ ageDays, half, fade }) => {
    expect(fadeFactor(ageDays, half)).toBeCloseTo(fade, 15);
  });
});

const RULES: ScreeningRuleDocument = {
  schemaVersion: 1,
  lookbackDays: 365,
  halfLifeDays: 180,
  minScore: 30,
  quota: 10,
  indicators: {
    POWER_CUT: { weight: 30 },
    GAS_CUT: { weight: 30 },
    WATER_CUT: { weight: 30 },
    HEALTH_INSURANCE_PREMIUM_ARREARS: { weight: 5, perUnit: true, maxUnits: 6 },
    RENT_ARREARS: { weight: 4, perUnit: true },
    JEONSE_VULNERABLE_HOUSEHOLD: { weight: 15 },
    RESIDENT_REGISTRATION_HOUSEHOLD_MEMBERS: { weight: 0 },
  },
  householdRules: DEFAULT_NATIONAL_RULES.householdRules,
};

const CITY: ScoringHousehold = {
  householdId: 'H1',
  regionName: '역삼1동',
  members: [
    { personId: 'P1', birthDate: '1980-05-05' },
    { personId: 'P2', birthDate: '2010-01-01' },
  ],
};
const sig = (kind: string, ago: number, value = 1, personId = 'P1'): ScoringSignal => ({
  personId,
  kind,
  observedOn: daysAgo(ago),
  value,
});

describe('scoreHousehold: one signal', () => {
  it.each<{
    name: string;
    signals: ScoringSignal[];
    rules?: ScreeningRuleDocument;
    expected: { units: number; fade: number; points: number } | null;
    score: number;
    eligible: boolean;
  }>([
    {
      name: 'a power cut on the as-of day scores its full weight, exactly minScore, and is eligible',
      signals: [sig('POWER_CUT', 0)],
      expected: { units: 1, fade: 1, points: 30 },
      score: 30,
      eligible: true,
    },
    {
      name: 'a power cut one half-life ago scores half and is not eligible',
      signals: [sig('POWER_CUT', 180)],
      expected: { units: 1, fade: 0.5, points: 15 },
      score: 15,
      eligible: false,
    },
    {
      name: 'a power cut two half-lives ago scores a quarter',
      signals: [sig('POWER_CUT', 360)],
      expected: { units: 1, fade: 0.25, points: 7.5 },
      score: 7.5,
      eligible: false,
    },
    {
      name: 'a signal observed lookbackDays - 1 ago still counts',
      signals: [sig('POWER_CUT', 364)],
      expected: { units: 1, fade: 0.2462, points: 7.3854 },
      score: 7.39,
      eligible: false,
    },
    {
      name: 'a signal observed exactly lookbackDays ago does not count',
      signals: [sig('POWER_CUT', 365)],
      expected: null,
      score: 0,
      eligible: false,
    },
    {
      name: 'a signal observed after the as-of day does not count',
      signals: [sig('POWER_CUT', -1)],
      expected: null,
      score: 0,
      eligible: false,
    },
    {
      name: 'a signal of someone outside the household does not count',
      signals: [sig('POWER_CUT', 0, 1, 'P9')],
      expected: null,
      score: 0,
      eligible: false,
    },
    {
      name: 'a signal of a kind without a rule does not count',
      signals: [sig('CRIME_VICTIM', 0)],
      expected: null,
      score: 0,
      eligible: false,
    },
    {
      name: 'a non-per-unit signal counts once whatever its value',
      signals: [sig('POWER_CUT', 0, 5)],
      expected: { units: 1, fade: 1, points: 30 },
      score: 30,
      eligible: true,
    },
    {
      name: 'per-unit arrears multiply the weight by the months',
      signals: [sig('HEALTH_INSURANCE_PREMIUM_ARREARS', 0, 3)],
      expected: { units: 3, fade: 1, points: 15 },
      score: 15,
      eligible: false,
    },
    {
      name: 'per-unit arrears exactly at the cap count the cap',
      signals: [sig('HEALTH_INSURANCE_PREMIUM_ARREARS', 0, 6)],
      expected: { units: 6, fade: 1, points: 30 },
      score: 30,
      eligible: true,
    },
    {
      name: 'per-unit arrears over the cap are capped',
      signals: [sig('HEALTH_INSURANCE_PREMIUM_ARREARS', 0, 8)],
      expected: { units: 6, fade: 1, points: 30 },
      score: 30,
      eligible: true,
    },
    {
      name: 'per-unit arrears without a cap are not capped',
      signals: [sig('RENT_ARREARS', 0, 10)],
      expected: { units: 10, fade: 1, points: 40 },
      score: 40,
      eligible: true,
    },
    {
      name: 'a fractional unit count is kept',
      signals: [sig('RENT_ARREARS', 0, 2.5)],
      expected: { units: 2.5, fade: 1, points: 10 },
      score: 10,
      eligible: false,
    },
    {
      name: 'a negative per-unit value is clamped to 0 units',
      signals: [sig('RENT_ARREARS', 0, -3)],
      expected: { units: 0, fade: 1, points: 0 },
      score: 0,
      eligible: false,
    },
    {
      name: 'a weight-0 kind is counted with 0 points and never makes a household eligible',
      signals: [sig('RESIDENT_REGISTRATION_HOUSEHOLD_MEMBERS', 0)],
      rules: { ...RULES, minScore: 0 },
      expected: { units: 1, fade: 1, points: 0 },
      score: 0,
      eligible: false,
    },
    {
      name: 'a score 0.01 under minScore is not eligible',
      signals: [sig('POWER_CUT', 0)],
      rules: { ...RULES, minScore: 30.01 },
      expected: { units: 1, fade: 1, points: 30 },
      score: 30,
      eligible: false,
    },
    {
      name: 'a shorter look-back drops an older signal',
      signals: [sig('POWER_CUT', 30)],
      rules: { ...RULES, lookbackDays: 30 },
      expected: null,
      score: 0,
      eligible: false,
    },
  ])('$name', ({ signals, rules, expected, score, eligible }) => {
    const result = scoreHousehold(CITY, signals, rules ?? RULES, AS_OF);
    expect(result.indicators).toEqual(
      expected === null
        ? []
        : [{ ...signals[0], weight: (rules ?? RULES).indicators[signals[0].kind].weight, ...expected }],
    );
    expect(result.score).toBe(score);
    expect(result.eligible).toBe(eligible);
    expect(result.rules).toEqual([]);
  });
});

describe('scoreHousehold: one contribution per kind', () => {
  it.each<{
    name: string;
    signals: ScoringSignal[];
    kept: { personId: string; observedOn: string; value: number };
  }>([
    {
      name: 'the signal with the most points is kept',
      signals: [sig('POWER_CUT', 100), sig('POWER_CUT', 10)],
      kept: { personId: 'P1', observedOn: daysAgo(10), value: 1 },
    },
    {
      name: 'an older signal with more points beats a newer one',
      signals: [
        sig('HEALTH_INSURANCE_PREMIUM_ARREARS', 0, 2),
        sig('HEALTH_INSURANCE_PREMIUM_ARREARS', 180, 6),
      ],
      kept: { personId: 'P1', observedOn: daysAgo(180), value: 6 },
    },
    {
      name: 'on equal points the later observation is kept',
      signals: [
        sig('HEALTH_INSURANCE_PREMIUM_ARREARS', 180, 4),
        sig('HEALTH_INSURANCE_PREMIUM_ARREARS', 0, 2),
      ],
      kept: { personId: 'P1', observedOn: daysAgo(0), value: 2 },
    },
    {
      name: 'on equal points, day and value the smaller personId is kept',
      signals: [sig('POWER_CUT', 5, 1, 'P2'), sig('POWER_CUT', 5, 1, 'P1')],
      kept: { personId: 'P1', observedOn: daysAgo(5), value: 1 },
    },
    {
      name: 'on equal points and day the smaller value is kept',
      signals: [
        sig('JEONSE_VULNERABLE_HOUSEHOLD', 5, 60_000_000),
        sig('JEONSE_VULNERABLE_HOUSEHOLD', 5, 45_000_000),
      ],
      kept: { personId: 'P1', observedOn: daysAgo(5), value: 45_000_000 },
    },
    {
      name: 'on equal points and day the smaller value wins before the smaller personId',
      signals: [
        sig('JEONSE_VULNERABLE_HOUSEHOLD', 5, 45_000_000, 'P2'),
        sig('JEONSE_VULNERABLE_HOUSEHOLD', 5, 60_000_000, 'P1'),
      ],
      kept: { personId: 'P2', observedOn: daysAgo(5), value: 45_000_000 },
    },
  ])('$name', ({ signals, kept }) => {
    const forward = scoreHousehold(CITY, signals, RULES, AS_OF);
    const backward = scoreHousehold(CITY, [...signals].reverse(), RULES, AS_OF);
    expect(forward.indicators).toHaveLength(1);
    expect(forward.indicators[0]).toMatchObject(kept);
    expect(backward).toEqual(forward);
  });

  it('two members with the same crisis count it once for the household', () => {
    const result = scoreHousehold(
      CITY,
      [sig('POWER_CUT', 0, 1, 'P1'), sig('POWER_CUT', 0, 1, 'P2')],
      RULES,
      AS_OF,
    );
    expect(result.score).toBe(30);
  });

  it('contributions are sorted by points desc, then kind asc', () => {
    const result = scoreHousehold(
      CITY,
      [
        sig('RENT_ARREARS', 0, 2),
        sig('WATER_CUT', 0),
        sig('POWER_CUT', 0),
        sig('HEALTH_INSURANCE_PREMIUM_ARREARS', 0, 8),
        sig('GAS_CUT', 0),
      ],
      RULES,
      AS_OF,
    );
    expect(result.indicators.map((c) => [c.kind, c.points])).toEqual([
      ['GAS_CUT', 30],
      ['HEALTH_INSURANCE_PREMIUM_ARREARS', 30],
      ['POWER_CUT', 30],
      ['WATER_CUT', 30],
      ['RENT_ARREARS', 8],
    ]);
  });

  it('the score adds unrounded points and rounds only the total', () => {
    // 29.884697… + 12.090311… = 41.975008… → 41.98; the 4-decimal display values would give 41.97.
    const result = scoreHousehold(CITY, [sig('POWER_CUT', 1), sig('GAS_CUT', 236)], RULES, AS_OF);
    expect(result.indicators.map((c) => [c.points, c.fade])).toEqual([
      [29.8847, 0.9962],
      [12.0903, 0.403],
    ]);
    expect(result.score).toBe(41.98);
  });
});

const household = (regionName: string, birthDates: string[]): ScoringHousehold => ({
  householdId: 'H2',
  regionName,
  members: birthDates.map((birthDate, i) => ({ personId: `P${i + 1}`, birthDate })),
});
const AGED_65_TODAY = '1961-11-23';
const AGED_65_TOMORROW = '1961-11-24';

describe('scoreHousehold: household rules', () => {
  it.each<{
    name: string;
    household: ScoringHousehold;
    signals: ScoringSignal[];
    rules: string[];
    score: number;
    eligible: boolean;
  }>([
    {
      name: 'an elderly couple in a 읍 gets the rural-elderly points',
      household: household('봉동읍', ['1950-01-01', AGED_65_TODAY]),
      signals: [sig('POWER_CUT', 0)],
      rules: ['RURAL_ELDERLY_ONLY'],
      score: 50,
      eligible: true,
    },
    {
      name: 'an elderly couple in a 면 gets the rural-elderly points',
      household: household('상관면', ['1950-01-01', '1955-06-30']),
      signals: [sig('POWER_CUT', 0)],
      rules: ['RURAL_ELDERLY_ONLY'],
      score: 50,
      eligible: true,
    },
    {
      name: 'a region name with a trailing space is still read as a 읍',
      household: household('봉동읍 ', ['1950-01-01', '1955-06-30']),
      signals: [sig('POWER_CUT', 0)],
      rules: ['RURAL_ELDERLY_ONLY'],
      score: 50,
      eligible: true,
    },
    {
      name: 'an elderly couple in a 동 gets no rural points',
      household: household('역삼1동', ['1950-01-01', '1955-06-30']),
      signals: [sig('POWER_CUT', 0)],
      rules: [],
      score: 30,
      eligible: true,
    },
    {
      name: 'a member turning 65 tomorrow keeps a rural household out of the elderly rule',
      household: household('봉동읍', ['1950-01-01', AGED_65_TOMORROW]),
      signals: [sig('POWER_CUT', 0)],
      rules: [],
      score: 30,
      eligible: true,
    },
    {
      name: 'a person living alone gets the single-person points',
      household: household('역삼1동', ['1980-05-05']),
      signals: [sig('POWER_CUT', 180)],
      rules: ['LIVING_ALONE'],
      score: 25,
      eligible: false,
    },
    {
      name: 'a rural elderly person living alone gets both rules',
      household: household('봉동읍', [AGED_65_TODAY]),
      signals: [sig('POWER_CUT', 0)],
      rules: ['RURAL_ELDERLY_ONLY', 'LIVING_ALONE'],
      score: 60,
      eligible: true,
    },
    {
      name: 'a household with no signals is not eligible whatever its rules add',
      household: household('봉동읍', [AGED_65_TODAY]),
      signals: [],
      rules: ['RURAL_ELDERLY_ONLY', 'LIVING_ALONE'],
      score: 30,
      eligible: false,
    },
    {
      name: 'an empty household has no members aged 65 but counts as at most one member',
      household: household('봉동읍', []),
      signals: [sig('POWER_CUT', 0)],
      rules: ['LIVING_ALONE'],
      score: 10,
      eligible: false,
    },
    {
      name: 'three kinds with points make multiple crises',
      household: CITY,
      signals: [sig('POWER_CUT', 0), sig('GAS_CUT', 0), sig('RENT_ARREARS', 0, 1)],
      rules: ['MULTIPLE_CRISES'],
      score: 79,
      eligible: true,
    },
    {
      name: 'a weight-0 kind does not count towards multiple crises',
      household: CITY,
      signals: [sig('POWER_CUT', 0), sig('GAS_CUT', 0), sig('RESIDENT_REGISTRATION_HOUSEHOLD_MEMBERS', 0)],
      rules: [],
      score: 60,
      eligible: true,
    },
    {
      name: 'a 전세 deposit one won under the threshold gets the low-deposit points',
      household: CITY,
      signals: [sig('JEONSE_VULNERABLE_HOUSEHOLD', 0, 49_999_999)],
      rules: ['LOW_JEONSE_DEPOSIT'],
      score: 30,
      eligible: true,
    },
    {
      name: 'a 전세 deposit exactly at the threshold gets no low-deposit points',
      household: CITY,
      signals: [sig('JEONSE_VULNERABLE_HOUSEHOLD', 0, 50_000_000)],
      rules: [],
      score: 15,
      eligible: false,
    },
    {
      name: 'a low 전세 deposit outside the look-back does not count',
      household: CITY,
      signals: [sig('JEONSE_VULNERABLE_HOUSEHOLD', 365, 10_000_000)],
      rules: [],
      score: 0,
      eligible: false,
    },
  ])('$name', ({ household: h, signals, rules, score, eligible }) => {
    const result = scoreHousehold(h, signals, RULES, AS_OF);
    expect(result.rules.map((r) => r.code)).toEqual(rules);
    expect(result.score).toBe(score);
    expect(result.eligible).toBe(eligible);
  });

  const extra = (rule: HouseholdRule): ScreeningRuleDocument => ({ ...RULES, householdRules: [rule] });
  it.each<{ name: string; rule: HouseholdRule; h: ScoringHousehold; applies: boolean }>([
    {
      name: 'a member aged 17 is under 18',
      rule: {
        code: 'CHILD',
        label: '아동 가구',
        points: 5,
        when: [{ type: 'ANY_MEMBER_AGED_UNDER', age: 18 }],
      },
      h: household('역삼1동', ['1980-01-01', '2008-11-24']),
      applies: true,
    },
    {
      name: 'a member turning 18 on the as-of day is not under 18',
      rule: {
        code: 'CHILD',
        label: '아동 가구',
        points: 5,
        when: [{ type: 'ANY_MEMBER_AGED_UNDER', age: 18 }],
      },
      h: household('역삼1동', ['1980-01-01', '2008-11-23']),
      applies: false,
    },
    {
      name: 'an empty household has no member under 18',
      rule: {
        code: 'CHILD',
        label: '아동 가구',
        points: 5,
        when: [{ type: 'ANY_MEMBER_AGED_UNDER', age: 18 }],
      },
      h: household('역삼1동', []),
      applies: false,
    },
    {
      name: 'all conditions of a rule must hold',
      rule: {
        code: 'RURAL_SMALL',
        label: '농촌 소가구',
        points: 5,
        when: [{ type: 'RURAL' }, { type: 'MEMBER_COUNT_AT_MOST', count: 2 }],
      },
      h: household('역삼1동', ['1980-01-01']),
      applies: false,
    },
    {
      name: 'a household of exactly the member count applies',
      rule: {
        code: 'RURAL_SMALL',
        label: '농촌 소가구',
        points: 5,
        when: [{ type: 'RURAL' }, { type: 'MEMBER_COUNT_AT_MOST', count: 2 }],
      },
      h: household('봉동읍', ['1980-01-01', '1981-01-01']),
      applies: true,
    },
  ])('$name', ({ rule, h, applies }) => {
    expect(scoreHousehold(h, [], extra(rule), AS_OF).rules).toEqual(
      applies ? [{ code: rule.code, label: rule.label, points: rule.points }] : [],
    );
  });

  it('negative rule points can bring the score under minScore', () => {
    const rules = extra({
      code: 'ALREADY_KNOWN',
      label: '기존 사례관리 가구',
      points: -20,
      when: [{ type: 'MEMBER_COUNT_AT_MOST', count: 5 }],
    });
    const result = scoreHousehold(CITY, [sig('POWER_CUT', 0)], rules, AS_OF);
    expect(result).toMatchObject({
      score: 10,
      eligible: false,
      rules: [{ code: 'ALREADY_KNOWN', points: -20 }],
    });
  });

  it('the national default scores a rural elderly person with a recent power cut and arrears', () => {
    const h = household('봉동읍', ['1950-03-01']);
    const result = scoreHousehold(
      h,
      [sig('POWER_CUT', 0), sig('HEALTH_INSURANCE_PREMIUM_ARREARS', 0, 3), sig('WATER_CUT', 180)],
      DEFAULT_NATIONAL_RULES,
      AS_OF,
    );
    // 30 + 15 + 15 (half-faded) + 20 rural elderly + 10 alone + 15 multiple crises
    expect(result).toMatchObject({ score: 105, eligible: true });
    expect(result.rules.map((r) => r.code)).toEqual([
      'RURAL_ELDERLY_ONLY',
      'LIVING_ALONE',
      'MULTIPLE_CRISES',
    ]);
  });
});

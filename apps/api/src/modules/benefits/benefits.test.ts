import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';

const ESTIMATE = `query($input: BenefitEstimateInput!) {
  benefitEstimate(input: $input) {
    incomeRecognized medianIncome householdSize
    results {
      programme eligible monthlyAmount threshold incomeRecognized reasons
      trace { label formula value parameters { name effectiveFrom value unverified } }
    }
    errors { code message path ... on ParameterMissingError { parameter date } ... on ValidationError { rule } }
  }
}`;

const JONGNO_DONG = '1111051500'; // 서울 종로구 청운효자동
const HONGCHEON = '5172000000'; // 강원 홍천군

type Member = Record<string, unknown>;
const input = (overrides: Record<string, unknown> = {}, members: Member[] = [{}]) => ({
  asOf: '2026-03-01',
  regionCode: JONGNO_DONG,
  members: members.map((m, i) => ({
    birthDate: '1980-05-01',
    relationship: i === 0 ? 'HEAD' : 'CHILD',
    ...m,
  })),
  ...overrides,
});

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const estimate = async (i: Record<string, unknown>) => {
  const r = await app.gql(ESTIMATE, { input: i });
  expect(r.errors).toBeUndefined();
  return r.data.benefitEstimate;
};
const byProgramme = (e: any) => Object.fromEntries(e.results.map((r: any) => [r.programme, r]));

describe('benefitEstimate', () => {
  it('benefitEstimate works without sign-in and counts 기초연금 first for 생계급여', async () => {
    const e = await estimate(input({}, [{ birthDate: '1950-01-01' }]));
    expect(e.errors).toEqual([]);
    expect([e.householdSize, e.medianIncome, e.incomeRecognized]).toEqual([1, 2564238, 349700]);
    const r = byProgramme(e);
    expect(r.BASIC_PENSION.monthlyAmount).toBe(349700);
    expect(r.LIVELIHOOD).toMatchObject({ eligible: true, monthlyAmount: 470856, threshold: 820556 });
    expect(r.LIVELIHOOD.trace).toContainEqual(
      expect.objectContaining({
        label: '생계급여 선정기준액',
        formula: '기준 중위소득 2,564,238원 × 32% = 820,556원 (원 단위 반올림)',
        parameters: expect.arrayContaining([
          { name: 'median_income.size_1', effectiveFrom: '2026-01-01', value: '2564238', unverified: false },
        ]),
      }),
    );
  });

  it('benefitEstimate traces the 2026 youth deduction with its date', async () => {
    const e = await estimate(input({}, [{ birthDate: '1998-01-01', monthlyIncome: { earned: 1200000 } }]));
    const step = byProgramme(e).LIVELIHOOD.trace[0];
    expect(step.formula).toBe('(1,200,000원 − 청년공제 600,000원) × 70% = 420,000원');
    expect(step.parameters[0]).toMatchObject({
      name: 'income.youth_fixed_deduction',
      effectiveFrom: '2026-01-01',
    });
  });

  it.each([
    { income: 820556, eligible: true },
    { income: 820557, eligible: false },
  ])('benefitEstimate: 생계급여 at $income is eligible $eligible (이하)', async ({ income, eligible }) => {
    const e = await estimate(input({}, [{ monthlyIncome: { publicTransfer: income } }]));
    expect(byProgramme(e).LIVELIHOOD.eligible).toBe(eligible);
  });

  it('benefitEstimate uses the 기본재산액 of the region class', async () => {
    const i = (regionCode: string) => input({ regionCode, property: { general: 99000000 } });
    expect((await estimate(i(JONGNO_DONG))).incomeRecognized).toBe(0);
    expect((await estimate(i(HONGCHEON))).incomeRecognized).toBe(1918200);
  });

  it('benefitEstimate pays 아동수당 and 부모급여 for young children', async () => {
    const e = await estimate(input({}, [{}, { birthDate: '2025-10-01' }, { birthDate: '2020-01-01' }]));
    const r = byProgramme(e);
    expect([r.CHILD_ALLOWANCE.monthlyAmount, r.PARENT_BENEFIT.monthlyAmount]).toEqual([200000, 1000000]);
  });

  it.each([
    {
      what: 'a negative income',
      i: input({}, [{ monthlyIncome: { earned: -1 } }]),
      path: ['input', 'members', '0', 'monthlyIncome', 'earned'],
      rule: 'OUT_OF_RANGE',
    },
    {
      what: 'an absurd property',
      i: input({ property: { financial: 5_000_000_000_000 } }),
      path: ['input', 'property', 'financial'],
      rule: 'OUT_OF_RANGE',
    },
    {
      what: 'a birth date in the future',
      i: input({}, [{ birthDate: '2099-01-01' }]),
      path: ['input', 'members', '0', 'birthDate'],
      rule: 'DATE_IN_FUTURE',
    },
    { what: 'zero members', i: input({}, []), path: ['input', 'members'], rule: 'TOO_FEW' },
    {
      what: 'an unknown region',
      i: input({ regionCode: '9999999999' }),
      path: ['input', 'regionCode'],
      rule: 'NOT_ALLOWED_VALUE',
    },
    {
      what: 'a 시도 code',
      i: input({ regionCode: '1100000000' }),
      path: ['input', 'regionCode'],
      rule: 'NOT_ALLOWED_VALUE',
    },
  ])('benefitEstimate returns VALIDATION for $what', async ({ i, path, rule }) => {
    const e = await estimate(i);
    expect(e.results).toEqual([]);
    expect(e.errors).toContainEqual(expect.objectContaining({ code: 'VALIDATION', path, rule }));
  });

  it('benefitEstimate answers 장애인연금 for a 중증 member, with its unverified parameters', async () => {
    const e = await estimate(input({}, [{ disabled: true, disabilitySevere: true }]));
    const r = byProgramme(e).DISABILITY_PENSION;
    expect(r).toMatchObject({ eligible: true, monthlyAmount: 439700, threshold: 1400000 });
    expect(r.trace).toContainEqual(
      expect.objectContaining({
        label: '가구원 1 기초급여',
        parameters: [
          {
            name: 'disability_pension.basic_benefit',
            effectiveFrom: '2026-01-01',
            value: '349700',
            unverified: true,
          },
        ],
      }),
    );
    const mild = byProgramme(await estimate(input({}, [{ disabled: true }]))).DISABILITY_PENSION;
    expect([mild.eligible, mild.monthlyAmount]).toEqual([false, null]);
  });

  it.each([
    { crisisSituation: undefined, eligible: false, amount: null },
    { crisisSituation: true, eligible: true, amount: 783000 },
  ])(
    'benefitEstimate: 긴급복지 생계지원 with crisisSituation $crisisSituation is eligible $eligible',
    async ({ crisisSituation, eligible, amount }) => {
      const r = byProgramme(await estimate(input({ crisisSituation }))).EMERGENCY_LIVELIHOOD;
      expect([r.eligible, r.monthlyAmount]).toEqual([eligible, amount]);
      if (!eligible) expect(r.reasons.join(' ')).toContain('위기사유');
    },
  );

  it('benefitEstimate: 긴급복지 for 2 persons is eligible with no amount and a reason', async () => {
    const r = byProgramme(
      await estimate(input({ crisisSituation: true }, [{}, { birthDate: '2010-01-01' }])),
    ).EMERGENCY_LIVELIHOOD;
    expect([r.eligible, r.monthlyAmount]).toEqual([true, null]);
    expect(r.reasons.join(' ')).toContain('2인 가구의 생계지원 금액은 확인된 자료가 없어');
  });

  it.each([
    { regionCode: JONGNO_DONG, housing: { tenure: 'RENT', monthlyRent: 300000 }, amount: 300000 },
    {
      regionCode: JONGNO_DONG,
      housing: { tenure: 'RENT', monthlyRent: 0, deposit: 30000000 },
      amount: 100000,
    },
    { regionCode: JONGNO_DONG, housing: { tenure: 'OWN' }, amount: null },
    { regionCode: HONGCHEON, housing: { tenure: 'RENT', monthlyRent: 300000 }, amount: 212000 },
    { regionCode: JONGNO_DONG, housing: undefined, amount: null },
  ])(
    'benefitEstimate: 주거급여 in $regionCode with $housing pays $amount',
    async ({ regionCode, housing, amount }) => {
      const r = byProgramme(await estimate(input({ regionCode, housing }))).HOUSING;
      expect([r.eligible, r.monthlyAmount]).toEqual([true, amount]);
    },
  );

  it.each([
    {
      what: 'a negative rent',
      i: input({ housing: { tenure: 'RENT', monthlyRent: -1 } }),
      path: ['input', 'housing', 'monthlyRent'],
      rule: 'OUT_OF_RANGE',
    },
    {
      what: 'a severe disability without disabled',
      i: input({}, [{ disabilitySevere: true }]),
      path: ['input', 'members', '0', 'disabilitySevere'],
      rule: 'NOT_ALLOWED_VALUE',
    },
  ])('benefitEstimate returns VALIDATION for $what', async ({ i, path, rule }) => {
    const e = await estimate(i);
    expect(e.results).toEqual([]);
    expect(e.errors).toContainEqual(expect.objectContaining({ code: 'VALIDATION', path, rule }));
  });

  it('benefitEstimate returns PARAMETER_MISSING for a date before the first value', async () => {
    const e = await estimate(input({ asOf: '2024-12-31' }));
    expect(e.results).toEqual([]);
    expect(e.errors[0]).toMatchObject({
      code: 'PARAMETER_MISSING',
      date: '2024-12-31',
      path: ['input', 'asOf'],
    });
    expect(e.errors[0].parameter).toMatch(/\./);
  });

  it('benefitEstimate refuses a fractional won at the schema', async () => {
    const r = await app.gql(ESTIMATE, { input: input({ property: { general: 1.5 } }) });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('benefitEstimate rate limit', () => {
  const LIMIT = 3;
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ publicRateLimit: LIMIT, trustProxy: true });
  });
  afterAll(() => limited?.close());
  const from = (address: string) =>
    limited
      .post({ query: ESTIMATE, variables: { input: input() } }, { 'x-forwarded-for': address })
      .then((r) => r.json() as Promise<any>);

  it('benefitEstimate refuses the call after the limit with RATE_LIMITED and retry-after, per address', async () => {
    for (let i = 0; i < LIMIT; i++) {
      const ok = await from('203.0.113.7');
      expect(ok.errors).toBeUndefined();
      expect(ok.data.benefitEstimate.results.length).toBeGreaterThan(0);
    }
    const refused = await from('203.0.113.7');
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const retry = refused.errors[0].extensions.retryAfterSeconds;
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    const other = await from('198.51.100.20');
    expect(other.errors).toBeUndefined();
    expect(other.data.benefitEstimate.errors).toEqual([]);
  });

  it('benefitParameters is not counted against the calculator limit', async () => {
    for (let i = 0; i < LIMIT + 1; i++) {
      const r = await limited.post(
        { query: 'query { benefitParameters(asOf: "2026-01-01") { name } }' },
        { 'x-forwarded-for': '192.0.2.99' },
      );
      expect(((await r.json()) as any).errors).toBeUndefined();
    }
  });
});

describe('benefitParameters', () => {
  const PARAMS = `query($asOf: LocalDate!) {
    benefitParameters(asOf: $asOf) { name family unit inForce { effectiveFrom value source unverified note } history { effectiveFrom value } }
  }`;

  it('benefitParameters lists the values in force with sources and history, without sign-in', async () => {
    const r = await app.gql(PARAMS, { asOf: '2026-01-01' });
    expect(r.errors).toBeUndefined();
    const byName = Object.fromEntries(r.data.benefitParameters.map((p: any) => [p.name, p]));
    expect(byName['basic_pension.base_amount']).toMatchObject({
      family: 'basic-pension',
      unit: 'KRW',
      inForce: { effectiveFrom: '2026-01-01', value: '349700', unverified: false },
    });
    expect(byName['basic_pension.base_amount'].history.map((h: any) => h.value)).toEqual([
      '334810',
      '342510',
      '349700',
    ]);
    expect(byName['property.financial_living_reserve'].inForce.unverified).toBe(true);
    expect(byName['basic_pension.base_amount'].inForce.source).toContain('기초연금법');
  });

  it('benefitParameters on 31 December gives the old values', async () => {
    const r = await app.gql(PARAMS, { asOf: '2025-12-31' });
    const limit = r.data.benefitParameters.find((p: any) => p.name === 'child_allowance.age_limit');
    expect(limit.inForce.value).toBe('8');
  });

  it('benefitParameters before any value lists nothing', async () => {
    const r = await app.gql(PARAMS, { asOf: '2000-01-01' });
    expect(r.data.benefitParameters).toEqual([]);
  });
});

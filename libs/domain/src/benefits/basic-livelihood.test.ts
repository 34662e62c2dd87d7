import { describe, expect, it } from 'vitest';
import { household, member, PARAMETERS } from './benefit-fixtures.test-data';
import type { BasicLivelihoodContext } from './basic-livelihood';
import { education } from './education';
import type { SupportObligor } from './household';
import { housing } from './housing';
import { recognizedIncome } from './income-recognition';
import { livelihood } from './livelihood';
import { medical } from './medical';
import { ParameterReader } from './trace';

// A one-person household whose 소득인정액 is exactly `income` (a public transfer, counted in full).
function ctx(income: number, opts: { asOf?: string; obligor?: SupportObligor; student?: boolean } = {}) {
  const h = household({
    asOf: opts.asOf ?? '2026-03-01',
    members: [member({ student: opts.student ?? false, income: { publicTransfer: income } })],
    supportObligor: opts.obligor ?? 'NONE',
  });
  const reader = new ParameterReader(PARAMETERS, h.asOf);
  return {
    household: h,
    reader,
    recognized: recognizedIncome(h, reader, [0]),
  } satisfies BasicLivelihoodContext;
}

describe('생계급여 (livelihood)', () => {
  it.each([
    { income: 820555, eligible: true, amount: 1 },
    { income: 820556, eligible: true, amount: 0 },
    { income: 820557, eligible: false, amount: null },
    { income: 0, eligible: true, amount: 820556 },
  ])('livelihood 2026 1인 at $income: eligible $eligible, $amount', ({ income, eligible, amount }) => {
    const r = livelihood(ctx(income));
    expect([r.eligible, r.monthlyAmount, r.threshold]).toEqual([eligible, amount, 820556]);
  });

  it.each([
    { asOf: '2025-12-31', threshold: 765444 },
    { asOf: '2026-01-01', threshold: 820556 },
  ])('livelihood uses the threshold in force on $asOf', ({ asOf, threshold }) => {
    const r = livelihood(ctx(765445, { asOf }));
    expect([r.threshold, r.eligible]).toEqual([threshold, threshold > 765444]);
  });

  it.each([
    { obligor: 'NONE', eligible: true },
    { obligor: 'UNABLE', eligible: true },
    { obligor: 'ABLE', eligible: true },
    { obligor: 'WEALTHY', eligible: false },
  ] as const)('livelihood with obligor $obligor: eligible $eligible', ({ obligor, eligible }) => {
    expect(livelihood(ctx(0, { obligor })).eligible).toBe(eligible);
  });

  it('livelihood traces the amount', () => {
    const r = livelihood(ctx(300000));
    expect(r.trace.at(-1)).toMatchObject({
      label: '생계급여액',
      formula: '선정기준액 820,556원 − 소득인정액 300,000원 = 520,556원',
      value: 520556,
    });
  });
});

describe('의료급여 (medical)', () => {
  it.each([
    { income: 1025694, obligor: 'NONE', eligible: true },
    { income: 1025695, obligor: 'NONE', eligible: true },
    { income: 1025696, obligor: 'NONE', eligible: false },
    { income: 0, obligor: 'UNABLE', eligible: true },
    { income: 0, obligor: 'ABLE', eligible: false },
    { income: 0, obligor: 'WEALTHY', eligible: false },
  ] as const)(
    'medical at $income with obligor $obligor: eligible $eligible',
    ({ income, obligor, eligible }) => {
      const r = medical(ctx(income, { obligor }));
      expect([r.eligible, r.monthlyAmount, r.threshold]).toEqual([eligible, null, 1025695]);
    },
  );
});

describe('주거급여 (housing)', () => {
  it.each([
    { income: 1230833, eligible: true },
    { income: 1230834, eligible: true },
    { income: 1230835, eligible: false },
  ])('housing 2026 1인 at $income: eligible $eligible', ({ income, eligible }) => {
    const r = housing(ctx(income));
    expect([r.eligible, r.threshold]).toEqual([eligible, 1230834]);
  });

  it.each([
    { asOf: '2025-12-31', threshold: 1148166 },
    { asOf: '2026-01-01', threshold: 1230834 },
  ])('housing threshold on $asOf is $threshold', ({ asOf, threshold }) => {
    expect(housing(ctx(0, { asOf })).threshold).toBe(threshold);
  });
});

describe('교육급여 (education)', () => {
  it.each([
    { income: 1282118, student: true, eligible: true },
    { income: 1282119, student: true, eligible: true },
    { income: 1282120, student: true, eligible: false },
    { income: 0, student: false, eligible: false },
  ])('education at $income, student $student: eligible $eligible', ({ income, student, eligible }) => {
    const r = education(ctx(income, { student }));
    expect([r.eligible, r.threshold]).toEqual([eligible, 1282119]);
  });
});

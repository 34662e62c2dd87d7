import { describe, expect, it } from 'vitest';
import { checkMeansInput, type MeansProperty, type MeansRecordInput } from './household-means';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const OUTSIDER = '00000000-0000-4000-8000-0000000000ff';
const TODAY = '2026-03-10';

const car = (over: Partial<MeansProperty> = {}): MeansProperty => ({
  personId: A,
  kind: 'CAR',
  amount: 5_000_000,
  source: 'QUERIED',
  engineCc: 998,
  modelYear: 2015,
  use: 'PRIVATE',
  ...over,
});
const record = (over: Partial<MeansRecordInput> = {}): MeansRecordInput => ({
  asOf: '2026-03-01',
  incomes: [{ personId: A, kind: 'EARNED', monthlyAmount: 1_200_000, source: 'REPORTED' }],
  property: [
    {
      personId: null,
      kind: 'RESIDENTIAL',
      amount: 50_000_000,
      source: 'REPORTED',
      engineCc: null,
      modelYear: null,
      use: null,
    },
    car(),
  ],
  facts: [{ personId: B, disabled: true, student: false }],
  ...over,
});
const problemsOf = (r: MeansRecordInput) =>
  checkMeansInput(r, [A, B], TODAY).map((p) => ({ field: p.field, rule: p.rule }));

describe('checkMeansInput', () => {
  it('checkMeansInput accepts a record of members with sources and a whole car row', () => {
    expect(problemsOf(record())).toEqual([]);
  });

  it.each([
    {
      name: 'a negative income is refused at its field',
      r: record({ incomes: [{ personId: A, kind: 'EARNED', monthlyAmount: -1, source: 'REPORTED' }] }),
      field: 'incomes.0.monthlyAmount',
      rule: 'OUT_OF_RANGE',
    },
    {
      name: 'an absurd income (over 10억원 a month) is refused',
      r: record({
        incomes: [{ personId: A, kind: 'BUSINESS', monthlyAmount: 1_000_000_001, source: 'ESTIMATED' }],
      }),
      field: 'incomes.0.monthlyAmount',
      rule: 'OUT_OF_RANGE',
    },
    {
      name: 'a fractional won is refused',
      r: record({ incomes: [{ personId: A, kind: 'PENSION', monthlyAmount: 10.5, source: 'QUERIED' }] }),
      field: 'incomes.0.monthlyAmount',
      rule: 'OUT_OF_RANGE',
    },
    {
      name: 'an income of someone outside the household is refused',
      r: record({ incomes: [{ personId: OUTSIDER, kind: 'EARNED', monthlyAmount: 1, source: 'REPORTED' }] }),
      field: 'incomes.0.personId',
      rule: 'NOT_ALLOWED_VALUE',
    },
    {
      name: 'property of someone outside the household is refused',
      r: record({ property: [car({ personId: OUTSIDER })] }),
      field: 'property.0.personId',
      rule: 'NOT_ALLOWED_VALUE',
    },
    {
      name: 'a car without its engine size is refused',
      r: record({ property: [car({ engineCc: null })] }),
      field: 'property.0.engineCc',
      rule: 'REQUIRED',
    },
    {
      name: 'a car without its use is refused',
      r: record({ property: [car({ use: null })] }),
      field: 'property.0.use',
      rule: 'REQUIRED',
    },
    {
      name: 'a car from the future is refused',
      r: record({ property: [car({ modelYear: 2028 })] }),
      field: 'property.0.modelYear',
      rule: 'OUT_OF_RANGE',
    },
    {
      name: 'car fields on a deposit are refused',
      r: record({ property: [car({ kind: 'RESIDENTIAL' })] }),
      field: 'property.0.engineCc',
      rule: 'NOT_ALLOWED_VALUE',
    },
    {
      name: 'an absurd property (over 1조원) is refused',
      r: record({
        property: [
          {
            ...car(),
            kind: 'FINANCIAL',
            amount: 1_000_000_000_001,
            engineCc: null,
            modelYear: null,
            use: null,
          },
        ],
      }),
      field: 'property.0.amount',
      rule: 'OUT_OF_RANGE',
    },
    {
      name: 'a record as of tomorrow is refused',
      r: record({ asOf: '2026-03-11' }),
      field: 'asOf',
      rule: 'DATE_IN_FUTURE',
    },
    {
      name: 'two lines of facts for one person are refused',
      r: record({
        facts: [
          { personId: A, disabled: true, student: false },
          { personId: A, disabled: false, student: false },
        ],
      }),
      field: 'facts.1.personId',
      rule: 'DUPLICATE_ITEM',
    },
  ])('checkMeansInput: $name', ({ r, field, rule }) => {
    expect(problemsOf(r)).toContainEqual({ field, rule });
  });

  it('checkMeansInput accepts a record as of today and a household-wide property row', () => {
    expect(problemsOf(record({ asOf: TODAY }))).toEqual([]);
  });
});

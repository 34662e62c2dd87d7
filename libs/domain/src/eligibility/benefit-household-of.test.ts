import { describe, expect, it } from 'vitest';
import { estimateBenefits } from '../benefits/estimate';
import { PARAMETERS } from '../benefits/benefit-fixtures.test-data';
import { benefitHouseholdOf, type RegisteredMember, type StoredMeans } from './benefit-household-of';

const HEAD: RegisteredMember = { personId: 'a', birthDate: '1955-04-01', relationship: 'HEAD' };
const CHILD: RegisteredMember = { personId: 'b', birthDate: '2012-09-01', relationship: 'CHILD' };
const REGION = { livelihood: 'SEOUL', pension: 'BIG_CITY' } as const;
const none = (over: Partial<StoredMeans> = {}): StoredMeans => ({
  incomes: [],
  property: [],
  facts: [],
  ...over,
});
const build = (means: StoredMeans, members = [HEAD, CHILD]) =>
  benefitHouseholdOf({ asOf: '2026-03-01', regionClass: REGION, supportObligor: 'NONE', members, means });

describe('benefitHouseholdOf', () => {
  it('benefitHouseholdOf keeps the registry order, birth dates and relationships', () => {
    const h = build(none());
    expect(h.members.map((m) => [m.birthDate, m.relationship])).toEqual([
      ['1955-04-01', 'HEAD'],
      ['2012-09-01', 'CHILD'],
    ]);
    expect(h).toMatchObject({ asOf: '2026-03-01', regionClass: REGION, supportObligor: 'NONE' });
  });

  it('benefitHouseholdOf sums each member’s incomes by kind', () => {
    const h = build(
      none({
        incomes: [
          { personId: 'a', kind: 'EARNED', monthlyAmount: 500_000, source: 'REPORTED' },
          { personId: 'a', kind: 'EARNED', monthlyAmount: 300_000, source: 'QUERIED' },
          { personId: 'a', kind: 'PUBLIC_TRANSFER', monthlyAmount: 100_000, source: 'QUERIED' },
          { personId: 'b', kind: 'PRIVATE_TRANSFER', monthlyAmount: 50_000, source: 'ESTIMATED' },
        ],
      }),
    );
    expect(h.members[0]!.monthlyIncome).toEqual({
      earned: 800_000,
      business: 0,
      property: 0,
      pension: 0,
      publicTransfer: 100_000,
      privateTransfer: 0,
    });
    expect(h.members[1]!.monthlyIncome.privateTransfer).toBe(50_000);
  });

  it('benefitHouseholdOf does not count the income of a person who has left the household', () => {
    const h = build(
      none({ incomes: [{ personId: 'b', kind: 'EARNED', monthlyAmount: 2_000_000, source: 'REPORTED' }] }),
      [HEAD],
    );
    expect(h.members).toHaveLength(1);
    expect(h.members[0]!.monthlyIncome.earned).toBe(0);
  });

  it('benefitHouseholdOf sums property by class and keeps each car whole', () => {
    const row = { personId: 'a', source: 'QUERIED', engineCc: null, modelYear: null, use: null } as const;
    const h = build(
      none({
        property: [
          { ...row, kind: 'RESIDENTIAL', amount: 40_000_000 },
          { ...row, personId: null, kind: 'RESIDENTIAL', amount: 10_000_000 },
          { ...row, kind: 'GENERAL', amount: 3_000_000 },
          { ...row, kind: 'FINANCIAL', amount: 2_000_000 },
          { ...row, kind: 'DEBT', amount: 7_000_000 },
          { ...row, kind: 'CAR', amount: 4_000_000, engineCc: 998, modelYear: 2012, use: 'BUSINESS' },
        ],
      }),
    );
    expect(h.property).toEqual({
      residential: 50_000_000,
      general: 3_000_000,
      financial: 2_000_000,
      debt: 7_000_000,
      cars: [{ value: 4_000_000, engineCc: 998, modelYear: 2012, use: 'BUSINESS' }],
    });
  });

  it('benefitHouseholdOf takes 장애 and 재학 from the recorded facts, else false', () => {
    const h = build(none({ facts: [{ personId: 'b', disabled: true, student: true }] }));
    expect(h.members.map((m) => [m.disabled, m.student])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('benefitHouseholdOf gives the engine a household it decides (기초연금 for the 71-year-old head)', () => {
    const r = estimateBenefits(PARAMETERS, build(none(), [HEAD]));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.results.find((x) => x.programme === 'BASIC_PENSION')?.eligible).toBe(true);
  });
});

import { benefitHouseholdOf, regionClassesOf, type MeansSource } from '@ieum/domain';

type RegionClass = ReturnType<typeof regionClassesOf>;

// The engine's household from the rows the set-based readers (일괄 판정, 맞춤형 급여 안내, 확인조사)
// read as JSON arrays: members, incomes, property and facts of the means in force.
export type MemberRow = [personId: string, birthDate: string, relationship: string];
export type IncomeRow = [personId: string, kind: string, monthlyAmount: number];
export type PropertyRow = [
  kind: string,
  amount: number,
  engineCc: number | null,
  modelYear: number | null,
  use: string | null,
];
export type FactRow = [personId: string, disabled: boolean, student: boolean];

export interface HouseholdRows {
  members: MemberRow[];
  incomes: IncomeRow[] | null;
  property: PropertyRow[] | null;
  facts: FactRow[] | null;
}

export function householdOfRows(
  asOf: string,
  regionClass: RegionClass,
  rows: HouseholdRows,
  opts: { incomeSource?: MeansSource; disabilityKnown?: boolean } = {},
) {
  const disability = opts.disabilityKnown ?? true;
  return benefitHouseholdOf({
    asOf,
    regionClass,
    supportObligor: 'NONE',
    members: rows.members.map(([personId, birthDate, relationship]) => ({
      personId,
      birthDate,
      relationship: relationship as never,
    })),
    means: {
      incomes: (rows.incomes ?? []).map(([personId, kind, monthlyAmount]) => ({
        personId,
        kind: kind as never,
        // bigint columns may come back as text in JSON built by PostgreSQL: numbers here.
        monthlyAmount: Number(monthlyAmount),
        source: opts.incomeSource ?? 'REPORTED',
      })),
      property: (rows.property ?? []).map(([kind, amount, engineCc, modelYear, use]) => ({
        personId: null,
        kind: kind as never,
        amount: Number(amount),
        source: 'REPORTED',
        engineCc,
        modelYear,
        use: use as never,
      })),
      facts: (rows.facts ?? []).map(([personId, disabled, student]) => ({
        personId,
        disabled: disability && disabled,
        student,
      })),
    },
  });
}

/** One region class per region code, for a reader of many households. */
export function regionClassCache() {
  const classes = new Map<string, RegionClass>();
  return (regionCode: string, sigunguName: string): RegionClass => {
    let c = classes.get(regionCode);
    if (!c) classes.set(regionCode, (c = regionClassesOf(regionCode, sigunguName)));
    return c;
  };
}

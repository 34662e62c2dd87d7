import type {
  BenefitHousehold,
  BenefitMember,
  HouseholdProperty,
  LivelihoodRegionClass,
  MonthlyIncome,
  PensionRegionClass,
  SupportObligor,
} from '../benefits/household';
import type { Relationship } from '../registry/relationship';
import type { IncomeKind, MeansIncome, MeansProperty, MemberFacts } from './household-means';

/** A household member as the registry keeps them. */
export interface RegisteredMember {
  personId: string;
  birthDate: string;
  relationship: Relationship;
}

export interface StoredMeans {
  incomes: readonly MeansIncome[];
  property: readonly MeansProperty[];
  facts: readonly MemberFacts[];
}

const INCOME_FIELD: Record<IncomeKind, keyof MonthlyIncome> = {
  EARNED: 'earned',
  BUSINESS: 'business',
  PROPERTY: 'property',
  PENSION: 'pension',
  PUBLIC_TRANSFER: 'publicTransfer',
  PRIVATE_TRANSFER: 'privateTransfer',
};

/**
 * The engine's household from stored data: today's members (birth date and relationship from the
 * registry, 장애·재학 from the means record's facts), their incomes summed by kind, and the
 * household's property summed by class with each car kept whole. 소득인정액 is of the 가구
 * (국민기초생활 보장법 제2조), so income rows of a person who has since left are not counted;
 * property rows stay with the household whoever holds them.
 */
export function benefitHouseholdOf(input: {
  asOf: string;
  regionClass: { livelihood: LivelihoodRegionClass; pension: PensionRegionClass };
  supportObligor: SupportObligor;
  members: readonly RegisteredMember[];
  means: StoredMeans;
}): BenefitHousehold {
  const facts = new Map(input.means.facts.map((f) => [f.personId, f]));
  const members: BenefitMember[] = input.members.map((m) => {
    const monthlyIncome: MonthlyIncome = {
      earned: 0,
      business: 0,
      property: 0,
      pension: 0,
      publicTransfer: 0,
      privateTransfer: 0,
    };
    for (const row of input.means.incomes)
      if (row.personId === m.personId) monthlyIncome[INCOME_FIELD[row.kind]] += row.monthlyAmount;
    return {
      birthDate: m.birthDate,
      relationship: m.relationship,
      disabled: facts.get(m.personId)?.disabled ?? false,
      student: facts.get(m.personId)?.student ?? false,
      monthlyIncome,
    };
  });
  const property: HouseholdProperty = { residential: 0, general: 0, financial: 0, debt: 0, cars: [] };
  for (const row of input.means.property) {
    switch (row.kind) {
      case 'RESIDENTIAL':
        property.residential += row.amount;
        break;
      case 'GENERAL':
        property.general += row.amount;
        break;
      case 'FINANCIAL':
        property.financial += row.amount;
        break;
      case 'DEBT':
        property.debt += row.amount;
        break;
      case 'CAR':
        // checkMeansInput and the table's CHECK keep car rows whole; a default here would be a wrong number.
        if (row.engineCc === null || row.modelYear === null || row.use === null)
          throw new Error('a car row without engineCc, modelYear or use');
        property.cars.push({
          value: row.amount,
          engineCc: row.engineCc,
          modelYear: row.modelYear,
          use: row.use,
        });
        break;
    }
  }
  return {
    asOf: input.asOf,
    regionClass: input.regionClass,
    members,
    property,
    supportObligor: input.supportObligor,
  };
}

// Calculator bench fixture: benefitEstimate inputs for varied synthetic households (sizes 1–6, ages,
// incomes, property, cars, rent, disability, a crisis) over regions of every class, request i taking
// input i mod n, so the load repeats nothing the server could cache by input.

export const ESTIMATE = `query Estimate($input: BenefitEstimateInput!) { benefitEstimate(input: $input) {
  incomeRecognized medianIncome householdSize
  results { programme eligible monthlyAmount threshold incomeRecognized reasons trace { label formula value parameters { name effectiveFrom value unverified } } }
  errors { code message path } } }`;

const REGIONS = ['1111051500', '4111100000', '2611000000', '5172000000', '4812100000'];

export function calculatorInput(i: number): Record<string, unknown> {
  const size = 1 + (i % 6);
  const members = Array.from({ length: size }, (_, k) => ({
    birthDate: `${1940 + ((i * 7 + k * 17) % 80)}-0${1 + ((i + k) % 9)}-15`,
    relationship: k === 0 ? 'HEAD' : k === 1 ? 'SPOUSE' : 'CHILD',
    disabled: (i + k) % 7 === 0,
    disabilitySevere: (i + k) % 14 === 0,
    student: k > 1 && (i + k) % 2 === 0,
    monthlyIncome: { earned: ((i * 37 + k * 11) % 25) * 100_000, publicTransfer: (i % 3) * 200_000 },
  }));
  return {
    asOf: i % 5 === 0 ? '2025-11-01' : '2026-03-01',
    regionCode: REGIONS[i % REGIONS.length],
    members,
    property: {
      residential: (i % 8) * 30_000_000,
      general: (i % 4) * 15_000_000,
      financial: (i % 6) * 2_000_000,
      debt: (i % 5) * 4_000_000,
      cars: i % 4 === 0 ? [{ value: 9_000_000, engineCc: 1600, modelYear: 2019, use: 'PRIVATE' }] : [],
    },
    housing:
      i % 2 === 0 ? { tenure: 'RENT', monthlyRent: (i % 9) * 50_000, deposit: (i % 4) * 10_000_000 } : null,
    crisisSituation: i % 3 === 0,
  };
}

import type { BenefitHousehold, BenefitMember, MonthlyIncome } from './household';
import { literalParameters } from './literal-parameters';

// The 2025 and 2026 figures of libs/db/data/benefits/ (the subset the engine reads), so the rules are
// tested against real numbers without reading files; libs/db tests the files themselves.
const Y25 = '2025-01-01';
const Y26 = '2026-01-01';
const both = (a: number | string, b: number | string = a): [string, number | string][] => [
  [Y25, a],
  [Y26, b],
];

export const PARAMETERS = literalParameters({
  'median_income.size_1': both(2392013, 2564238),
  'median_income.size_2': both(3932658, 4199292),
  'median_income.size_3': both(5025353, 5359036),
  'median_income.size_4': both(6097773, 6494738),
  'median_income.size_5': both(7108192, 7556719),
  'median_income.size_6': both(8064805, 8555952),
  'median_income.size_7': both(8988428, 9515150),
  'selection_ratio.livelihood': both(32),
  'selection_ratio.medical': both(40),
  'selection_ratio.housing': both(48),
  'selection_ratio.education': both(50),
  'income.earned_deduction_pct': both(30),
  'income.youth_fixed_deduction': both(400000, 600000),
  'income.youth_min_age': both(0, 19),
  'income.youth_max_age': both(29, 34),
  'property.rate_residential': both(1.04),
  'property.rate_general': both(4.17),
  'property.rate_financial': both(6.26),
  'property.rate_car': both(100),
  'property.basic_deduction.seoul': both(99000000),
  'property.basic_deduction.gyeonggi': both(80000000),
  'property.basic_deduction.metro': both(77000000),
  'property.basic_deduction.other': both(53000000),
  'property.residential_cap.seoul': both(172000000),
  'property.residential_cap.gyeonggi': both(151000000),
  'property.residential_cap.metro': both(146000000),
  'property.residential_cap.other': both(112000000),
  'property.financial_living_reserve': both(5000000),
  'property.deduction_order': both('RESIDENTIAL,GENERAL,FINANCIAL'),
  'car.general_rate_max_cc': both(2000),
  'car.general_rate_max_value': both(5000000),
  'basic_pension.min_age': both(65),
  'basic_pension.threshold_single': both(2280000, 2470000),
  'basic_pension.threshold_couple': both(3648000, 3952000),
  'basic_pension.base_amount': both(342510, 349700),
  'basic_pension.couple_reduction_pct': both(20),
  'basic_pension.minimum_pct': both(10),
  'basic_pension.earned_deduction': both(1120000, 1160000),
  'basic_pension.earned_counted_pct': both(70),
  'basic_pension.basic_property_deduction.big_city': both(135000000),
  'basic_pension.basic_property_deduction.small_city': both(85000000),
  'basic_pension.basic_property_deduction.rural': both(72500000),
  'basic_pension.financial_deduction': both(20000000),
  'basic_pension.property_rate_annual_pct': both(4),
  'child_allowance.age_limit': both(8, 9),
  'child_allowance.monthly_amount': both(100000),
  'parent_benefit.amount_age_0': both(1000000),
  'parent_benefit.amount_age_1': both(500000),
  'disability_pension.min_age': both(18),
  'disability_pension.threshold_single': both(1380000, 1400000),
  'disability_pension.threshold_couple': both(2208000, 2240000),
  'disability_pension.basic_benefit': both(342510, 349700),
  'disability_pension.basic_benefit_age_limit': both(65),
  'disability_pension.couple_reduction_pct': both(20),
  'disability_pension.additional_benefit.livelihood_medical': both(90000),
  'disability_pension.earned_deduction': both(1120000, 1160000),
  'disability_pension.earned_counted_pct': both(70),
  'disability_pension.basic_property_deduction.big_city': both(135000000),
  'disability_pension.basic_property_deduction.small_city': both(85000000),
  'disability_pension.basic_property_deduction.rural': both(72500000),
  'disability_pension.financial_deduction': both(20000000),
  'disability_pension.property_rate_annual_pct': both(4),
  'emergency.income_pct_of_median': both(75),
  'emergency.property_limit.big_city': both(241000000),
  'emergency.property_limit.small_city': both(152000000),
  'emergency.property_limit.rural': both(135000000, 130000000),
  'emergency.financial_limit': both(6000000),
  // Only the sizes and year the sources give: any other is "no amount".
  'emergency.livelihood_amount.size_1': [[Y26, 783000]],
  'emergency.livelihood_amount.size_4': [[Y26, 1995000]],
  'housing.base_rent.grade_1.size_1': both(352000, 369000),
  'housing.base_rent.grade_1.size_2': both(395000, 414000),
  'housing.base_rent.grade_1.size_3': both(470000, 492000),
  'housing.base_rent.grade_1.size_4': both(545000, 571000),
  'housing.base_rent.grade_1.size_5': [[Y26, 591000]],
  'housing.base_rent.grade_1.size_6': [[Y26, 699000]],
  'housing.base_rent.grade_4.size_1': [[Y26, 212000]],
  'housing.large_household_step_pct': both(10),
  'housing.deposit_rate_annual_pct': both(4),
  'housing.self_pay_pct': both(30),
  'housing.minimum_payment': both(10000),
  'housing.excess_rent_multiple': both(5),
  'housing.payout_rounding': both('CEIL_10'),
});

export const NO_INCOME: MonthlyIncome = {
  earned: 0,
  business: 0,
  property: 0,
  pension: 0,
  publicTransfer: 0,
  privateTransfer: 0,
};

export function member(
  overrides: Partial<Omit<BenefitMember, 'monthlyIncome'>> & { income?: Partial<MonthlyIncome> } = {},
): BenefitMember {
  const { income, ...rest } = overrides;
  return {
    birthDate: '1980-05-01',
    relationship: 'HEAD',
    disabled: false,
    disabilitySevere: false,
    student: false,
    monthlyIncome: { ...NO_INCOME, ...income },
    ...rest,
  };
}

export function household(overrides: Partial<BenefitHousehold> = {}): BenefitHousehold {
  return {
    asOf: '2026-03-01',
    regionClass: { livelihood: 'OTHER', pension: 'SMALL_CITY', housing: 4 },
    members: [member()],
    property: { residential: 0, general: 0, financial: 0, debt: 0, cars: [] },
    supportObligor: 'NONE',
    ...overrides,
  };
}

import { ageOn, type BenefitHousehold, type Car, type LivelihoodRegionClass } from './household';
import { num, pct, percentOf, won } from './money';
import { step, type ParameterReader, type TraceStep, type UsedParameter } from './trace';

// 소득인정액 = 소득평가액 + 재산의 소득환산액 (국민기초생활 보장법 제2조제9호, 시행령 제5조의2·제5조의4),
// as the four 국민기초생활보장 programmes count it. Every figure is a parameter by date
// (libs/db/data/benefits/income-recognition.json).

export interface RecognizedIncome {
  incomeEvaluation: number;
  propertyIncome: number;
  total: number;
  steps: TraceStep[];
}

const CLASS_KEY: Record<LivelihoodRegionClass, string> = {
  SEOUL: 'seoul',
  GYEONGGI: 'gyeonggi',
  METRO: 'metro',
  OTHER: 'other',
};
const CLASS_LABEL: Record<LivelihoodRegionClass, string> = {
  SEOUL: '서울',
  GYEONGGI: '경기',
  METRO: '광역시·세종·창원',
  OTHER: '그 외 지역',
};

/**
 * 소득평가액: 근로·사업소득 less the deduction (2026: 만 19–34세 first less 600,000원, then 30%; 2025: 만
 * 29세 이하 400,000원, then 30%); every other income in full, and 기초연금 (computed first, passed in per
 * member) counts as public transfer income.
 */
export function incomeEvaluation(
  household: BenefitHousehold,
  reader: ParameterReader,
  basicPensionByMember: readonly number[],
): { value: number; steps: TraceStep[] } {
  const dedPct = reader.number('income.earned_deduction_pct');
  const youthFixed = reader.number('income.youth_fixed_deduction');
  const youthMin = reader.number('income.youth_min_age');
  const youthMax = reader.number('income.youth_max_age');
  const counted = 100 - dedPct.value;
  const steps: TraceStep[] = [];
  let total = 0;

  household.members.forEach((m, i) => {
    const who = `가구원 ${num(i + 1)}`;
    const earned = m.monthlyIncome.earned + m.monthlyIncome.business;
    if (earned > 0) {
      const age = ageOn(m.birthDate, household.asOf);
      const isYouth = age >= youthMin.value && age <= youthMax.value;
      const fixed = isYouth ? Math.min(earned, youthFixed.value) : 0;
      const value = percentOf(earned - fixed, counted);
      total += value;
      steps.push(
        isYouth
          ? step(
              `${who} 근로·사업소득 (청년 만 ${num(age)}세)`,
              `(${won(earned)} − 청년공제 ${won(fixed)}) × ${pct(counted)} = ${won(value)}`,
              value,
              [youthFixed.used, youthMin.used, youthMax.used, dedPct.used],
            )
          : step(`${who} 근로·사업소득`, `${won(earned)} × ${pct(counted)} = ${won(value)}`, value, [
              dedPct.used,
            ]),
      );
    }
    const { property, pension, publicTransfer, privateTransfer } = m.monthlyIncome;
    const other = property + pension + publicTransfer + privateTransfer;
    if (other > 0) {
      total += other;
      steps.push(
        step(
          `${who} 재산·연금·이전소득`,
          `${won(property)} + ${won(pension)} + ${won(publicTransfer)} + ${won(privateTransfer)} = ${won(other)} (전액 반영)`,
          other,
        ),
      );
    }
    const bp = basicPensionByMember[i] ?? 0;
    if (bp > 0) {
      total += bp;
      steps.push(step(`${who} 기초연금 (공적이전소득)`, `${won(bp)} (전액 반영)`, bp));
    }
  });
  steps.push(step('소득평가액', `가구원 소득 합계 = ${won(total)}`, total));
  return { value: total, steps };
}

type AssetClass = 'RESIDENTIAL' | 'GENERAL' | 'FINANCIAL';
const ASSET_CLASSES: readonly AssetClass[] = ['RESIDENTIAL', 'GENERAL', 'FINANCIAL'];
const ASSET_LABEL: Record<AssetClass, string> = { RESIDENTIAL: '주거용', GENERAL: '일반', FINANCIAL: '금융' };

/** The deduction order parameter ('RESIDENTIAL,GENERAL,FINANCIAL'); a bad value is a data bug. */
function parseOrder(text: string): AssetClass[] {
  const order = text.split(',').map((s) => s.trim());
  if (order.length !== 3 || !ASSET_CLASSES.every((c) => order.includes(c))) {
    throw new Error(`property.deduction_order must list ${ASSET_CLASSES.join(', ')}: got ${text}`);
  }
  return order as AssetClass[];
}

/**
 * 재산의 소득환산액: 주거용재산 above the region class's cap counts as 일반재산; cars that are small and
 * cheap, for a livelihood or for a disabled member convert as 일반재산, other cars at 100 %; the
 * 생활준비금 comes off 금융재산; then 기본재산액 plus recognised debts come off the classes in the order
 * the parameter gives; each class converts at its monthly rate.
 */
export function propertyIncome(
  household: BenefitHousehold,
  reader: ParameterReader,
): { value: number; steps: TraceStep[] } {
  const key = CLASS_KEY[household.regionClass.livelihood];
  const label = CLASS_LABEL[household.regionClass.livelihood];
  const basic = reader.number(`property.basic_deduction.${key}`);
  const cap = reader.number(`property.residential_cap.${key}`);
  const reserve = reader.number('property.financial_living_reserve');
  const order = reader.text('property.deduction_order');
  const maxCc = reader.number('car.general_rate_max_cc');
  const maxValue = reader.number('car.general_rate_max_value');
  const rates = {
    RESIDENTIAL: reader.number('property.rate_residential'),
    GENERAL: reader.number('property.rate_general'),
    FINANCIAL: reader.number('property.rate_financial'),
  };
  const carRate = reader.number('property.rate_car');
  const p = household.property;
  const steps: TraceStep[] = [];

  let carsAsGeneral = 0;
  let carsFull = 0;
  p.cars.forEach((car, i) => {
    const why = generalRateReason(car, maxCc.value, maxValue.value);
    if (why) carsAsGeneral += car.value;
    else carsFull += car.value;
    steps.push(
      step(
        `자동차 ${num(i + 1)}`,
        why ? `${won(car.value)}: ${why} → 일반재산` : `${won(car.value)}: 월 ${pct(carRate.value)} 환산`,
        car.value,
        why === null ? [maxCc.used, maxValue.used, carRate.used] : [maxCc.used, maxValue.used],
      ),
    );
  });

  const withinCap = Math.min(p.residential, cap.value);
  const overCap = p.residential - withinCap;
  if (overCap > 0) {
    steps.push(
      step(
        '주거용재산 한도 초과분',
        `${won(p.residential)} − 한도 ${won(cap.value)} (${label}) = ${won(overCap)} → 일반재산`,
        overCap,
        [cap.used],
      ),
    );
  }
  const financialAfterReserve = Math.max(0, p.financial - reserve.value);
  if (p.financial > 0) {
    steps.push(
      step(
        '금융재산 (생활준비금 공제 후)',
        `${won(p.financial)} − ${won(reserve.value)} = ${won(financialAfterReserve)}`,
        financialAfterReserve,
        [reserve.used],
      ),
    );
  }
  const amounts: Record<AssetClass, number> = {
    RESIDENTIAL: withinCap,
    GENERAL: p.general + overCap + carsAsGeneral,
    FINANCIAL: financialAfterReserve,
  };
  let pool = basic.value + p.debt;
  steps.push(
    step(
      '공제액 (기본재산액 + 부채)',
      `기본재산액 ${won(basic.value)} (${label}) + 부채 ${won(p.debt)} = ${won(pool)}`,
      pool,
      [basic.used],
    ),
  );
  for (const cls of parseOrder(order.value)) {
    const take = Math.min(pool, amounts[cls]);
    if (take > 0) {
      steps.push(
        step(
          `${ASSET_LABEL[cls]}재산에서 공제`,
          `${won(amounts[cls])} − ${won(take)} = ${won(amounts[cls] - take)}`,
          amounts[cls] - take,
          [order.used],
        ),
      );
    }
    amounts[cls] -= take;
    pool -= take;
  }

  let total = 0;
  const parts: string[] = [];
  const used: UsedParameter[] = [];
  for (const cls of ASSET_CLASSES) {
    const v = percentOf(amounts[cls], rates[cls].value);
    total += v;
    parts.push(`${ASSET_LABEL[cls]} ${won(amounts[cls])} × ${pct(rates[cls].value)} = ${won(v)}`);
    used.push(rates[cls].used);
  }
  const carIncome = percentOf(carsFull, carRate.value);
  if (carsFull > 0) {
    total += carIncome;
    parts.push(`자동차 ${won(carsFull)} × ${pct(carRate.value)} = ${won(carIncome)}`);
    used.push(carRate.used);
  }
  steps.push(step('재산의 소득환산액', `${parts.join('; ')}; 합계 ${won(total)}`, total, used));
  return { value: total, steps };
}

function generalRateReason(car: Car, maxCc: number, maxValue: number): string | null {
  if (car.use === 'BUSINESS') return '생업용';
  if (car.use === 'DISABILITY') return '장애인 사용';
  if (car.engineCc < maxCc && car.value < maxValue)
    return `소형·저가 (${maxCc}cc 미만, ${won(maxValue)} 미만)`;
  return null;
}

/** 소득인정액 of the 국민기초생활보장 programmes. */
export function recognizedIncome(
  household: BenefitHousehold,
  reader: ParameterReader,
  basicPensionByMember: readonly number[],
): RecognizedIncome {
  const income = incomeEvaluation(household, reader, basicPensionByMember);
  const property = propertyIncome(household, reader);
  const total = income.value + property.value;
  return {
    incomeEvaluation: income.value,
    propertyIncome: property.value,
    total,
    steps: [
      ...income.steps,
      ...property.steps,
      step(
        '소득인정액',
        `소득평가액 ${won(income.value)} + 재산의 소득환산액 ${won(property.value)} = ${won(total)}`,
        total,
      ),
    ],
  };
}

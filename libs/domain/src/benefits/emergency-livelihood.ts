import type { BenefitHousehold, PensionRegionClass } from './household';
import { num, pct, percentOf, won } from './money';
import type { ProgrammeResult } from './programme';
import { medianIncome } from './selection';
import { step, type ParameterReader, type TraceStep } from './trace';

// 긴급복지지원 생계지원 (긴급복지지원법 제2조·제9조): a 위기사유 (주소득자 사망·실직, 중한 질병, 화재 …)
// plus 소득 at most 75 % of 기준 중위소득, 재산 at most the limit of 대도시 / 중소도시 / 농어촌, and
// 금융재산 at most its limit. 소득 is every member's income in full and 재산 the 주거용 + 일반 + 자동차
// value before debts (our reading of the sources, not the 사업안내 itself). The amount is the figure for
// the household size; the sources give only some sizes, so another size gets no amount, never a guess.
// Parameters: libs/db/data/benefits/emergency-livelihood.json.

const CLASS_KEY: Record<PensionRegionClass, string> = {
  BIG_CITY: 'big_city',
  SMALL_CITY: 'small_city',
  RURAL: 'rural',
};
const CLASS_LABEL: Record<PensionRegionClass, string> = {
  BIG_CITY: '대도시',
  SMALL_CITY: '중소도시',
  RURAL: '농어촌',
};

export function emergencyLivelihood(
  household: BenefitHousehold,
  reader: ParameterReader,
  basicPensionByMember: readonly number[],
): ProgrammeResult {
  const size = household.members.length;
  const incomePct = reader.number('emergency.income_pct_of_median');
  const propertyLimit = reader.number(`emergency.property_limit.${CLASS_KEY[household.regionClass.pension]}`);
  const financialLimit = reader.number('emergency.financial_limit');
  const median = medianIncome(reader, size);
  const trace: TraceStep[] = [median.step];
  const reasons: string[] = [];

  const limit = percentOf(median.value, incomePct.value);
  trace.push(
    step(
      '긴급복지 소득기준',
      `기준 중위소득 ${won(median.value)} × ${pct(incomePct.value)} = ${won(limit)} (원 단위 반올림)`,
      limit,
      [...median.step.parameters, incomePct.used],
    ),
  );
  let income = 0;
  household.members.forEach((m, i) => {
    const x = m.monthlyIncome;
    income +=
      x.earned +
      x.business +
      x.property +
      x.pension +
      x.publicTransfer +
      x.privateTransfer +
      (basicPensionByMember[i] ?? 0);
  });
  const incomeOk = income <= limit;
  trace.push(
    step(
      '가구 소득 (긴급복지)',
      `가구원 소득 합계 ${won(income)} ${incomeOk ? '≤' : '>'} ${won(limit)}`,
      income,
    ),
  );
  if (!incomeOk) reasons.push(`가구 소득 ${won(income)}이 소득기준 ${won(limit)}을 넘습니다.`);

  const p = household.property;
  const assets = p.residential + p.general + p.cars.reduce((s, c) => s + c.value, 0);
  const propertyOk = assets <= propertyLimit.value;
  trace.push(
    step(
      `재산 (긴급복지, ${CLASS_LABEL[household.regionClass.pension]})`,
      `주거용 ${won(p.residential)} + 일반 ${won(p.general)} + 자동차 ${won(assets - p.residential - p.general)} = ${won(assets)} ${propertyOk ? '≤' : '>'} ${won(propertyLimit.value)}`,
      assets,
      [propertyLimit.used],
    ),
  );
  if (!propertyOk) reasons.push(`재산 ${won(assets)}이 재산기준 ${won(propertyLimit.value)}을 넘습니다.`);

  const financialOk = p.financial <= financialLimit.value;
  trace.push(
    step(
      '금융재산 (긴급복지)',
      `${won(p.financial)} ${financialOk ? '≤' : '>'} ${won(financialLimit.value)}`,
      p.financial,
      [financialLimit.used],
    ),
  );
  if (!financialOk)
    reasons.push(`금융재산 ${won(p.financial)}이 기준 ${won(financialLimit.value)}을 넘습니다.`);

  const crisis = household.crisisSituation === true;
  trace.push(step('위기사유', crisis ? '있음' : '없음', null));
  if (!crisis) {
    reasons.push(
      '긴급복지지원은 위기사유(주소득자 사망·실직, 중한 질병, 화재 등)가 있어야 받을 수 있습니다.',
    );
  }
  const eligible = crisis && incomeOk && propertyOk && financialOk;
  let monthlyAmount: number | null = null;
  if (eligible) {
    reasons.push('위기사유가 있고 소득·재산·금융재산이 기준 이하입니다.');
    const amount = reader.optionalNumber(`emergency.livelihood_amount.size_${size}`);
    if (amount) {
      monthlyAmount = amount.value;
      trace.push(step(`생계지원액 (${num(size)}인)`, won(amount.value), amount.value, [amount.used]));
    } else {
      trace.push(
        step(
          `생계지원액 (${num(size)}인)`,
          `${reader.date}에 적용할 ${num(size)}인 금액이 자료에 없음`,
          null,
        ),
      );
      reasons.push(`${num(size)}인 가구의 생계지원 금액은 확인된 자료가 없어 계산하지 않았습니다.`);
    }
  }
  return {
    programme: 'EMERGENCY_LIVELIHOOD',
    eligible,
    monthlyAmount,
    threshold: limit,
    incomeRecognized: income,
    reasons,
    trace,
  };
}

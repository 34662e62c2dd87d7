import { result, selectionReason, selectionTest, type BasicLivelihoodContext } from './basic-livelihood';
import type { HousingGrade } from './household';
import { num, pct, roundHalfUp, won } from './money';
import type { ProgrammeResult } from './programme';
import { medianIncome, selectionAmount } from './selection';
import { step, type TraceStep } from './trace';

// 주거급여 (주거급여법 제5조·제7조): 소득인정액 이하 중위 48 %, no 부양의무자 test. 임차급여 for a tenant
// (국토교통부 주거급여 선정기준 및 최저보장수준 고시):
//   실제임차료 = 월세 + 보증금 × 연 4 % ÷ 12;
//   자기부담분 = (소득인정액 − 생계급여 선정기준액) × 30 %, only when 소득인정액 is above the latter;
//   급여 = min(실제임차료, 기준임대료) − 자기부담분, at least the 최저지급액; a rent above 5 × 기준임대료
//   gets the 최저지급액 only. 기준임대료 by 급지 and household size (7인 = 6인, then +10 % per two more).
// The 기준임대료 table is incomplete in the sources: where a cell is missing there is no amount and a
// reason. 자가 households get 수선유지급여 (repairs every 3–7 years), not a monthly amount.
// Parameters: libs/db/data/benefits/housing.json.

const GRADE_LABEL: Record<HousingGrade, string> = {
  1: '1급지 서울',
  2: '2급지 경기·인천',
  3: '3급지 광역시·세종',
  4: '4급지 그 외',
};
const LARGEST_LISTED_SIZE = 6;

export function housing(ctx: BasicLivelihoodContext): ProgrammeResult {
  const test = selectionTest(ctx, 'HOUSING');
  const reasons = [selectionReason(test, ctx.recognized.total)];
  if (!test.passes) return result('HOUSING', ctx, test, { eligible: false, monthlyAmount: null, reasons });
  const situation = ctx.household.housing;
  if (!situation) {
    reasons.push(
      '월 급여액은 임차료와 지역별 기준임대료로 정해집니다: 주거 형태와 임차료를 입력하면 계산합니다.',
    );
    return result('HOUSING', ctx, test, { eligible: true, monthlyAmount: null, reasons });
  }
  if (situation.tenure === 'OWN') {
    reasons.push('자가 가구는 월 임차급여가 아닌 수선유지급여(주택 노후도에 따른 보수)를 받습니다.');
    return result('HOUSING', ctx, test, { eligible: true, monthlyAmount: null, reasons });
  }
  const amount = rentBenefit(ctx);
  reasons.push(...amount.reasons);
  return result('HOUSING', ctx, test, {
    eligible: true,
    monthlyAmount: amount.value,
    reasons,
    trace: amount.trace,
  });
}

function rentBenefit(ctx: BasicLivelihoodContext): {
  value: number | null;
  reasons: string[];
  trace: TraceStep[];
} {
  const { household, reader } = ctx;
  const situation = household.housing!;
  const grade = household.regionClass.housing;
  const trace: TraceStep[] = [];
  if (grade === undefined) {
    return { value: null, reasons: ['지역의 급지를 알 수 없어 임차급여를 계산하지 않았습니다.'], trace };
  }
  const size = household.members.length;
  const listed = Math.min(size, LARGEST_LISTED_SIZE);
  const cell = reader.optionalNumber(`housing.base_rent.grade_${grade}.size_${listed}`);
  if (!cell) {
    trace.push(
      step(
        `기준임대료 (${GRADE_LABEL[grade]}, ${num(size)}인)`,
        `${reader.date}에 적용할 값이 자료에 없음`,
        null,
      ),
    );
    return {
      value: null,
      reasons: [
        `${GRADE_LABEL[grade]} ${num(listed)}인 기준임대료가 자료에 없어 임차급여를 계산하지 않았습니다.`,
      ],
      trace,
    };
  }
  let baseRent = cell.value;
  if (size > LARGEST_LISTED_SIZE) {
    const stepPct = reader.number('housing.large_household_step_pct');
    const extra = stepPct.value * Math.floor((size - LARGEST_LISTED_SIZE) / 2);
    baseRent = roundHalfUp((cell.value * (100 + extra)) / 100);
    trace.push(
      step(
        `기준임대료 (${GRADE_LABEL[grade]}, ${num(size)}인)`,
        `6인 ${won(cell.value)} × (100% + ${pct(extra)}) = ${won(baseRent)}`,
        baseRent,
        [cell.used, stepPct.used],
      ),
    );
  } else {
    trace.push(
      step(`기준임대료 (${GRADE_LABEL[grade]}, ${num(size)}인)`, won(baseRent), baseRent, [cell.used]),
    );
  }

  const depositRate = reader.number('housing.deposit_rate_annual_pct');
  const depositRent = roundHalfUp((situation.deposit * Math.round(depositRate.value * 100)) / 120000);
  const actual = situation.monthlyRent + depositRent;
  trace.push(
    step(
      '실제임차료',
      `월세 ${won(situation.monthlyRent)} + 보증금 ${won(situation.deposit)} × ${pct(depositRate.value)} ÷ 12 (${won(depositRent)}) = ${won(actual)}`,
      actual,
      [depositRate.used],
    ),
  );

  const minimum = reader.number('housing.minimum_payment');
  const multiple = reader.number('housing.excess_rent_multiple');
  if (actual > baseRent * multiple.value) {
    trace.push(
      step(
        '임차급여 (기준임대료의 배수 초과)',
        `실제임차료 ${won(actual)} > 기준임대료 × ${multiple.value} (${won(baseRent * multiple.value)}) → 최저지급액 ${won(minimum.value)}`,
        minimum.value,
        [multiple.used, minimum.used],
      ),
    );
    return {
      value: minimum.value,
      reasons: [`실제임차료가 기준임대료의 ${multiple.value}배를 넘어 최저지급액만 지급됩니다.`],
      trace,
    };
  }

  // The 자기부담분 keeps its fraction of a won until the payout is rounded (sources: 53,833.2원).
  const selfPayPct = reader.number('housing.self_pay_pct');
  const livelihoodLine = selectionAmount(reader, 'LIVELIHOOD', medianIncome(reader, size));
  const excess = Math.max(0, ctx.recognized.total - livelihoodLine.value);
  const hundredths = Math.round(selfPayPct.value * 100);
  const selfPay10000 = excess * hundredths; // 자기부담분 × 10,000
  trace.push(
    excess > 0
      ? step(
          '자기부담분',
          `(소득인정액 ${won(ctx.recognized.total)} − 생계급여 선정기준액 ${won(livelihoodLine.value)}) × ${pct(selfPayPct.value)} = ${wonExact(selfPay10000)}`,
          Math.floor(selfPay10000 / 10000),
          [...livelihoodLine.step.parameters, selfPayPct.used],
        )
      : step(
          '자기부담분',
          `소득인정액 ${won(ctx.recognized.total)} ≤ 생계급여 선정기준액 ${won(livelihoodLine.value)} → 0원`,
          0,
          livelihoodLine.step.parameters,
        ),
  );

  const rounding = reader.text('housing.payout_rounding');
  const capped = Math.min(actual, baseRent);
  const raw10000 = capped * 10000 - selfPay10000;
  const rounded = roundPayout(raw10000, rounding.value);
  const value = Math.max(minimum.value, rounded);
  trace.push(
    step(
      '임차급여',
      `min(실제임차료 ${won(actual)}, 기준임대료 ${won(baseRent)}) − 자기부담분 ${wonExact(selfPay10000)} = ${wonExact(raw10000)} → ${won(rounded)} (${ROUNDING_LABEL[rounding.value as Rounding]})${value > rounded ? ` → 최저지급액 ${won(value)}` : ''}`,
      value,
      [rounding.used, minimum.used],
    ),
  );
  return { value, reasons: [], trace };
}

type Rounding = 'CEIL_10' | 'FLOOR_1';
const ROUNDING_LABEL: Record<Rounding, string> = { CEIL_10: '10원 단위 올림', FLOOR_1: '원 미만 버림' };

function roundPayout(x10000: number, rounding: string): number {
  if (rounding === 'CEIL_10') return Math.ceil(x10000 / 100000) * 10;
  if (rounding === 'FLOOR_1') return Math.floor(x10000 / 10000);
  throw new Error(`housing.payout_rounding must be CEIL_10 or FLOOR_1: got ${rounding}`);
}

/** An amount kept in 1/10,000 won, printed with its fraction: 538332000 → "53,833.2원". */
function wonExact(x10000: number): string {
  const sign = x10000 < 0 ? '−' : '';
  const abs = Math.abs(x10000);
  const whole = Math.floor(abs / 10000);
  const frac = String(abs % 10000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${sign}${won(whole).replace('원', '')}${frac ? '.' + frac : ''}원`;
}

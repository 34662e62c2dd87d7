import { describe, expect, it } from 'vitest';
import { batchEvaluator, estimateBenefitsBatch, type BatchHousehold } from './batch';
import { household, member, PARAMETERS } from './benefit-fixtures.test-data';
import { estimateBenefits } from './estimate';
import type { BenefitParameter, ParameterTable } from './parameters';
import { packEstimate, unpackEstimate } from './packed-estimate';
import { TraceCodebook } from './trace-codec';

const ASOF = '2026-03-01';

// Varied synthetic households: sizes 1–9, ages 0–90, incomes, property, cars, housing, disability,
// crisis; deterministic so a failure can be replayed.
function households(n: number): BatchHousehold[] {
  const out: BatchHousehold[] = [];
  for (let k = 0; k < n; k++) {
    const size = 1 + (k % 9);
    const members = Array.from({ length: size }, (_, i) =>
      member({
        relationship: i === 0 ? 'HEAD' : i === 1 ? 'SPOUSE' : 'CHILD',
        birthDate: `${1936 + ((k * 7 + i * 13) % 90)}-0${1 + ((k + i) % 9)}-1${i % 10}`,
        disabled: (k + i) % 5 === 0,
        disabilitySevere: (k + i) % 10 === 0,
        student: i > 1 && (k + i) % 2 === 0,
        income: { earned: ((k * 131_071 + i * 977) % 30) * 100_000, publicTransfer: (k % 4) * 150_000 },
      }),
    );
    const { asOf: _asOf, ...rest } = household({
      members,
      regionClass: { livelihood: 'SEOUL', pension: 'BIG_CITY', housing: k % 3 === 0 ? 1 : 4 },
      property: {
        residential: (k % 7) * 40_000_000,
        general: (k % 3) * 20_000_000,
        financial: (k % 5) * 3_000_000,
        debt: (k % 4) * 5_000_000,
        cars: k % 6 === 0 ? [{ value: 8_000_000, engineCc: 1600, modelYear: 2018, use: 'PRIVATE' }] : [],
      },
      housing:
        k % 2 === 0 ? { tenure: 'RENT', monthlyRent: (k % 8) * 60_000, deposit: (k % 5) * 10_000_000 } : null,
      crisisSituation: k % 3 === 1,
    });
    out.push(rest);
  }
  return out;
}

// A table that counts its lookups, to see that the batch reads each parameter once per date.
function counting(table: ParameterTable): { table: ParameterTable; gets: () => number; names: Set<string> } {
  let gets = 0;
  const names = new Set<string>();
  const wrapped: ParameterTable = {
    get(name: string): BenefitParameter | undefined {
      gets++;
      names.add(name);
      return table.get(name);
    },
    has: (name: string) => table.has(name),
    get size() {
      return table.size;
    },
    forEach: (...a: Parameters<ParameterTable['forEach']>) => table.forEach(...a),
    entries: () => table.entries(),
    keys: () => table.keys(),
    values: () => table.values(),
    [Symbol.iterator]: () => table[Symbol.iterator](),
  };
  return { table: wrapped, gets: () => gets, names };
}

describe('estimateBenefitsBatch', () => {
  it('estimateBenefitsBatch gives the same estimates as estimateBenefits, in order', () => {
    const hs = households(60);
    const batch = estimateBenefitsBatch(PARAMETERS, ASOF, hs);
    expect(batch).toHaveLength(60);
    hs.forEach((h, i) => expect(batch[i]).toEqual(estimateBenefits(PARAMETERS, { ...h, asOf: ASOF })));
  });

  it('estimateBenefitsBatch looks each parameter up once per date, not once per household', () => {
    const many = counting(PARAMETERS);
    estimateBenefitsBatch(many.table, ASOF, households(900));
    expect(many.names.size).toBeGreaterThan(40);
    expect(many.gets()).toBe(many.names.size);
  });

  it('estimateBenefitsBatch answers PARAMETER_MISSING for each household before the first value', () => {
    const r = estimateBenefitsBatch(PARAMETERS, '2024-12-31', households(3));
    expect(r.map((x) => !x.ok && x.error.date)).toEqual(['2024-12-31', '2024-12-31', '2024-12-31']);
  });
});

describe('TraceCodebook', () => {
  it('TraceCodebook decodes every compact result back to the full readable result', () => {
    const evaluator = batchEvaluator(PARAMETERS, ASOF);
    for (const h of households(200)) {
      const full = evaluator.estimate(h);
      const compact = evaluator.estimateCompact(h);
      if (!full.ok || !compact.ok) throw new Error('missing parameter');
      const decoded = compact.value.results.map((c) => evaluator.codebook.decode(c));
      expect(decoded).toEqual(full.value.results);
    }
  });

  it('TraceCodebook shares one template between households that differ only in numbers', () => {
    const book = new TraceCodebook();
    const evaluator = batchEvaluator(PARAMETERS, ASOF, book);
    const a = evaluator.estimateCompact(household({ members: [member({ income: { earned: 1_000_000 } })] }));
    const b = evaluator.estimateCompact(household({ members: [member({ income: { earned: 900_000 } })] }));
    if (!a.ok || !b.ok) throw new Error('missing parameter');
    const livelihood = (x: typeof a) => x.ok && x.value.results.find((r) => r.programme === 'LIVELIHOOD')!;
    const [la, lb] = [livelihood(a), livelihood(b)];
    if (!la || !lb) throw new Error('no livelihood result');
    expect(la.template).toBe(lb.template);
    expect(la.template).toMatch(/^LIVELIHOOD\.[0-9a-f]{16}$/);
    expect(la.values).not.toEqual(lb.values);
    expect(la.values).toContain(700000); // 1,000,000 × 70 %
  });

  it('TraceCodebook gives a new template id when a parameter value changes (another version)', () => {
    const on = (asOf: string) => {
      const e = batchEvaluator(PARAMETERS, asOf).estimateCompact(household({ members: [member()] }));
      return e.ok && e.value.results[0]!.template;
    };
    expect(on('2025-12-31')).not.toBe(on('2026-01-01'));
    expect(on('2026-01-01')).toBe(on('2026-06-30'));
  });

  it('TraceCodebook loads stored templates in another codebook and refuses a tampered one', () => {
    const evaluator = batchEvaluator(PARAMETERS, ASOF);
    const hs = households(30);
    const compact = hs.map((h) => evaluator.estimateCompact(h));
    const other = new TraceCodebook();
    other.load(JSON.parse(JSON.stringify(evaluator.codebook.templates())));
    compact.forEach((c, i) => {
      if (!c.ok) throw new Error('missing parameter');
      const full = evaluator.estimate(hs[i]!);
      expect(full.ok && c.value.results.map((r) => other.decode(r))).toEqual(full.ok && full.value.results);
    });
    const [first] = evaluator.codebook.templates();
    expect(() => new TraceCodebook().load([{ ...first!, reasons: ['바뀐 사유'] }])).toThrow('does not match');
  });

  it('TraceCodebook keeps numbers it does not print itself as words (round trip stays exact)', () => {
    const book = new TraceCodebook();
    const result = {
      programme: 'LIVELIHOOD' as const,
      eligible: true,
      monthlyAmount: 1,
      threshold: null,
      incomeRecognized: null,
      reasons: ['2026-01-01부터 007번, 1,5 그리고 2000cc와 4.17%'],
      trace: [{ label: '가구원 12', formula: '−23,083.4원 ≤ 1,000원', value: -5, parameters: [] }],
    };
    expect(book.decode(book.encode(result))).toEqual(result);
  });
});

describe('packEstimate', () => {
  it('packs a compact estimate into bytes and back, so the decoded trace is the full readable one', () => {
    const evaluator = batchEvaluator(PARAMETERS, ASOF);
    const hs = households(90);
    for (const h of hs) {
      const compact = evaluator.estimateCompact(h);
      if (!compact.ok) throw new Error(compact.error.message);
      const programmes = compact.value.results.map((r) => r.programme);
      const packed = packEstimate(compact.value, programmes);
      const back = unpackEstimate(packed, programmes);
      expect(back).toEqual(compact.value);
      const full = estimateBenefits(PARAMETERS, { ...h, asOf: ASOF });
      if (!full.ok) throw new Error(full.error.message);
      expect(back.results.map((r) => evaluator.codebook.decode(r))).toEqual(full.value.results);
      expect(packed.eligibleMask).toBe(
        full.value.results.reduce((m, r, i) => (r.eligible ? m | (1 << i) : m), 0),
      );
    }
  });

  it('keeps nulls, negatives, tenths and other fractions exact', () => {
    const compact = {
      householdSize: 2,
      medianIncome: 3_932_658,
      incomeRecognized: -5,
      results: [
        {
          programme: 'LIVELIHOOD' as const,
          eligible: true,
          monthlyAmount: null,
          threshold: 2 ** 49,
          incomeRecognized: -1_200_000,
          template: 'LIVELIHOOD.0123456789abcdef',
          values: [0, 53_833.2, -0.25, 1 / 3, 127, 128, 16_384],
        },
      ],
    };
    const packed = packEstimate(compact, ['LIVELIHOOD']);
    expect(unpackEstimate(packed, ['LIVELIHOOD'])).toEqual(compact);
    expect(() => packEstimate(compact, ['MEDICAL'])).toThrow(/programmes/);
    expect(() =>
      unpackEstimate({ ...packed, numbers: packed.numbers.slice(0, -1) }, ['LIVELIHOOD']),
    ).toThrow();
  });
});

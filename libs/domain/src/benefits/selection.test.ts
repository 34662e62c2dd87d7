import { describe, expect, it } from 'vitest';
import { PARAMETERS } from './benefit-fixtures.test-data';
import { medianIncome, selectionAmount, type BasicLivelihoodProgramme } from './selection';
import { ParameterReader } from './trace';

// Published 선정기준액 (libs/db/data/benefits/SOURCE.md: selection amounts), round half up; the 17
// cells where floor would differ are included.
const PUBLISHED: [string, number, BasicLivelihoodProgramme, number][] = [
  ['2025', 1, 'EDUCATION', 1196007],
  ['2025', 2, 'LIVELIHOOD', 1258451],
  ['2025', 2, 'HOUSING', 1887676],
  ['2025', 3, 'LIVELIHOOD', 1608113],
  ['2025', 3, 'EDUCATION', 2512677],
  ['2025', 4, 'EDUCATION', 3048887],
  ['2025', 5, 'MEDICAL', 2843277],
  ['2025', 6, 'LIVELIHOOD', 2580738],
  ['2025', 6, 'EDUCATION', 4032403],
  ['2025', 7, 'LIVELIHOOD', 2876297],
  ['2026', 1, 'LIVELIHOOD', 820556],
  ['2026', 1, 'MEDICAL', 1025695],
  ['2026', 2, 'MEDICAL', 1679717],
  ['2026', 3, 'LIVELIHOOD', 1714892],
  ['2026', 4, 'LIVELIHOOD', 2078316],
  ['2026', 5, 'MEDICAL', 3022688],
  ['2026', 5, 'EDUCATION', 3778360],
  ['2026', 6, 'LIVELIHOOD', 2737905],
];

describe('selectionAmount', () => {
  it.each(PUBLISHED)('%s %i인 %s is %i (median × ratio, half up)', (year, size, programme, expected) => {
    const reader = new ParameterReader(PARAMETERS, `${year}-06-01`);
    expect(selectionAmount(reader, programme, medianIncome(reader, size)).value).toBe(expected);
  });

  it('selectionAmount changes between 31 December and 1 January', () => {
    const on = (d: string) => {
      const reader = new ParameterReader(PARAMETERS, d);
      return selectionAmount(reader, 'LIVELIHOOD', medianIncome(reader, 1)).value;
    };
    expect([on('2025-12-31'), on('2026-01-01')]).toEqual([765444, 820556]);
  });

  it('medianIncome of 8 and 9 adds (7인 − 6인) per extra person', () => {
    const reader = new ParameterReader(PARAMETERS, '2026-06-01');
    expect(medianIncome(reader, 8).value).toBe(9515150 + 959198);
    expect(medianIncome(reader, 9).value).toBe(9515150 + 2 * 959198);
  });
});

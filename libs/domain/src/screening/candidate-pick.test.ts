import { describe, expect, it } from 'vitest';
import { pickCandidates, type Scored } from './candidate-pick';

const GANGNAM = '1168000000';
const WANJU = '5271000000'; // 전북특별자치도 완주군 (45710 before 2024-01-18)
const s = (householdId: string, score: number, sigunguCode = GANGNAM): Scored => ({
  householdId,
  sigunguCode,
  score,
});
const NONE = new Map<string, number>();

describe('pickCandidates', () => {
  it.each<{
    name: string;
    eligible: Scored[];
    national: number;
    local: ReadonlyMap<string, number>;
    picks: [string, number, 'NATIONAL' | 'LOCAL'][];
  }>([
    { name: 'nobody eligible picks nobody', eligible: [], national: 2, local: NONE, picks: [] },
    {
      name: 'the highest scores within the national quota are national picks',
      eligible: [s('H1', 40), s('H2', 90), s('H3', 60)],
      national: 2,
      local: NONE,
      picks: [
        ['H2', 1, 'NATIONAL'],
        ['H3', 2, 'NATIONAL'],
      ],
    },
    {
      name: 'fewer households than the quota are all picked',
      eligible: [s('H1', 40)],
      national: 2,
      local: NONE,
      picks: [['H1', 1, 'NATIONAL']],
    },
    {
      name: 'the local quota picks the next ranks as local picks',
      eligible: [s('H1', 40), s('H2', 90), s('H3', 60), s('H4', 10)],
      national: 2,
      local: new Map([[GANGNAM, 1]]),
      picks: [
        ['H2', 1, 'NATIONAL'],
        ['H3', 2, 'NATIONAL'],
        ['H1', 3, 'LOCAL'],
      ],
    },
    {
      name: 'a national quota of 0 leaves only local picks',
      eligible: [s('H1', 40), s('H2', 90)],
      national: 0,
      local: new Map([[GANGNAM, 1]]),
      picks: [['H2', 1, 'LOCAL']],
    },
    {
      name: 'equal scores rank by householdId',
      eligible: [s('H9', 50), s('H10', 50), s('H2', 50)],
      national: 2,
      local: NONE,
      picks: [
        ['H10', 1, 'NATIONAL'],
        ['H2', 2, 'NATIONAL'],
      ],
    },
    {
      name: 'a household exactly at the last rank of the quota is picked, the next is not',
      eligible: [s('H1', 3), s('H2', 2), s('H3', 1)],
      national: 1,
      local: new Map([[GANGNAM, 1]]),
      picks: [
        ['H1', 1, 'NATIONAL'],
        ['H2', 2, 'LOCAL'],
      ],
    },
    {
      name: 'each 시군구 ranks on its own and uses only its own local quota',
      eligible: [
        s('A1', 90),
        s('A2', 80),
        s('A3', 70),
        s('B1', 10, WANJU),
        s('B2', 20, WANJU),
        s('B3', 30, WANJU),
      ],
      national: 1,
      local: new Map([[WANJU, 2]]),
      picks: [
        ['A1', 1, 'NATIONAL'],
        ['B3', 1, 'NATIONAL'],
        ['B2', 2, 'LOCAL'],
        ['B1', 3, 'LOCAL'],
      ],
    },
  ])('$name', ({ eligible, national, local, picks }) => {
    expect(pickCandidates(eligible, national, local).map((p) => [p.householdId, p.rank, p.pickedBy])).toEqual(
      picks,
    );
  });

  it('a pick carries the scored fields', () => {
    expect(pickCandidates([s('H1', 42.5)], 1, NONE)).toEqual([
      { householdId: 'H1', sigunguCode: GANGNAM, score: 42.5, rank: 1, pickedBy: 'NATIONAL' },
    ]);
  });

  it.each([
    { name: 'a negative national quota is a programmer error', national: -1, local: NONE },
    { name: 'a fractional national quota is a programmer error', national: 1.5, local: NONE },
    { name: 'a negative local quota is a programmer error', national: 1, local: new Map([[GANGNAM, -1]]) },
  ])('$name', ({ national, local }) => {
    expect(() => pickCandidates([s('H1', 1)], national, local)).toThrow(RangeError);
  });
});

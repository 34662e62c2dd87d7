import { describe, expect, it } from 'vitest';
import { checkHouseholdComposition, type MemberProblem, type Relationship } from './relationship';

type Member = { name: string; relationship: Relationship };
// Synthetic names.
const head: Member = { name: '김하나', relationship: 'HEAD' };
const spouse: Member = { name: '이두리', relationship: 'SPOUSE' };
const child: Member = { name: '김세찬', relationship: 'CHILD' };

describe('checkHouseholdComposition', () => {
  it.each<{ name: string; members: Member[]; problems: Pick<MemberProblem, 'index' | 'field'>[] }>([
    { name: 'a single head is a valid household', members: [head], problems: [] },
    { name: 'a head, spouse and child are valid', members: [head, spouse, child], problems: [] },
    {
      name: 'an empty household is refused on members',
      members: [],
      problems: [{ index: null, field: 'members' }],
    },
    {
      name: 'a household without a head is refused on members',
      members: [spouse, child],
      problems: [{ index: null, field: 'members' }],
    },
    {
      name: 'a second head is flagged at its own index',
      members: [head, spouse, { ...child, relationship: 'HEAD' }],
      problems: [{ index: 2, field: 'relationship' }],
    },
    {
      name: 'a third head is flagged too',
      members: [head, { ...head }, { ...head }],
      problems: [
        { index: 1, field: 'relationship' },
        { index: 2, field: 'relationship' },
      ],
    },
    {
      name: 'exactly 30 members are allowed',
      members: [head, ...Array.from({ length: 29 }, () => child)],
      problems: [],
    },
    {
      name: '31 members are refused on members',
      members: [head, ...Array.from({ length: 30 }, () => child)],
      problems: [{ index: null, field: 'members' }],
    },
    {
      name: 'a blank name is flagged at its index',
      members: [head, { ...child, name: '   ' }],
      problems: [{ index: 1, field: 'name' }],
    },
    { name: 'a 50-character name is allowed', members: [{ ...head, name: '가'.repeat(50) }], problems: [] },
    {
      name: 'a 51-character name is flagged',
      members: [{ ...head, name: '가'.repeat(51) }],
      problems: [{ index: 0, field: 'name' }],
    },
    {
      name: 'a 50-character name with surrounding spaces is allowed after trim',
      members: [{ ...head, name: ` ${'a'.repeat(50)} ` }],
      problems: [],
    },
    {
      name: 'an unknown relationship from the API is flagged',
      members: [head, { name: '박셋', relationship: 'COUSIN' as Relationship }],
      problems: [{ index: 1, field: 'relationship' }],
    },
  ])('$name', ({ members, problems }) => {
    const found = checkHouseholdComposition(members).map(({ index, field }) => ({ index, field }));
    expect(found).toEqual(problems);
  });

  it('every problem carries a message', () => {
    for (const p of checkHouseholdComposition([])) expect(p.message).not.toBe('');
  });
});

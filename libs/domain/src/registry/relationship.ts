import type { RuleBounds, ValidationRule } from '../validation/validation-rule';
// Household composition checks, reported per member so the form can show each next to its field.
export const RELATIONSHIPS = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'OTHER'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export interface MemberProblem extends RuleBounds {
  /** Member position, or null for a problem of the list as a whole. */
  index: number | null;
  field: 'relationship' | 'members' | 'name';
  rule: ValidationRule;
  message: string;
}

export const MAX_HOUSEHOLD_MEMBERS = 30;
export const MAX_NAME_LENGTH = 50;

/** At least one and at most 30 members, exactly one HEAD (가구주), names 1–50 characters after trim. */
export function checkHouseholdComposition(
  members: { name: string; relationship: Relationship }[],
): MemberProblem[] {
  if (members.length === 0) {
    return [
      {
        index: null,
        field: 'members',
        rule: 'TOO_FEW',
        min: 1,
        message: 'A household has at least one member.',
      },
    ];
  }
  const problems: MemberProblem[] = [];
  if (members.length > MAX_HOUSEHOLD_MEMBERS) {
    problems.push({
      index: null,
      field: 'members',
      rule: 'TOO_MANY',
      max: MAX_HOUSEHOLD_MEMBERS,
      message: `A household has at most ${MAX_HOUSEHOLD_MEMBERS} members.`,
    });
  }

  let heads = 0;
  members.forEach((member, index) => {
    // Input arrives from the API at run time, so an unknown value is possible despite the type.
    if (!(RELATIONSHIPS as readonly string[]).includes(member.relationship)) {
      problems.push({
        index,
        field: 'relationship',
        rule: 'NOT_ALLOWED_VALUE',
        message: 'Unknown relationship.',
      });
    } else if (member.relationship === 'HEAD' && ++heads > 1) {
      problems.push({
        index,
        field: 'relationship',
        rule: 'DUPLICATE_ITEM',
        message: 'A household has only one head.',
      });
    }
    // Code points, so each Hangul syllable counts as one character.
    const length = [...member.name.trim()].length;
    if (length < 1 || length > MAX_NAME_LENGTH) {
      problems.push({
        index,
        field: 'name',
        rule: length < 1 ? 'REQUIRED' : 'TOO_LONG',
        limit: MAX_NAME_LENGTH,
        message: `A name has 1 to ${MAX_NAME_LENGTH} characters.`,
      });
    }
  });
  if (heads === 0) {
    problems.push({
      index: null,
      field: 'members',
      rule: 'REQUIRED',
      message: 'A household needs exactly one head.',
    });
  }
  return problems;
}

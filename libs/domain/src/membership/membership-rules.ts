import { checkConsentInput, type ConsentScope } from '../consent/consent-policy';
import { fieldProblem, type FieldProblem } from '../validation/validation-rule';

// 복지멤버십 (맞춤형 급여 안내, 사회보장급여법 제9조의2): a household that joins has its income,
// property and circumstances analysed so it is told of benefits before it asks. The analysis reads
// 소득·재산 (FINANCES) and the members' registry facts (BASIC): a consent without both could not be
// honoured, so it is refused rather than recorded and then ignored.
export const MEMBERSHIP_REQUIRED_ITEMS: readonly ConsentScope[] = ['BASIC', 'FINANCES'];

export const MEMBERSHIP_STATUSES = ['ACTIVE', 'LEFT'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** How the household joined: online in the resident portal, or at a centre (any 읍면동). */
export const MEMBERSHIP_CHANNELS = ['PORTAL', 'CENTRE'] as const;
export type MembershipChannel = (typeof MEMBERSHIP_CHANNELS)[number];

export interface MembershipConsentInput {
  items: readonly ConsentScope[];
  purpose: string;
  validUntil: string;
  refusalNoticeGiven: boolean;
}

// The consent rules' field names, as the membership input spells them.
const FIELD: Record<string, string> = {
  scopes: 'items',
  purpose: 'purpose',
  validFrom: 'validFrom',
  validUntil: 'validUntil',
  refusalRightNotified: 'refusalNoticeGiven',
};

/** The problems of a membership consent, with fields under `consent.` as the input names them. */
export function checkMembershipConsent(consent: MembershipConsentInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = checkConsentInput(
    {
      scopes: [...consent.items],
      purpose: consent.purpose,
      validFrom: today,
      validUntil: consent.validUntil,
      refusalRightNotified: consent.refusalNoticeGiven,
    },
    today,
  ).map((p) => ({ ...p, field: `consent.${FIELD[p.field ?? ''] ?? p.field}` }));
  const missing = MEMBERSHIP_REQUIRED_ITEMS.filter((s) => !consent.items.includes(s));
  if (missing.length)
    problems.push(
      fieldProblem(
        'consent.items',
        'REQUIRED_ITEM',
        `the analysis needs consent to ${missing.join(' and ')}`,
      ),
    );
  return problems;
}
